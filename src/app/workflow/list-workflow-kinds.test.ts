/** The kinds as screens read them: names, states, and every step's field labels (the first wins). */
import { afterAll, describe, expect, it } from "vitest";
import { TEST_REQUEST_KIND } from "../../domain/workflow/testing.js";
import { WORKFLOW_KINDS } from "./kinds.js";
import { listWorkflowKinds } from "./list-workflow-kinds.js";

describe("listWorkflowKinds", () => {
  const had = Object.hasOwn(WORKFLOW_KINDS, TEST_REQUEST_KIND.id);
  WORKFLOW_KINDS[TEST_REQUEST_KIND.id] = TEST_REQUEST_KIND;
  afterAll(() => {
    if (!had) delete WORKFLOW_KINDS[TEST_REQUEST_KIND.id];
  });

  it("labels the fields of the opening step and of every transition", () => {
    const kind = listWorkflowKinds({ username: "clerk", role: "clerk" }).kinds.find(
      (k) => k.id === "test-request",
    );
    expect(kind).toEqual({
      id: "test-request",
      name: "请示",
      states: [
        { name: "asked", label: "待审批", terminal: false },
        { name: "returned", label: "已退回", terminal: false },
        { name: "approved", label: "已同意", terminal: true },
        { name: "withdrawn", label: "已撤回", terminal: true },
      ],
      // `note` is 请示事项 when opening and 退回理由 when returning: the opening step's label is kept.
      fieldLabels: { note: "请示事项", replyBy: "答复期限", measures: "已采取的措施" },
    });
  });
});
