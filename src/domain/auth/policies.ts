/**
 * Policies: may this actor take this action — on this record, in its current state? Pure
 * functions of the actor, the action and the record; every use case asks one first
 * (`authorize(actor, "acknowledge", alert)`), and every row the API returns that can be acted on
 * carries the actions its reader may take now (`actionsOn`), so that screens show buttons from
 * the answer, never from the role.
 *
 * A policy starts from the role's grants (permissions.ts) and the data scope (scope.ts) and adds
 * what only the record can tell: whose case it is, what state it is in.
 */
import { courtNodeOf } from "../court/hierarchy.js";
import { can, type Permission } from "./permissions.js";
import type { Actor } from "./roles.js";
import { dataScope, inScope, withinScope } from "./scope.js";

/**
 * Where a record lies: its court (法院代字). Division names repeat from court to court (every court
 * has a 民一庭), so an account limited to courts (Actor.courts) reaches a record only when the
 * record says which court it belongs to and that court is among the account's; a record without
 * its court is refused to such an account. A one-court installation's accounts (no court) are not
 * limited.
 */
export interface CourtRef {
  courtCode?: string | null;
}

/** A case as a policy sees it. */
export interface CaseRef extends CourtRef {
  division: string;
  judge: string;
}

/** An alert as a policy sees it. */
export interface AlertRef extends CourtRef {
  division: string;
  judge: string;
  /** new | acknowledged | resolved */
  state: string;
  /** The alert's latest 督办单, if any: its state and whether it is still open (not 销号). */
  order?: { state: string; open: boolean } | null;
}

/** A workflow matter (督办单, 四类案件监管, 阅核 …) as a policy sees it. */
export interface MatterRef extends CourtRef {
  division: string;
  judge: string;
  initiator: string;
  /** An open task of the matter is for the reader. */
  taskForReader: boolean;
}

/** An account as a policy sees it. */
export interface AccountRef {
  username: string;
  role: string;
  disabled: boolean;
  /** The only administrator account that is not disabled. */
  lastActiveAdmin: boolean;
  /** The account's court (法院代字); null: the whole database. */
  court?: string | null;
}

/**
 * An administrator limited to courts manages only the accounts of the courts they see (never an
 * account of the whole database, nor one of another court); one of the whole database manages all.
 */
export function managesAccount(a: Actor, u: { court?: string | null }): boolean {
  if (!a.court) return true;
  return !!u.court && (a.courts ?? [a.court]).includes(u.court);
}

/** A member of the staff register as a policy sees them. */
export interface StaffRef extends CourtRef {
  division: string;
  active: boolean;
}

/** A case waiting for 分案 as a policy sees it: its division, whether it is pending and already decided. */
export interface AssignmentRef extends CourtRef {
  division: string;
  judge: string;
  /** The case is not closed. */
  pending: boolean;
  /** A decision (按建议分案 or 改派) has been recorded on it. */
  decided: boolean;
}

/** A 发改案件 entry as a policy sees it: whose case, and where its classification stands. */
export interface ReversalRef extends CourtRef {
  division: string;
  judge: string;
  /** unclassified | classified | objected | decided */
  state: string;
  responsibility: string | null;
}

/** A 评析会 as a policy sees it: the cases it reviews, each with its court (it lies in theirs). */
export interface ReviewMeetingRef {
  entries: readonly CaseRef[];
}

/** One part (自评 / 讲评 / 点评) of one entry of a 评析会. */
export interface ReviewPartRef extends CaseRef {
  part: "self" | "chief" | "leader";
}

/**
 * A 类案裁判规则 as a policy sees it: its status and the court that wrote it (courtCode; null or
 * absent: a one-court installation's rule, kept by every office as before), with that court's name
 * for the reasons (the courts table's, else the code's shape).
 */
export interface CaseRuleRef extends CourtRef {
  /** draft | adopted | retired */
  status: string;
  courtName?: string;
}

/** A report as a policy sees it: the division it covers (null: the whole court). */
export interface ReportRef {
  division: string | null;
}

/**
 * A meeting (专业法官会议, 审委会) as a policy sees it: its secretary's account and the court it
 * belongs to (courtCode; null or absent: a one-court installation's meeting, seen by every reader).
 */
export interface MeetingRef extends CourtRef {
  secretary: string;
}

/** An entry of the 执行不能案件库 as a policy sees it: whose case, and where its schedule stands. */
export interface TerminationRef extends CourtRef {
  division: string;
  judge: string;
  /** due | overdue | watch-ended | resumed */
  state: string;
  /** The latest search found property and no 执恢 has followed. */
  propertyFound: boolean;
}

