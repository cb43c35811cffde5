/**
 * 上会事项 (an item for a meeting) as a workflow kind: a case referred to the 专业法官会议 or the
 * 审判委员会 with its materials (案情摘要, 争议焦点, 合议庭意见, 类案检索报告) waits for a meeting
 * (待上会), is put on a meeting's agenda (已排期), is discussed, and ends:
 *
 * - 专业法官会议 (judges): the meeting's 多数意见/少数意见 are recorded (已讨论); the meeting is
 *   consultative, so the panel (the judge in charge, for the panel) then records whether it adopts
 *   the majority view (合议庭采纳 — ends) or not (合议庭不采纳); a non-adoption is sent on to the
 *   审委会 (移送审委会 — a new item for the committee is opened) or ended (结束), as the court's
 *   setting and the division's chief decide.
 *   Basis: 最高人民法院《关于完善人民法院专业法官会议工作机制的指导意见》（法发〔2021〕2号）—
 *   专业法官会议 gives advice to the panel (咨询); its views are 多数意见 and 少数意见; where the
 *   panel's decision departs from the majority view, the matter may be brought before the 审判委员会
 *   through the 院庭长's supervision. (The paragraph numbers of that document are not at hand here;
 *   user-visible texts cite it by its number only.)
 * - 审判委员会 (committee): the decision is recorded (已决定 — ends) only with a quorum and by a
 *   majority of all members (rules.ts); 《人民法院组织法》（2018）第三十九条: 审判委员会的决定，合议庭应当执行.
 *
 * Every step but the panel's and the chief's is taken by the meetings use cases (system steps), which
 * check the meeting's own rules (agenda, quorum, order) first; each step is in the case's trace.
 */
import type { FieldSpec, Who, WorkflowKind } from "../workflow/types.js";

export const MEETING_ITEM_KIND_ID = "meeting-item";

