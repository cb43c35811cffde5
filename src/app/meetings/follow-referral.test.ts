import { describe, expect, it } from "vitest";
import { SIGN_OFF_KIND } from "../../domain/sign-off/kind.js";
import { SUPERVISION_MEASURES } from "../../domain/supervision/supervised-case-kind.js";
import { referralOf } from "./follow-referral.js";

describe("which steps refer a case to a meeting", () => {
  it("四类 supervision: the two measures, no other", () => {
    expect(referralOf("supervised-case", "judges-meeting", "supervised")).toEqual({
      meetingKind: "judges",
      source: "supervision",
    });
    expect(referralOf("supervised-case", "committee", "supervised")).toEqual({
      meetingKind: "committee",
      source: "supervision",
    });
    const others = SUPERVISION_MEASURES.filter(
      (m) => m.action !== "judges-meeting" && m.action !== "committee",
    );
    for (const m of others) expect(referralOf("supervised-case", m.action, "supervised")).toBeNull();
  });
  it("阅核: every step that ends in 已提交专业法官会议 or 已提请审委会 (the reviewer's and the escalations)", () => {
    const toMeeting = SIGN_OFF_KIND.transitions
      .filter((t) => t.to === "referred-meeting")
      .map((t) => t.action);
    const toCommittee = SIGN_OFF_KIND.transitions
      .filter((t) => t.to === "referred-committee")
      .map((t) => t.action);
    expect(new Set(toMeeting)).toEqual(new Set(["refer-meeting", "escalate-meeting"]));
    expect(new Set(toCommittee)).toEqual(new Set(["refer-committee", "escalate-committee"]));
    for (const a of toMeeting)
      expect(referralOf("sign-off", a, "referred-meeting")?.meetingKind).toBe("judges");
    for (const a of toCommittee)
      expect(referralOf("sign-off", a, "referred-committee")?.meetingKind).toBe("committee");
    expect(referralOf("sign-off", "sign-off", "signed-off")).toBeNull();
    expect(referralOf("sign-off", "escalate-leader", "leader-review")).toBeNull();
  });
  it("a 上会事项 sent on to the 审委会 after non-adoption; nothing else of it", () => {
    expect(referralOf("meeting-item", "refer-committee", "referred-committee")).toEqual({
      meetingKind: "committee",
      source: "meeting",
    });
    expect(referralOf("meeting-item", "not-adopt", "not-adopted")).toBeNull();
    expect(referralOf("supervision-order", "issue", "issued")).toBeNull();
  });
});