/** Every action, with the record it is taken on (undefined: the action concerns the court). */
export interface ActionRecords {
  "view-indicators": undefined;
  "view-cases": undefined;
  "view-alerts": undefined;
  "view-bulletins": undefined;
  import: undefined;
  "view-imports": undefined;
  refresh: undefined;
  /** 我的待办: one's own tasks, matters opened and acted on. */
  "view-inbox": undefined;
  "manage-users": undefined;
  "view-rule-catalogue": undefined;
  "view-meta": undefined;
  "view-case": CaseRef;
  "view-matter": MatterRef;
  acknowledge: AlertRef;
  "edit-account": AccountRef;
  "reset-password": AccountRef;
  "disable-account": AccountRef;
  "enable-account": AccountRef;
  "view-staff": undefined;
  "manage-staff": undefined;
  "edit-staff": StaffRef;
  "deactivate-staff": StaffRef;
  "activate-staff": StaffRef;
  /** 阅核: the drafts and their statistics within the reader's scope. */
  "view-sign-off": undefined;
  /** 阅核: upload a draft (a judge, for a case of their own). */
  "upload-sign-off-file": undefined;
  /** 加权工作量 and 本庭与全院对比: the figures of a division or of the court. */
  "view-workload": undefined;
  /** 案件权重: change the weights. */
  "edit-workload-weights": undefined;
  /** 业绩档案 of a judge (their name in their division). */
  "view-judge-record": CaseRef;
  /** 分案建议 for a case: read it (every candidate's load). */
  "view-assignment": CaseRef;
  /** 分案建议: record 按建议分案 or 改派. */
  "decide-assignment": AssignmentRef;
  /** 考核: the scores of the units within the reader's scope, and the schemes. */
  "view-assessment": undefined;
  /** 考核办法: write and change the schemes (the office). */
  "manage-assessment-schemes": undefined;
  // 发改案件, 评析会, 类案裁判规则 (docs/reversals.md)
  /** The 发改案件 register and its figures, within the reader's scope. */
  "view-reversals": undefined;
  "classify-reversal": ReversalRef;
  "object-reversal": ReversalRef;
  "decide-reversal-objection": ReversalRef;
  /** 评析会: create one, change its problems and follow-ups, add or remove entries. */
  "manage-review-meetings": undefined;
  /** 评析会: change one (its fields, its cases) — its cases' own court's office. */
  "edit-review-meeting": ReviewMeetingRef;
  "view-review-meeting": ReviewMeetingRef;
  "record-review": ReviewPartRef;
  "view-case-rules": undefined;
  /** Draft a 类案裁判规则, change a draft, record its adoption or its retirement. */
  "edit-case-rule": CaseRuleRef;
  "adopt-case-rule": CaseRuleRef;
  "retire-case-rule": CaseRuleRef;
  /** 报表归档: the archived scheduled reports the reader may download. */
  "view-report-archive": undefined;
  /** One archived report: its recipient scope ("court" or a division's name). */
  "download-report": ArchivedReportRef;
  /** 定时任务: the jobs, their runs and settings; running one now; changing the settings. */
  "view-jobs": undefined;
  "run-job": undefined;
  "edit-job-settings": undefined;
  /** 态势分析报告 and 质效通报: the whole court's (division null) or one division's version. */
  "view-reports": ReportRef;
  /** 会议: the meetings, the items waiting and decided, the statistics. */
  "view-meetings": undefined;
  /** 会议: one meeting — its schedule, attendees, agenda and minutes. */
  "view-meeting": MeetingRef;
  /** 会议: plan a meeting (审管办, 院领导). */
  "create-meeting": undefined;
  /** 会议: the agenda, attendees, opinions, results and minutes of one meeting. */
  "run-meeting": MeetingRef;
  /** 会议: refer a case to the 专业法官会议 or the 审委会 directly (its judge, its chief, 审管办, 院领导). */
  "refer-to-meeting": CaseRef;
  /** 案件评查 and 庭审观摩: plans, results, rankings. */
  "view-review": undefined;
  /** 评查: plans, draws, 复核, objections' decisions, score sheets, observation plans, 示范庭 (审管办). */
  "manage-review": undefined;
  /** 评查 or 庭审观摩: one plan (round) — its cases, results, rectifications, bulletin, hearings. */
  "view-review-plan": ReviewPlanRef;
  /** 评查: draw, 复核, objections' decisions; 庭审观摩: 座谈会, 示范庭 (审管办 of the plan's court). */
  "run-review-plan": ReviewPlanRef;
  /** 评查: score a drawn case (the reviewer the draw named; never the case's judge). */
  "score-review": ReviewRef;
  /** 评查: accept or object to a result (the case's judge). */
  "answer-review": CaseRef;
  /** 庭审观摩: score a hearing (a member of the 考评小组). */
  "score-observation": ObservationRef;
  /** 并案审理: the groups with a case within the reader's scope. */
  "view-batches": undefined;
  /** 并案审理: propose a group to the chief of its main division (审管办, or a judge of one of its cases). */
  "propose-batch": BatchRef;
  /** 并案审理: change the window and the least number of cases (审管办). */
  "edit-batch-settings": undefined;
  /** 繁简分流: the suggested tracks, the mismatches and the settings, within the reader's scope. */
  "view-triage": undefined;
  /** 繁简分流规则设置: change the settings (审管办). */
  "edit-triage-settings": undefined;
  /** 民间借贷要素表 of a case: read it and 试算 (whoever may read the case). */
  "view-loan-form": CaseRef;
  /** 民间借贷要素表: enter and change it (the case's judge). */
  "edit-loan-form": CaseRef;
  /** 判后释明与督促履行: the tasks and figures, within the reader's scope (docs/aftercare.md). */
  "view-aftercare": undefined;
  /** 判后: record a 释明, a 督促 contact or outcome (the case's judge, its division's chief, 审管办). */
  "record-aftercare": AftercareRef;
  // 执行不能案件库 (docs/termination-library.md)
  /** The library, its figures, within the reader's scope. */
  "view-termination-library": undefined;
  /** Record a property search of an entry (its judge, its division's chief, 审管办). */
  "record-termination-search": TerminationRef;
  /** Propose 恢复执行 after property was found (the same people). */
  "propose-resumption": TerminationRef;
  // 涉企与营商环境 (docs/business-environment.md)
  /** The enterprise panel and the 营商环境 pack (figures, case lists, downloads). */
  "view-business-environment": undefined;
  /** Change the pack's indicator definitions (审管办). */
  "edit-business-environment-definitions": undefined;
  // 诉前鉴定 register and 颗粒归仓 (docs/appraisals.md, docs/archiving.md)
  /** The 鉴定 register, its flags and the 诉前/诉中 comparison, within the reader's scope. */
  "view-appraisals": undefined;
  /** Enter or correct an appraisal (those who import the court's data). */
  "edit-appraisals": undefined;
  /** 归档: archive lag, monthly rate and the unarchived list (and its export), within the reader's scope. */
  "view-archiving": undefined;
}