export const MEETING_KINDS = ["judges", "committee"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_NAMES: Record<MeetingKind, string> = {
  judges: "专业法官会议",
  committee: "审判委员会",
};

/** The meeting kind an item's data names (stored as its Chinese name). */
export function meetingKindOfValue(v: unknown): MeetingKind {
  return v === MEETING_KIND_NAMES.committee || v === "committee" ? "committee" : "judges";
}

/** Where a referral came from. */
export const REFERRAL_SOURCES = ["supervision", "sign-off", "panel", "meeting"] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export const REFERRAL_SOURCE_NAMES: Record<ReferralSource, string> = {
  supervision: "四类案件监管",
  "sign-off": "阅核",
  panel: "合议庭（承办法官）或庭长提请",
  meeting: "专业法官会议意见未被采纳后移送",
};

export const ARRANGE_TASK = "安排上会";
export const ADOPTION_TASK = "研究是否采纳专业法官会议意见";
export const REFERRAL_DECISION_TASK = "决定是否移送审委会";

const anyone: Who = { kind: "role", roles: ["admin", "office", "president", "chief", "judge", "clerk"] };
const CHIEF_OR_LEADER: Who = {
  kind: "any",
  of: [{ kind: "division-chief" }, { kind: "court-leader" }, { kind: "role", roles: ["president"] }],
};
const CHIEF_OR_LEADER_TEXT = "只有本庭庭长或院领导可以决定是否将未采纳专业法官会议意见的案件移送审委会";

const text = (name: string, label: string, required: boolean, max = 4000): FieldSpec => ({
  name,
  label,
  type: "text",
  required,
  ...(required ? { minLength: 2 } : {}),
  maxLength: max,
});

/**
 * The materials a referral carries. A referral from 四类 supervision or 阅核 opens the item before
 * the panel has written them: the judge supplies them (补充上会材料); a direct referral by the panel
 * gives them at once (the use case requires them).
 */
export const MATERIAL_FIELDS: readonly FieldSpec[] = [
  text("summary", "案情摘要", false),
  text("issues", "争议焦点", false, 2000),
  text("panelOpinion", "合议庭意见", false),
  text("similarCases", "类案检索报告", false, 8000),
];

const SYSTEM_TEXT = "由会议管理功能办理";

export const MEETING_ITEM_KIND: WorkflowKind = {
  id: MEETING_ITEM_KIND_ID,
  name: "上会事项",
  states: [
    { name: "waiting", label: "待上会" },
    { name: "scheduled", label: "已排期" },
    { name: "discussed", label: "已讨论（待合议庭研究）" },
    { name: "not-adopted", label: "合议庭不采纳多数意见" },
    { name: "adopted", label: "合议庭采纳多数意见", terminal: true },
    { name: "referred-committee", label: "已移送审委会", terminal: true },
    { name: "closed", label: "已结束", terminal: true },
    { name: "decided", label: "审委会已决定", terminal: true },
  ],
  initial: "waiting",
  open: {
    action: "refer",
    label: "提请上会",
    // The use case checks who may refer (the case's judge or chief, 四类 supervisors, 阅核人 …).
    who: anyone,
    whoText: "无权提请上会",
    fields: [
      // Stored in Chinese (the trace shows values as given): 专业法官会议 or 审判委员会.
      {
        name: "meetingKind",
        label: "会议类型",
        type: "choice",
        required: true,
        options: MEETING_KINDS.map((k) => MEETING_KIND_NAMES[k]),
      },
      ...MATERIAL_FIELDS,
      { name: "note", label: "提请理由", type: "text", maxLength: 2000 },
    ],
    opens: [{ assignee: { kind: "office" }, title: ARRANGE_TASK }],
  },
  transitions: [
    ...(["waiting", "scheduled"] as const).map((state) => ({
      from: state,
      action: "supply-materials",
      label: "补充上会材料",
      to: state,
      who: { kind: "case-judge" } as const,
      whoText: "只有本案承办法官可以补充上会材料",
      fields: MATERIAL_FIELDS,
      closes: "none" as const,
    })),
    {
      from: "waiting",
      action: "schedule",
      label: "列入会议议程",
      to: "scheduled",
      who: anyone,
      whoText: SYSTEM_TEXT,
      fields: [
        { name: "meetingId", label: "会议", type: "number", required: true },
        { name: "meetingTitle", label: "会议名称", type: "text" },
        { name: "meetingDate", label: "会议日期", type: "date" },
      ],
      system: true,
    },
    {
      from: "scheduled",
      action: "unschedule",
      label: "移出会议议程",
      to: "waiting",
      who: anyone,
      whoText: SYSTEM_TEXT,
      fields: [{ name: "note", label: "说明", type: "text" }],
      opens: [{ assignee: { kind: "office" }, title: ARRANGE_TASK }],
      system: true,
    },
    {
      from: "scheduled",
      action: "record-advice",
      label: "记录专业法官会议意见",
      to: "discussed",
      who: anyone,
      whoText: SYSTEM_TEXT,
      fields: [
        { name: "note", label: "讨论结果", type: "text" },
        { name: "majorityView", label: "多数意见", type: "text" },
        { name: "minorityViews", label: "少数意见", type: "text" },
      ],
      opens: [{ assignee: { kind: "case-judge" }, title: ADOPTION_TASK }],
      system: true,
    },
    {
      from: "discussed",
      action: "adopt",
      label: "合议庭采纳多数意见",
      to: "adopted",
      who: { kind: "case-judge" },
      whoText: "只有本案承办法官（代表合议庭）可以记录是否采纳专业法官会议意见",
      fields: [{ name: "note", label: "合议庭复议意见", type: "text", maxLength: 2000 }],
    },
    {
      from: "discussed",
      action: "not-adopt",
      label: "合议庭不采纳多数意见",
      to: "not-adopted",
      who: { kind: "case-judge" },
      whoText: "只有本案承办法官（代表合议庭）可以记录是否采纳专业法官会议意见",
      fields: [
        {
          name: "note",
          label: "不采纳的理由",
          type: "text",
          required: true,
          minLength: 10,
          maxLength: 2000,
        },
      ],
      opens: [{ assignee: { kind: "division-chief" }, title: REFERRAL_DECISION_TASK }],
    },
    {
      from: "not-adopted",
      action: "refer-committee",
      label: "移送审委会讨论",
      to: "referred-committee",
      who: CHIEF_OR_LEADER,
      whoText: CHIEF_OR_LEADER_TEXT,
      fields: [{ name: "note", label: "移送理由", type: "text", maxLength: 2000 }],
    },
    {
      from: "not-adopted",
      action: "end",
      label: "不移送，结束",
      to: "closed",
      who: CHIEF_OR_LEADER,
      whoText: CHIEF_OR_LEADER_TEXT,
      fields: [{ name: "note", label: "说明", type: "text", required: true, minLength: 2, maxLength: 2000 }],
    },
    {
      from: "scheduled",
      action: "record-decision",
      label: "记录审委会决定",
      to: "decided",
      who: anyone,
      whoText: SYSTEM_TEXT,
      fields: [
        { name: "note", label: "审委会决定", type: "text", required: true, minLength: 2, maxLength: 4000 },
        { name: "decisionStance", label: "决定立场", type: "text" },
        { name: "votes", label: "表决情况", type: "text" },
      ],
      system: true,
    },
  ],
};

/** States in which an item waits for its meeting; those in which it was discussed; final ones. */
export const WAITING_ITEM_STATES = ["waiting"] as const;
export const DISCUSSED_ITEM_STATES = [
  "discussed",
  "not-adopted",
  "adopted",
  "referred-committee",
  "closed",
  "decided",
] as const;
