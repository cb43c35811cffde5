/**
 * /api/review-meetings: 评析会 — the list, one meeting, convening one and changing it (the office),
 * recording 自评 / 讲评 / 点评 (the judge, the chief, a 院领导 or the office), and the minutes (.docx).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createReviewMeeting } from "../../../app/review-meetings/create-review-meeting.js";
import { getReviewMeeting } from "../../../app/review-meetings/get-review-meeting.js";
import { listReviewMeetings } from "../../../app/review-meetings/list-review-meetings.js";
import { recordReview } from "../../../app/review-meetings/record-review.js";
import { reviewMeetingMinutes } from "../../../app/review-meetings/review-meeting-minutes.js";
import { updateReviewMeeting } from "../../../app/review-meetings/update-review-meeting.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import {
  meetingChangeBody,
  meetingEntryParams,
  meetingIdParams,
  newMeetingBody,
  reviewBody,
  reviewMeetingListBody,
  reviewMeetingRow,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const conflict = { ...errorResponses, 409: errorResponses[400] };

  r.get(
    "/review-meetings",
    { schema: { response: { 200: reviewMeetingListBody, ...errorResponses } } },
    async (req) => listReviewMeetings(requireActor(req), ctx.handle),
  );

  r.post(
    "/review-meetings",
    { schema: { body: newMeetingBody, response: { 200: reviewMeetingRow, ...errorResponses } } },
    async (req) => createReviewMeeting(requireActor(req), ctx.handle, req.body),
  );

  r.get(
    "/review-meetings/:id",
    { schema: { params: meetingIdParams, response: { 200: reviewMeetingRow, ...errorResponses } } },
    async (req) => getReviewMeeting(requireActor(req), ctx.handle, req.params.id),
  );

  r.patch(
    "/review-meetings/:id",
    {
      schema: {
        params: meetingIdParams,
        body: meetingChangeBody,
        response: { 200: reviewMeetingRow, ...conflict },
      },
    },
    async (req) => updateReviewMeeting(requireActor(req), ctx.handle, req.params.id, req.body),
  );

  r.post(
    "/review-meetings/:id/entries/:caseId",
    {
      schema: {
        params: meetingEntryParams,
        body: reviewBody,
        response: { 200: reviewMeetingRow, ...errorResponses },
      },
    },
    async (req) => recordReview(requireActor(req), ctx.handle, req.params.id, req.params.caseId, req.body),
  );

  r.get(
    "/review-meetings/:id/minutes.docx",
    { schema: { params: meetingIdParams, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await reviewMeetingMinutes(requireActor(req), ctx.handle, req.params.id)),
  );
}