/** A 并案审理 group as a policy sees it: its cases, and whether a proposal on it is open or agreed. */
export interface BatchRef {
  cases: readonly CaseRef[];
  /** A proposal on the group waits for the chief, or was agreed. */
  proposed: boolean;
}

/** A 判后 task as a policy sees it: whose case, and whether a 执 case has already closed it. */
export interface AftercareRef extends CaseRef {
  /** A first-enforcement case names the case as origin: the 督促 task is closed (未履行). */
  closedByEnforcement: boolean;
}

/** An archived scheduled report as a policy sees it. */
export interface ArchivedReportRef extends CourtRef {
  /** "court" (the whole-court version) or the division whose version it is. */
  scope: string;
}

/** A drawn case under review as a policy sees it. */
export interface ReviewRef extends CourtRef {
  division: string;
  judge: string;
  reviewer: string | null;
}

/**
 * An observation plan (庭审观摩) as a policy sees it: its 考评小组 and the court it belongs to
 * (courtCode; null or absent: a one-court installation's round, seen by every reader).
 */
export interface ObservationRef extends CourtRef {
  members: readonly string[];
}

/**
 * A 案件评查 plan or a 庭审观摩 round as a policy sees it: the court it belongs to (its creator's;
 * null or absent: a one-court installation's, seen by every reader), that court's name as the
 * register of courts gives it (for the refusal; else the code's), and a round's 考评小组.
 */
export interface ReviewPlanRef extends CourtRef {
  kind: "review" | "observation";
  courtName?: string;
  /** 庭审观摩: the 考评小组's accounts (a member reads the round without reading the cases). */
  members?: readonly string[];
}
export type Action = keyof ActionRecords;

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };

/** The record lies in a court the actor sees (always, for an account not limited to courts). */
export function seesCourt(a: Actor, r: CourtRef): boolean {
  if (!a.court) return true;
  return !!r.courtCode && (a.courts ?? [a.court]).includes(r.courtCode);
}

/**
 * The record lies in the actor's own court: a judge's own case, a chief's division are matched by
 * name within their court only (another court's 民一庭 is not theirs).
 */
export function ownCourt(a: Actor, r: CourtRef): boolean {
  return !a.court || r.courtCode === a.court;
}

const OTHER_COURT = "该记录不属于您所在法院（或其下级法院）";

/**
 * The courts whose meetings (专业法官会议, 审委会) an account reads: those of its data scope (a 中院's
 * office and 院领导 its own and its basic courts', a chief or a judge their own court's), or its own
 * court for an account without a data scope (a 书记员 named a meeting's secretary); null: every
 * court (a one-court installation's account).
 */
export function meetingCourts(a: Actor): readonly string[] | null {
  if (!a.court) return null;
  return dataScope(a).courts ?? [a.court];
}

/** The meeting lies in a court whose meetings the actor reads; a meeting without its court, always. */
export function seesMeeting(a: Actor, m: CourtRef): boolean {
  const courts = meetingCourts(a);
  return !courts || !m.courtCode || courts.includes(m.courtCode);
}

const OTHER_COURT_MEETING = "该会议不属于您所在法院（或其下级法院）";

/**
 * The courts whose own records — those that belong to a court, not to a case: 类案裁判规则, 导入记录 —
 * an account reads: the same as its meetings' (meetingCourts); null: every court. A record without
 * its court (a one-court installation's) is read by everyone.
 */
export const recordCourts = meetingCourts;

/**
 * A 类案裁判规则 is kept by the court that wrote it: refused to a court that does not see it, and to a
 * 中院, which reads its basic courts' rules but does not keep them; a rule without its court is kept
 * by every office, as before courts.
 */
function ruleOfCourt(a: Actor, r: CaseRuleRef, verb: string): Decision {
  if (!r.courtCode || ownCourt(a, r)) return ALLOW;
  const name = r.courtName ?? courtNodeOf(r.courtCode).name;
  return seesMeeting(a, r)
    ? deny(
        `该规则属于${name}，只能由该院审管办${verb}：上级法院可以查看下级法院的类案裁判规则，但不能代为${verb}`,
      )
    : deny(`无权${verb}该规则：该规则属于${name}，不属于您所在法院（或其下级法院）`);
}

/**
 * The courts whose 案件评查 plans and 庭审观摩 rounds an account reads: the same as its meetings'
 * (meetingCourts: a 中院 its own and its basic courts', a basic court's accounts their own court's);
 * null: every court.
 */
export function reviewCourts(a: Actor): readonly string[] | null {
  return meetingCourts(a);
}

/** The plan lies in a court whose plans the actor reads; a plan without its court, always. */
export function seesReviewPlan(a: Actor, p: CourtRef): boolean {
  const courts = reviewCourts(a);
  return !courts || !p.courtCode || courts.includes(p.courtCode);
}

const PLAN_NOUN = { review: "评查计划", observation: "观摩计划" } as const;
const deny = (reason: string): Decision => ({ allowed: false, reason });

