/**
 * 案件评查 (/api/review): plans, the draw, my reviews, the score sheet, scoring, 复核, feedback,
 * objections, per-judge figures and the bulletin downloads. Every step refreshes the review
 * queries and the workflow ones (我的待办).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  answerBody,
  createPlanBody,
  decideBody,
  drawOutcome,
  figuresBody,
  myReviews,
  planDetail,
  planList,
  rectificationList,
  scoreBody,
  sheetBody,
  verifyBody,
} from "../../../../src/http/routes/review/schema.js";
import { download, request } from "../../shared/api/client";

export type PlanSummary = z.infer<typeof planList>[number];
export type PlanDetail = z.infer<typeof planDetail>;
export type PlanCase = PlanDetail["cases"][number];
export type MyReviews = z.infer<typeof myReviews>;
export type MyReviewRow = MyReviews["toReview"][number];
export type ScoreSheet = z.infer<typeof sheetBody>;
export type JudgeFigures = z.infer<typeof figuresBody>[number];
export type CreatePlanRequest = z.input<typeof createPlanBody>;
export type DrawOutcome = z.infer<typeof drawOutcome>;
export type RectificationList = z.infer<typeof rectificationList>;

const keys = { all: ["review"] as const };

export function usePlans() {
  return useQuery({
    queryKey: [...keys.all, "plans"],
    queryFn: ({ signal }) => request<PlanSummary[]>("GET", "/review/plans", { signal }),
  });
}
export function usePlan(id: number) {
  return useQuery({
    queryKey: [...keys.all, "plan", id],
    queryFn: ({ signal }) => request<PlanDetail>("GET", `/review/plans/${id}`, { signal }),
  });
}
export function useMyReviews() {
  return useQuery({
    queryKey: [...keys.all, "mine"],
    queryFn: ({ signal }) => request<MyReviews>("GET", "/review/mine", { signal }),
  });
}
export function useSheet(version?: number) {
  return useQuery({
    queryKey: [...keys.all, "sheet", version ?? 0],
    queryFn: ({ signal }) =>
      request<ScoreSheet>("GET", "/review/sheet", { query: version ? { version } : {}, signal }),
  });
}
export function useRectifications() {
  return useQuery({
    queryKey: [...keys.all, "rectifications"],
    queryFn: ({ signal }) => request<RectificationList>("GET", "/review/rectifications", { signal }),
  });
}
export function useFigures(from: string, to: string) {
  return useQuery({
    queryKey: [...keys.all, "figures", from, to],
    queryFn: ({ signal }) =>
      request<JudgeFigures[]>("GET", "/review/figures", { query: { from, to }, signal }),
  });
}

function useReviewMutation<B, R>(fn: (b: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.all });
      void queryClient.invalidateQueries({ queryKey: ["workflow"] });
    },
  });
}

export const useCreatePlan = () =>
  useReviewMutation((b: CreatePlanRequest) => request<{ id: number }>("POST", "/review/plans", { json: b }));
export const useDrawPlan = () =>
  useReviewMutation((id: number) => request<DrawOutcome>("POST", `/review/plans/${id}/draw`, { json: {} }));
export const useScore = () =>
  useReviewMutation(({ id, body }: { id: number; body: z.input<typeof scoreBody> }) =>
    request<{ score: number; className: string }>("POST", `/review/samples/${id}/score`, { json: body }),
  );
export const useVerify = () =>
  useReviewMutation(({ id, body }: { id: number; body: z.input<typeof verifyBody> }) =>
    request<{ ok: true }>("POST", `/review/samples/${id}/verify`, { json: body }),
  );
export const useAnswer = () =>
  useReviewMutation(({ id, body }: { id: number; body: z.input<typeof answerBody> }) =>
    request<{ rectificationId: number | null }>("POST", `/review/samples/${id}/answer`, { json: body }),
  );
export const useDecide = () =>
  useReviewMutation(({ id, body }: { id: number; body: z.input<typeof decideBody> }) =>
    request<unknown>("POST", `/review/samples/${id}/decide`, { json: body }),
  );

export function downloadBulletin(id: number, format: "docx" | "xlsx", title: string): Promise<string> {
  return download(`/review/plans/${id}/bulletin.${format}`, {}, `${title}-评查通报.${format}`);
}
