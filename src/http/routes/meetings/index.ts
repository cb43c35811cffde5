/**
 * /api/meetings: 专业法官会议 and 审判委员会 — plan a meeting, name its attendees, make its agenda,
 * record the opinions in speaking order and the result, download the minutes; the items waiting
 * and decided; the statistics. /api/cases/:id/meetings: a case's meeting history and the direct
 * referral (提交专业法官会议 / 提请审委会). The panel's adoption and the chief's referral on to the
 * 审委会 are steps on the item (POST /api/matters/:id/act).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { addItemToAgenda, removeItemFromAgenda } from "../../../app/meetings/agenda.js";
import { getCaseMeetings } from "../../../app/meetings/case-meetings.js";
import { createMeeting } from "../../../app/meetings/create-meeting.js";
import { getMeeting } from "../../../app/meetings/get-meeting.js";
import { listMeetingItems } from "../../../app/meetings/list-items.js";
import { listMeetingViews } from "../../../app/meetings/list-meetings.js";
import { getMeetingStatistics } from "../../../app/meetings/meeting-statistics.js";
import { meetingMinutes } from "../../../app/meetings/minutes.js";
import { nameAttendees } from "../../../app/meetings/name-attendees.js";
import { recordOpinions } from "../../../app/meetings/record-opinions.js";
import { recordResult } from "../../../app/meetings/record-result.js";
import { referCase } from "../../../app/meetings/refer-case.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { matterBody } from "../workflow/schema.js";
import {
  addItemBody,
  attendeesBody,
  caseMeetings,
  createMeetingBody,
  idParams,
  itemList,
  itemListQuery,
  itemParams,
  meetingBody,
  meetingList,
  meetingListQuery,
  meetingStatistics,
  opinionsBody,
  referBody,
  resultBody,
  statisticsQuery,
} from "./schema.js";

const writeErrors = { ...errorResponses, 409: errorResponses[400] };

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/meetings",
    { schema: { querystring: meetingListQuery, response: { 200: meetingList, ...errorResponses } } },
    async (req) => listMeetingViews(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.post(
    "/meetings",
    { schema: { body: createMeetingBody, response: { 200: meetingBody, ...errorResponses } } },
    async (req) => createMeeting(requireActor(req), ctx.handle, req.body, ctx.today()),
  );

  r.get(
    "/meetings/statistics",
    { schema: { querystring: statisticsQuery, response: { 200: meetingStatistics, ...errorResponses } } },
    async (req) => getMeetingStatistics(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/meeting-items",
    { schema: { querystring: itemListQuery, response: { 200: itemList, ...errorResponses } } },
    async (req) => listMeetingItems(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/meetings/:id",
    { schema: { params: idParams, response: { 200: meetingBody, ...errorResponses } } },
    async (req) => getMeeting(requireActor(req), ctx.handle, req.params.id, ctx.today()),
  );

  r.get(
    "/meetings/:id/minutes",
    { schema: { params: idParams, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await meetingMinutes(requireActor(req), ctx.handle, req.params.id, ctx.today())),
  );

  r.post(
    "/meetings/:id/attendees",
    { schema: { params: idParams, body: attendeesBody, response: { 200: meetingBody, ...writeErrors } } },
    async (req) =>
      nameAttendees(requireActor(req), ctx.handle, req.params.id, req.body.attendees, ctx.today()),
  );

  r.post(
    "/meetings/:id/items",
    { schema: { params: idParams, body: addItemBody, response: { 200: meetingBody, ...writeErrors } } },
    async (req) =>
      addItemToAgenda(requireActor(req), ctx.handle, req.params.id, req.body.matterId, ctx.today()),
  );

  r.post(
    "/meetings/:id/items/:matterId/remove",
    { schema: { params: itemParams, response: { 200: meetingBody, ...writeErrors } } },
    async (req) =>
      removeItemFromAgenda(requireActor(req), ctx.handle, req.params.id, req.params.matterId, ctx.today()),
  );

  r.post(
    "/meetings/:id/items/:matterId/opinions",
    { schema: { params: itemParams, body: opinionsBody, response: { 200: meetingBody, ...writeErrors } } },
    async (req) =>
      recordOpinions(
        requireActor(req),
        ctx.handle,
        req.params.id,
        req.params.matterId,
        req.body.opinions,
        ctx.today(),
      ),
  );

  r.post(
    "/meetings/:id/items/:matterId/result",
    { schema: { params: itemParams, body: resultBody, response: { 200: meetingBody, ...writeErrors } } },
    async (req) =>
      recordResult(requireActor(req), ctx.handle, req.params.id, req.params.matterId, req.body, ctx.today()),
  );

  r.get(
    "/cases/:id/meetings",
    { schema: { params: idParams, response: { 200: caseMeetings, ...errorResponses } } },
    async (req) => getCaseMeetings(requireActor(req), ctx.handle, req.params.id, ctx.today()),
  );

  r.post(
    "/cases/:id/meetings",
    { schema: { params: idParams, body: referBody, response: { 200: matterBody, ...writeErrors } } },
    async (req) => referCase(requireActor(req), ctx.handle, req.params.id, req.body, ctx.today()),
  );
}