function granted(actor: Actor, permission: Permission, what: string): Decision {
  return can(actor, permission) ? ALLOW : deny(`无权${what}`);
}

/** The permission and, for reading data, a scope that is not empty. */
function reading(actor: Actor, permission: Permission, what: string): Decision {
  const g = granted(actor, permission, what);
  if (!g.allowed) return g;
  const scope = dataScope(actor);
  return scope.kind === "none" ? deny(scope.reason) : ALLOW;
}

const POLICIES: { [A in Action]: (actor: Actor, record: ActionRecords[A]) => Decision } = {
  "view-indicators": (a) => reading(a, "view-indicators", "查看质效指标"),
  "view-cases": (a) => reading(a, "view-cases", "查看案件"),
  "view-alerts": (a) => reading(a, "view-alerts", "查看预警"),
  "view-bulletins": (a) => granted(a, "bulletins", "查看或下载通报"),
  import: (a) => granted(a, "import", "导入案件数据"),
  "view-imports": (a) => granted(a, "import", "查看导入记录"),
  refresh: (a) => granted(a, "refresh", "重新计算审限与统计数据"),
  // Everyone signed in has an inbox: it lists only what is addressed to them or done by them.
  "view-inbox": () => ALLOW,
  "manage-users": (a) => granted(a, "manage-users", "管理账号"),
  // The rules the alerts follow (名称, 依据, 阈值) are no secret: every signed-in role may read them.
  "view-rule-catalogue": () => ALLOW,
  // The court's name, the data's dates and the indicator catalogue; the divisions and judges listed
  // are those within the reader's scope (none for a role without one).
  "view-meta": () => ALLOW,
  "view-case": (a, c) => {
    const r = reading(a, "view-cases", "查看案件");
    if (!r.allowed) return r;
    return withinScope(dataScope(a), c) ? ALLOW : deny("无权查看该案件：不在您的数据范围内");
  },
  // A matter is read by whoever may read its case, whoever opened it, and whoever a task of it is
  // for (a 院领导 asked to act on a division's matter, a reviewer); what they may do on it is the
  // workflow's own rule (src/domain/workflow).
  "view-matter": (a, m) => {
    if (m.initiator === a.username || m.taskForReader) return ALLOW;
    const r = reading(a, "view-cases", "查看案件");
    if (!r.allowed) return r;
    return withinScope(dataScope(a), m) ? ALLOW : deny("无权查看该事项：不在您的数据范围内");
  },
  acknowledge: (a, alert) => {
    // Whoever handles a case does not clear the warnings on it: the judge answers them to the
    // office or the division chief (督办), who acknowledges them.
    if (
      a.judgeName &&
      alert.judge === a.judgeName &&
      (!a.division || alert.division === a.division) &&
      ownCourt(a, alert)
    )
      return deny("不能确认本人承办案件的预警：请向审管办或庭长说明情况，由其确认");
    const g = granted(a, "acknowledge-alerts", "处理预警");
    if (!g.allowed) return g;
    if (!withinScope(dataScope(a), alert)) return deny("无权处理该预警：不在您的数据范围内");
    if (alert.state === "resolved") return deny("该预警已消除，无需确认");
    // An alert under an open 督办单 is answered and closed through the order, not clicked away.
    if (alert.order?.open) return deny("该预警已督办，请通过督办单销号");
    if (alert.state !== "new") return deny("该预警已确认");
    return ALLOW;
  },
  "view-sign-off": (a) => reading(a, "view-cases", "查看阅核"),
  "upload-sign-off-file": (a) =>
    a.judgeName && a.division
      ? ALLOW
      : deny("只有承办法官可以上传阅核文书（账号须设置承办人姓名和所在部门）"),
  // 加权工作量 compares judges with one another: read by whoever sees a division or the court (a
  // chief, their division; the office and 院领导, every division), not by a judge.
  "view-workload": (a) => {
    const r = reading(a, "view-indicators", "查看工作量");
    if (!r.allowed) return r;
    return dataScope(a).kind === "judge" ? deny("无权查看各法官的工作量：法官可在本人业绩档案中查看") : ALLOW;
  },
  // The weights are the court's rule for counting work: the office keeps them (and the administrator).
  "edit-workload-weights": (a) =>
    a.role === "office" || a.role === "admin" ? ALLOW : deny("无权修改案件权重（由审管办设置）"),
  // 业绩档案: the judge themselves, their division's chief, and those who see the whole court.
  "view-judge-record": (a, j) => {
    const r = reading(a, "view-indicators", "查看业绩档案");
    if (!r.allowed) return r;
    return withinScope(dataScope(a), j) ? ALLOW : deny("无权查看该法官的业绩档案：不在您的数据范围内");
  },
  "view-assignment": (a, c) => {
    const r = reading(a, "view-cases", "查看分案建议");
    if (!r.allowed) return r;
    const scope = dataScope(a);
    if (scope.kind === "judge") return deny("无权查看分案建议：由庭长或审管办分案");
    return withinScope(scope, c) ? ALLOW : deny("无权查看该案的分案建议：不在您的数据范围内");
  },
  // 分案 is decided by the division's chief or by the office (and the administrator); 院领导 read it.
  "decide-assignment": (a, c) => {
    const byRole = a.role === "office" || a.role === "admin" || (a.role === "chief" && inScope(a, c));
    if (!byRole) return deny("无权分案：由本庭庭长或审管办分案");
    if (!seesCourt(a, c)) return deny(`无权分案：${OTHER_COURT}`);
    if (!c.pending) return deny("该案已结案，无需分案");
    if (c.decided) return deny("该案已记录分案决定");
    return ALLOW;
  },
  // 考核: whoever reads the indicators reads the scores of the units in their scope (a chief their
  // division's, a judge their own); the office (and the administrator) writes the schemes.
  "view-assessment": (a) => reading(a, "view-indicators", "查看考核结果"),
  "manage-assessment-schemes": (a) =>
    a.role === "office" || a.role === "admin" ? ALLOW : deny("只有审判管理办公室可以制定或修改考核办法"),
  // 报表归档: the whole court's readers see every version; a 庭长 the versions made for their division.
  "view-report-archive": (a) => {
    const g = granted(a, "report-archive", "查看报表归档");
    if (!g.allowed) return g;
    const scope = dataScope(a);
    if (scope.kind === "court" || scope.kind === "division") return ALLOW;
    return deny(scope.kind === "none" ? scope.reason : "无权查看报表归档");
  },
  "download-report": (a, r) => {
    const g = granted(a, "report-archive", "下载归档报表");
    if (!g.allowed) return g;
    const scope = dataScope(a);
    // An archived report covers the database it was made in, or one division of it; an account
    // limited to courts reads only those made for its court (courtCode of the report).
    if (!seesCourt(a, r)) return deny(`无权下载该报表：${OTHER_COURT}`);
    if (scope.kind === "court") return ALLOW;
    if (scope.kind === "division" && r.scope === scope.division && ownCourt(a, r)) return ALLOW;
    return deny("无权下载该报表：只能下载本部门的报表");
  },
  "view-jobs": (a) => granted(a, "manage-jobs", "查看定时任务"),
  "run-job": (a) => granted(a, "manage-jobs", "运行定时任务"),
  "edit-job-settings": (a) => granted(a, "manage-jobs", "修改定时任务设置"),
  // The office, the president and the administrator read every version; a 庭长 reads their own
  // division's version (the chief's report), never the whole court's or another division's.
  "view-reports": (a, r) => {
    if (can(a, "bulletins")) return ALLOW;
    const scope = dataScope(a);
    if (a.role === "chief" && scope.kind === "division") {
      return r.division === scope.division ? ALLOW : deny("庭长只能查看本部门的分析报告");
    }
    return deny("无权查看或下载分析报告");
  },
  "view-meetings": (a) => reading(a, "view-cases", "查看会议"),
  // A meeting is read within the courts whose meetings the reader sees (a 中院 its basic courts'
  // too) by those who read the meetings, and by its secretary even without access to the cases.
  "view-meeting": (a, m) => {
    if (!seesMeeting(a, m)) return deny(`无权查看该会议：${OTHER_COURT_MEETING}`);
    if (m.secretary !== "" && m.secretary === a.username) return ALLOW;
    return reading(a, "view-cases", "查看会议");
  },
  "create-meeting": (a) =>
    a.role === "office" || a.role === "president" ? ALLOW : deny("只有审判管理办公室或院领导可以安排会议"),
  // The office and 院领导 run every meeting of their own court; the secretary named for it runs that
  // one. A 中院 reads its basic courts' meetings but does not run them.
  "run-meeting": (a, m) => {
    if (!seesMeeting(a, m)) return deny(`无权办理该会议：${OTHER_COURT_MEETING}`);
    if (m.secretary !== "" && m.secretary === a.username) return ALLOW;
    if (a.role !== "office" && a.role !== "president")
      return deny("只有审判管理办公室、院领导或本次会议的记录人可以办理会议事务");
    return !m.courtCode || ownCourt(a, m)
      ? ALLOW
      : deny("只能办理本院的会议：上级法院可以查看下级法院的会议，但不能代为办理");
  },
  // A case goes to the meetings of its own court: a 中院 that sees its basic courts' cases does not
  // refer them (their own court's judges, chiefs, office and 院领导 do).
  "refer-to-meeting": (a, c) => {
    if (a.role !== "judge" && a.role !== "chief" && a.role !== "office" && a.role !== "president")
      return deny("只有承办法官、庭长、审判管理办公室或院领导可以提请上会");
    if (!withinScope(dataScope(a), c)) return deny("无权提请上会：该案件不在您的数据范围内");
    return ownCourt(a, c)
      ? ALLOW
      : deny(`该案件属于${c.courtCode ? courtNodeOf(c.courtCode).name : "其他法院"}，不能提交本院的会议讨论`);
  },
  "view-review": (a) => reading(a, "view-cases", "查看案件评查"),
  "manage-review": (a) => (a.role === "office" ? ALLOW : deny("只有审管办可以管理案件评查和庭审观摩")),
  // A plan (round) is read within the courts whose plans the reader sees (a 中院 its basic courts'
  // too) by those who read the review, and a round also by its 考评小组's members.
  "view-review-plan": (a, p) => {
    const noun = PLAN_NOUN[p.kind];
    if (!seesReviewPlan(a, p)) return deny(`无权查看该${noun}：该${noun}不属于您所在法院（或其下级法院）`);
    if (p.members?.includes(a.username)) return ALLOW;
    return reading(a, "view-cases", "查看案件评查");
  },
  // The office runs its own court's plans; a 中院 reads its basic courts' plans but does not run them.
  "run-review-plan": (a, p) => {
    const noun = PLAN_NOUN[p.kind];
    if (!seesReviewPlan(a, p)) return deny(`无权办理该${noun}：该${noun}不属于您所在法院（或其下级法院）`);
    if (a.role !== "office") return deny("只有审管办可以管理案件评查和庭审观摩");
    if (!p.courtCode || ownCourt(a, p)) return ALLOW;
    const name = p.courtName ?? courtNodeOf(p.courtCode).name;
    return deny(
      `该${noun}属于${name}，只能由该院审管办办理：上级法院可以查看下级法院的${noun}，但不能代为办理`,
    );
  },
  // The reviewer named scores a case of their own court (never their own case).
  "score-review": (a, r) => {
    if (
      a.judgeName &&
      r.judge === a.judgeName &&
      (!a.division || r.division === a.division) &&
      ownCourt(a, r)
    )
      return deny("不得评查本人承办的案件");
    if (r.reviewer !== a.username) return deny("只有指定的评查人可以评查该案件");
    return ownCourt(a, r)
      ? ALLOW
      : deny("只能评查本院的案件：上级法院可以查看下级法院的评查，但不能代为评查");
  },
  "answer-review": (a, c) =>
    a.judgeName && c.judge === a.judgeName && a.division === c.division && ownCourt(a, c)
      ? ALLOW
      : deny("只有承办法官可以确认评查结果或提出异议"),
  "score-observation": (a, o) => {
    if (!seesReviewPlan(a, o)) return deny("无权为该庭审评分：该观摩计划不属于您所在法院（或其下级法院）");
    if (!o.members.includes(a.username)) return deny("只有考评小组成员可以为观摩庭审评分");
    return !o.courtCode || ownCourt(a, o) ? ALLOW : deny("只能为本院观摩计划的庭审评分");
  },
  "edit-account": (a, u) => {
    const g = granted(a, "manage-users", "管理账号");
    if (!g.allowed) return g;
    return managesAccount(a, u) ? ALLOW : deny(`无权管理该账号：${OTHER_COURT}`);
  },
  "reset-password": (a, u) => {
    const g = granted(a, "manage-users", "重置密码");
    if (!g.allowed) return g;
    if (!managesAccount(a, u)) return deny(`无权重置该账号的密码：${OTHER_COURT}`);
    return u.username === a.username ? deny("请在“修改密码”中修改自己的密码") : ALLOW;
  },
  "disable-account": (a, u) => {
    const g = granted(a, "manage-users", "停用账号");
    if (!g.allowed) return g;
    if (!managesAccount(a, u)) return deny(`无权停用该账号：${OTHER_COURT}`);
    if (u.disabled) return deny("该账号已停用");
    if (u.username === a.username) return deny("不能停用自己的账号");
    if (u.lastActiveAdmin) return deny("不能停用唯一在用的系统管理员账号");
    return ALLOW;
  },
  "enable-account": (a, u) => {
    const g = granted(a, "manage-users", "启用账号");
    if (!g.allowed) return g;
    if (!managesAccount(a, u)) return deny(`无权启用该账号：${OTHER_COURT}`);
    return u.disabled ? ALLOW : deny("该账号未停用");
  },
  // 人员名册: whoever sees the court or a division sees who works there (a chief, their division's
  // staff); the office and the administrator keep it.
  "view-staff": (a) => {
    const scope = dataScope(a);
    return scope.kind === "court" || scope.kind === "division" ? ALLOW : deny("无权查看人员名册");
  },
  "manage-staff": (a) => granted(a, "manage-staff", "维护人员名册"),
  "edit-staff": (a, s) => {
    const g = granted(a, "manage-staff", "维护人员名册");
    if (!g.allowed) return g;
    return ownCourt(a, s) ? ALLOW : deny("只能维护本院的人员名册");
  },
  "deactivate-staff": (a, s) => {
    const g = granted(a, "manage-staff", "维护人员名册");
    if (!g.allowed) return g;
    if (!ownCourt(a, s)) return deny("只能维护本院的人员名册");
    return s.active ? ALLOW : deny("该人员已不在岗");
  },
  "activate-staff": (a, s) => {
    const g = granted(a, "manage-staff", "维护人员名册");
    if (!g.allowed) return g;
    if (!ownCourt(a, s)) return deny("只能维护本院的人员名册");
    return s.active ? deny("该人员在岗") : ALLOW;
  },
  // 发改案件: the register is read within one's scope (a judge sees their own entries). The office
  // classifies and decides objections; the judge whose case it is objects to a 差错 or 瑕疵 finding.
  "view-reversals": (a) => reading(a, "view-cases", "查看发改案件"),
  "classify-reversal": (a, r) => {
    if (!officeRole(a)) return deny("只有审管办可以对发改案件分类");
    if (!ownCourt(a, r)) return deny("只能对本院的发改案件分类");
    if (r.state === "objected") return deny("承办法官已提出异议，请先处理异议");
    if (r.state === "decided") return deny("异议已处理，分类以处理结果为准，不再修改");
    return ALLOW;
  },
  "object-reversal": (a, r) => {
    if (
      !(a.judgeName && a.division && a.judgeName === r.judge && a.division === r.division && ownCourt(a, r))
    )
      return deny("只有该案原承办法官可以提出异议");
    if (r.state === "unclassified") return deny("该案尚未分类，无需异议");
    if (r.state !== "classified") return deny("已提出过异议");
    if (r.responsibility !== "差错" && r.responsibility !== "瑕疵") return deny("该案认定为非差错，无需异议");
    return ALLOW;
  },
  "decide-reversal-objection": (a, r) => {
    if (!officeRole(a)) return deny("只有审管办可以处理异议（审委会决定的，由审管办登记）");
    if (!ownCourt(a, r)) return deny("只能处理本院发改案件的异议");
    return r.state === "objected" ? ALLOW : deny("没有待处理的异议");
  },
  "manage-review-meetings": (a) => (officeRole(a) ? ALLOW : deny("只有审管办可以组织评析会")),
  // A 评析会 lies in its cases' court: changed by that court's office only (a 中院 reads its basic
  // courts' 评析会 but does not change them).
  "edit-review-meeting": (a, m) => {
    if (!officeRole(a)) return deny("只有审管办可以组织评析会");
    const other = m.entries.find((e) => !ownCourt(a, e));
    if (!other) return ALLOW;
    const name = other.courtCode ? courtNodeOf(other.courtCode).name : "其他法院";
    return deny(`只能修改本院的评析会：该评析会评析的是${name}的案件`);
  },
  // A 评析会 is read by whoever may read one of its cases (the judge whose case it reviews, that
  // division's chief, the whole court's readers).
  "view-review-meeting": (a, m) => {
    const r = reading(a, "view-cases", "查看评析会");
    if (!r.allowed) return r;
    const scope = dataScope(a);
    // The whole database's readers (no court) see every meeting, even one without entries yet.
    return (scope.kind === "court" && !scope.courts) || m.entries.some((e) => withinScope(scope, e))
      ? ALLOW
      : deny("无权查看该评析会：其中没有您数据范围内的案件");
  },
  // 原承办人自评: the judge who tried it; 庭长讲评: the chief (or deputy) of its division; 分管领导点评:
  // a 院领导, or the office recording the leader's remarks as the meeting's secretary.
  "record-review": (a, p) => {
    if (!ownCourt(a, p)) return deny("只能为本院的案件填写评析意见");
    if (p.part === "self")
      return a.judgeName && a.division && a.judgeName === p.judge && a.division === p.division
        ? ALLOW
        : deny("原承办人自评只能由该案承办法官本人填写");
    if (p.part === "chief") {
      const chief = a.role === "chief" || a.positions?.some((x) => x === "chief" || x === "deputy-chief");
      return chief && a.division === p.division ? ALLOW : deny("庭长讲评只能由该案所在部门的庭长填写");
    }
    const leader =
      a.role === "president" ||
      officeRole(a) ||
      a.positions?.some((x) => x === "president" || x === "vice-president" || x === "committee-full-time");
    return leader ? ALLOW : deny("分管领导点评只能由院领导填写（或由审管办记录）");
  },
  "view-case-rules": (a) => reading(a, "view-cases", "查看类案裁判规则"),
  "edit-case-rule": (a, r) => {
    if (!officeRole(a)) return deny("只有审管办可以起草或修改类案裁判规则");
    const court = ruleOfCourt(a, r, "修改");
    if (!court.allowed) return court;
    return r.status === "draft" ? ALLOW : deny("只有草稿可以修改");
  },
  "adopt-case-rule": (a, r) => {
    if (!officeRole(a)) return deny("只有审管办可以登记审委会通过");
    const court = ruleOfCourt(a, r, "办理");
    if (!court.allowed) return court;
    return r.status === "draft" ? ALLOW : deny("只有草稿可以登记审委会通过");
  },
  "view-appraisals": (a) => reading(a, "view-cases", "查看鉴定登记"),
  "edit-appraisals": (a) => granted(a, "import", "登记或修改鉴定"),
  "view-archiving": (a) => reading(a, "view-cases", "查看归档情况"),
  "retire-case-rule": (a, r) => {
    if (!officeRole(a)) return deny("只有审管办可以废止类案裁判规则");
    const court = ruleOfCourt(a, r, "废止");
    if (!court.allowed) return court;
    return r.status === "adopted" ? ALLOW : deny("只有审委会已通过的规则可以废止");
  },
  "view-batches": (a) => reading(a, "view-cases", "查看并案审理"),
  "propose-batch": (a, b) => {
    const r = reading(a, "view-cases", "提议并案审理");
    if (!r.allowed) return r;
    const office = officeRole(a);
    const ownCase = a.role === "judge" && b.cases.some((c) => withinScope(dataScope(a), c));
    if (!office && !ownCase) return deny("只有审管办或该组案件的承办法官可以提议并案审理");
    return b.proposed ? deny("该组案件已有待审批或已同意的并案审理建议") : ALLOW;
  },
  "edit-batch-settings": (a) => (officeRole(a) ? ALLOW : deny("无权修改并案审理设置（由审管办设置）")),
  // 繁简分流: whoever reads cases reads the suggestions on the cases in their scope; the rules'
  // settings are the court's levers, kept by the office (and the administrator).
  "view-triage": (a) => reading(a, "view-cases", "查看繁简分流"),
  "edit-triage-settings": (a) => (officeRole(a) ? ALLOW : deny("无权修改繁简分流规则设置（由审管办设置）")),
  // 要素式审判 (民间借贷): the form is read by whoever reads the case (its judge, their chief, the
  // office, 院领导); only the case's judge enters it.
  "view-loan-form": (a, c) => {
    const r = reading(a, "view-cases", "查看民间借贷要素表");
    if (!r.allowed) return r;
    return withinScope(dataScope(a), c) ? ALLOW : deny("无权查看该案的要素表：不在您的数据范围内");
  },
  "edit-loan-form": (a, c) =>
    a.judgeName && a.division && c.judge === a.judgeName && c.division === a.division && ownCourt(a, c)
      ? ALLOW
      : deny("只有该案承办法官可以填写或修改民间借贷要素表"),
  "view-aftercare": (a) => reading(a, "view-cases", "查看判后释明与督促履行"),
  "record-aftercare": (a, r) => {
    const own = a.judgeName && a.division && a.judgeName === r.judge && a.division === r.division;
    const chief = a.role === "chief" && a.division === r.division;
    if (!ownCourt(a, r)) return deny(`无权登记：${OTHER_COURT}`);
    if (!(own || chief || officeRole(a)))
      return deny("只有承办法官、本庭庭长或审管办可以登记判后释明和督促履行");
    return r.closedByEnforcement
      ? deny("已有执行案件以该案为原审案号，督促履行已自动结束（未履行），不再登记")
      : ALLOW;
  },
  "view-termination-library": (a) => reading(a, "view-cases", "查看执行不能案件库"),
  // The search is the enforcement judge's duty; their chief and the office may record it too. 院领导
  // read the library.
  "record-termination-search": (a, e) => {
    const r = terminationWriter(a, e, "登记财产查询");
    if (!r.allowed) return r;
    return e.state === "resumed" ? deny("该案已恢复执行，无需再登记财产查询") : ALLOW;
  },
  "propose-resumption": (a, e) => {
    const r = terminationWriter(a, e, "提出恢复执行建议");
    if (!r.allowed) return r;
    if (e.state === "resumed") return deny("该案已恢复执行");
    return e.propertyFound ? ALLOW : deny("最近一次财产查询未发现财产，不能提出恢复执行建议");
  },
  "view-business-environment": (a) => reading(a, "view-indicators", "查看涉企与营商环境"),
  "edit-business-environment-definitions": (a) =>
    officeRole(a) ? ALLOW : deny("只有审管办可以修改营商环境指标口径"),
};

