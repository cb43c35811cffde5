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
import { can, type Permission } from "./permissions.js";
import type { Actor } from "./roles.js";
import { dataScope, withinScope } from "./scope.js";

/** A case as a policy sees it. */
export interface CaseRef {
  division: string;
  judge: string;
}

/** An alert as a policy sees it. */
export interface AlertRef {
  division: string;
  judge: string;
  /** new | acknowledged | resolved */
  state: string;
  /** The alert's latest 督办单, if any: its state and whether it is still open (not 销号). */
  order?: { state: string; open: boolean } | null;
}

/** A workflow matter (督办单, 四类案件监管, 阅核 …) as a policy sees it. */
export interface MatterRef {
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
}

/** A member of the staff register as a policy sees them. */
export interface StaffRef {
  division: string;
  active: boolean;
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
  /** 案件评查 and 庭审观摩: plans, results, rankings. */
  "view-review": undefined;
  /** 评查: plans, draws, 复核, objections' decisions, score sheets, observation plans, 示范庭 (审管办). */
  "manage-review": undefined;
  /** 评查: score a drawn case (the reviewer the draw named; never the case's judge). */
  "score-review": ReviewRef;
  /** 评查: accept or object to a result (the case's judge). */
  "answer-review": CaseRef;
  /** 庭审观摩: score a hearing (a member of the 考评小组). */
  "score-observation": ObservationRef;
}

/** A drawn case under review as a policy sees it. */
export interface ReviewRef {
  division: string;
  judge: string;
  reviewer: string | null;
}

/** An observation plan as a policy sees it: its 考评小组. */
export interface ObservationRef {
  members: readonly string[];
}
export type Action = keyof ActionRecords;

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
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
    if (a.judgeName && alert.judge === a.judgeName && (!a.division || alert.division === a.division))
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
  "view-review": (a) => reading(a, "view-cases", "查看案件评查"),
  "manage-review": (a) => (a.role === "office" ? ALLOW : deny("只有审管办可以管理案件评查和庭审观摩")),
  "score-review": (a, r) => {
    if (a.judgeName && r.judge === a.judgeName && (!a.division || r.division === a.division))
      return deny("不得评查本人承办的案件");
    return r.reviewer === a.username ? ALLOW : deny("只有指定的评查人可以评查该案件");
  },
  "answer-review": (a, c) =>
    a.judgeName && c.judge === a.judgeName && a.division === c.division
      ? ALLOW
      : deny("只有承办法官可以确认评查结果或提出异议"),
  "score-observation": (a, o) =>
    o.members.includes(a.username) ? ALLOW : deny("只有考评小组成员可以为观摩庭审评分"),
  "edit-account": (a) => granted(a, "manage-users", "管理账号"),
  "reset-password": (a, u) => {
    const g = granted(a, "manage-users", "重置密码");
    if (!g.allowed) return g;
    return u.username === a.username ? deny("请在“修改密码”中修改自己的密码") : ALLOW;
  },
  "disable-account": (a, u) => {
    const g = granted(a, "manage-users", "停用账号");
    if (!g.allowed) return g;
    if (u.disabled) return deny("该账号已停用");
    if (u.username === a.username) return deny("不能停用自己的账号");
    if (u.lastActiveAdmin) return deny("不能停用唯一在用的系统管理员账号");
    return ALLOW;
  },
  "enable-account": (a, u) => {
    const g = granted(a, "manage-users", "启用账号");
    if (!g.allowed) return g;
    return u.disabled ? ALLOW : deny("该账号未停用");
  },
  // 人员名册: whoever sees the court or a division sees who works there (a chief, their division's
  // staff); the office and the administrator keep it.
  "view-staff": (a) => {
    const scope = dataScope(a);
    return scope.kind === "court" || scope.kind === "division" ? ALLOW : deny("无权查看人员名册");
  },
  "manage-staff": (a) => granted(a, "manage-staff", "维护人员名册"),
  "edit-staff": (a) => granted(a, "manage-staff", "维护人员名册"),
  "deactivate-staff": (a, s) => {
    const g = granted(a, "manage-staff", "维护人员名册");
    if (!g.allowed) return g;
    return s.active ? ALLOW : deny("该人员已不在岗");
  },
  "activate-staff": (a, s) => {
    const g = granted(a, "manage-staff", "维护人员名册");
    if (!g.allowed) return g;
    return s.active ? deny("该人员在岗") : ALLOW;
  },
};

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