function terminationWriter(a: Actor, e: TerminationRef, what: string): Decision {
  const r = reading(a, "view-cases", what);
  if (!r.allowed) return r;
  if (a.role === "president") return deny(`院领导不${what}：由承办法官、庭长或审管办登记`);
  return withinScope(dataScope(a), e) ? ALLOW : deny(`无权${what}：不在您的数据范围内`);
}

/** 审管办 (and the administrator, who may do what the office does). */
function officeRole(a: Actor): boolean {
  return a.role === "office" || a.role === "admin";
}

type RecordArg<A extends Action> = ActionRecords[A] extends undefined ? [] : [record: ActionRecords[A]];

/** May `actor` take `action` (on `record`, in its current state)? */
export function authorize<A extends Action>(actor: Actor, action: A, ...record: RecordArg<A>): Decision {
  const policy = POLICIES[action] as (actor: Actor, record: unknown) => Decision;
  return policy(actor, record[0]);
}

/** The actions that can be taken on each kind of record the API returns. */
export const RECORD_ACTIONS = {
  alert: ["acknowledge"],
  account: ["edit-account", "reset-password", "disable-account", "enable-account"],
  staff: ["edit-staff", "deactivate-staff", "activate-staff"],
  reversal: ["classify-reversal", "object-reversal", "decide-reversal-objection"],
  caseRule: ["edit-case-rule", "adopt-case-rule", "retire-case-rule"],
  batch: ["propose-batch"],
  termination: ["record-termination-search", "propose-resumption"],
} as const satisfies Record<string, readonly Action[]>;

export type RecordKind = keyof typeof RECORD_ACTIONS;
export type AlertAction = (typeof RECORD_ACTIONS.alert)[number];

/** The actions `actor` may take on an alert now (what the screen offers as buttons). */
export function alertActions(actor: Actor, alert: AlertRef): AlertAction[] {
  return RECORD_ACTIONS.alert.filter((action) => authorize(actor, action, alert).allowed);
}

export type AccountAction = (typeof RECORD_ACTIONS.account)[number];

/** The actions `actor` may take on an account now. */
export function accountActions(actor: Actor, account: AccountRef): AccountAction[] {
  return RECORD_ACTIONS.account.filter((action) => authorize(actor, action, account).allowed);
}

/** Every action, for the permission matrix and the docs. */
export const ACTIONS = Object.keys(POLICIES) as Action[];

export type StaffAction = (typeof RECORD_ACTIONS.staff)[number];

/** The actions `actor` may take on a staff member now. */
export function staffActions(actor: Actor, staff: StaffRef): StaffAction[] {
  return RECORD_ACTIONS.staff.filter((action) => authorize(actor, action, staff).allowed);
}

export type ReversalAction = (typeof RECORD_ACTIONS.reversal)[number];

/** The actions `actor` may take on a 发改案件 entry now. */
export function reversalActions(actor: Actor, entry: ReversalRef): ReversalAction[] {
  return RECORD_ACTIONS.reversal.filter((action) => authorize(actor, action, entry).allowed);
}

export type CaseRuleAction = (typeof RECORD_ACTIONS.caseRule)[number];

/** The actions `actor` may take on a 类案裁判规则 now. */
export function caseRuleActions(actor: Actor, rule: CaseRuleRef): CaseRuleAction[] {
  return RECORD_ACTIONS.caseRule.filter((action) => authorize(actor, action, rule).allowed);
}

export type TerminationAction = (typeof RECORD_ACTIONS.termination)[number];

/** The actions `actor` may take on an entry of the 执行不能案件库 now. */
export function terminationActions(actor: Actor, entry: TerminationRef): TerminationAction[] {
  return RECORD_ACTIONS.termination.filter((action) => authorize(actor, action, entry).allowed);
}
