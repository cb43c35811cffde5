/**
 * The database schema as Kysely types. Dates are civil dates stored as `YYYY-MM-DD` text (the
 * same on SQLite and PostgreSQL); day numbers (days since 1970-01-01) are stored beside them in
 * case_facts for arithmetic. Booleans are integers 0/1 and money is integer fen (分), so both
 * databases return identical values.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

export interface CasesTable {
  id: Generated<number>;
  case_number: string;
  court_code: string;
  year: number;
  type_code: string;
  category: string;
  instance: string;
  cause: string | null;
  /** 审理程序 as recorded (null when the export left it empty). */
  procedure: string | null;
  division: string;
  judge: string;
  filed_on: string;
  closed_on: string | null;
  closure_mode: string | null;
  amount_fen: number | null;
  plaintiffs: string | null;
  defendants: string | null;
  enterprise: number | null;
  appealed: number | null;
  appeal_outcome: string | null;
  appeal_closed_on: string | null;
  enforcement_applied: number | null;
  recovered_amount_fen: number | null;
  archived_on: string | null;
  /** 原审案号: the case this one derives from (normalised; may be another court's, or not yet imported). */
  origin_case_number: string | null;
  /** 生效日期: the day the judgment, ruling or mediation took effect. */
  effective_on: string | null;
  /** 涉外 (1/0; null unknown): 民事诉讼法 art. 166 excludes it from 小额诉讼; art. 287: no 审限. */
  foreign_related: number | null;
  /** 反诉 (1/0; null unknown): 民事诉讼法 art. 166 excludes it from 小额诉讼. */
  counterclaim: number | null;
  /** 双方约定适用小额诉讼 (1/0; null unknown): 民事诉讼法 art. 165 ¶2 (up to 2× the threshold). */
  small_claims_consent: number | null;
  import_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: number;
  /** extension | exclusion | suspension | resumption | procedureChange | divisionChange */
  kind: string;
  reason: string | null;
  from_on: string;
  to_on: string | null;
  length_months: number | null;
  length_days: number | null;
  new_procedure: string | null;
  approved_by: string | null;
  note: string | null;
  /** divisionChange: the division before and after (migration 0022). */
  prior_division: string | null;
  new_division: string | null;
  /** Identity of the event within its case, for idempotent re-imports. */
  event_key: string;
  recorded_at: string;
  recorded_by: string | null;
  import_id: number | null;
}

/** One derived row per case: recomputable from cases + case_events by deriveFacts. */
export interface CaseFactsTable {
  case_id: number;
  as_of: string;
  rules_version: string;
  court_code: string;
  division: string;
  judge: string;
  category: string;
  instance: string;
  type_code: string;
  /** The procedure in force (after conversions; inferred where the record is empty). */
  procedure: string;
  cause: string | null;
  filed_on: string;
  filed_day: number;
  closed_on: string | null;
  closed_day: number | null;
  closure_mode: string | null;
  duration_days: number | null;
  has_limit: number;
  deadline: string | null;
  deadline_day: number | null;
  /** running | overdue | closed-on-time | closed-late | no-limit, as of as_of */
  status: string;
  days_left: number | null;
  provisional: number;
  excluded_days: number;
  extension_count: number;
  extension_months: number;
  conversion_count: number;
  natural_days: number;
  /** Filing + the base statutory period (no extension, exclusion, restart or roll); null without a limit. */
  base_end_day: number | null;
  used_days: number;
  /** First and last day the case was (formally) overdue while pending; null if never. */
  overdue_from_day: number | null;
  overdue_to_day: number | null;
  age_6m_day: number;
  age_12m_day: number;
  age_18m_day: number;
  age_24m_day: number;
  age_36m_day: number;
  /** Highest long-pending threshold (6/12/18/24/36 months) crossed as of as_of; 0 if none. */
  long_pending_months: number;
  first_instance: number;
  appealed: number;
  appeal_outcome: string | null;
  reversed: number;
  remanded: number;
  enterprise: number;
  enforcement_applied: number | null;
  amount_fen: number | null;
  recovered_amount_fen: number | null;
  archived: number;
  /** Linked cases (migration 0018): 1 on the root of a chain (a dispute, 案). */
  chain_root: Generated<number>;
  /** On a root, the cases (件) in its chain; 0 on other cases. */
  chain_cases: Generated<number>;
  /** 1 when a first-enforcement case (执) names this case as its origin. */
  enforced_by_case: Generated<number>;
  /** Fast-track facts (migration 0022), written by the triage pass: 0 none, 1 速裁, 2 小额诉讼. */
  fast_track: Generated<number>;
  /** 1 when the triage rules found the case eligible for 小额诉讼 at filing. */
  small_claims_eligible: Generated<number>;
  /** 1 when the case left the fast track (程序转换 or a division change away from it). */
  transferred_back: Generated<number>;
  /** The day number of that transfer back; null if none. */
  transfer_day: Generated<number | null>;
}

/** The 民间借贷 element form (要素表) of a case (migration 0022). */
export interface LoanFormsTable {
  case_id: number;
  form_json: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface ImportsTable {
  id: Generated<number>;
  file_names: string;
  file_hash: string;
  /**
   * running (inside the import's transaction only) | facts-pending (cases and events committed,
   * their facts and the alerts not yet refreshed) | imported | unchanged | rejected | dry-run
   */
  status: string;
  dry_run: number;
  cases_total: number;
  cases_inserted: number;
  cases_updated: number;
  cases_unchanged: number;
  events_total: number;
  events_inserted: number;
  warnings: number;
  errors: number;
  user_name: string;
  started_at: string;
  finished_at: string | null;
  /** The day the import was checked for and its facts derived for (null before migration 0005). */
  as_of: string | null;
  /**
   * The court (法院代字) of the importing account (users.court_code of user_name, migration 0032);
   * null when that account has none (a one-court installation's, the command line): seen by all.
   */
  court_code: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  detail: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  /** office | president | chief | judge | clerk | admin */
  role: string;
  division: string | null;
  /** For judges: the name used in 承办人. */
  judge_name: string | null;
  is_demo: number;
  disabled: number;
  must_change_password: number;
  created_at: string;
  /** The staff member (人员) the account belongs to, if linked. */
  staff_id: number | null;
  /** The court (法院代字) the account belongs to (migration 0027); null: the whole database. */
  court_code: Generated<string | null>;
}

/** The courts the database knows (migration 0027): with cases, or with accounts. */
export interface CourtsTable {
  code: string;
  name: string;
  /** supreme | high | intermediate | basic | special */
  level: string;
  parent_code: string | null;
}

export interface DivisionsTable {
  id: Generated<number>;
  name: string;
  kind: string | null;
  court_code: string | null;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
}

export interface AlertsTable {
  id: Generated<number>;
  key: string;
  rule_id: string;
  family: string;
  severity: string;
  case_id: number | null;
  case_number: string;
  division: string;
  judge: string;
  as_of: string;
  reason: string;
  facts_json: string;
  /** new | acknowledged | resolved */
  state: string;
  /** How serious within its level (seriousness): lists rank by severity, then by it. */
  weight: Generated<number>;
  /** The as-of date of the detection that first found it (本期新发现). */
  found_on: string | null;
  note: string | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  first_seen: string;
  last_seen: string;
  resolved_at: string | null;
}

export interface SettingsTable {
  name: string;
  value: string;
  updated_at: string;
}

/** A workflow's matter (督办单, 四类案件监管, 阅核 …): its state and version (optimistic concurrency). */
export interface MattersTable {
  id: Generated<number>;
  kind: string;
  state: string;
  version: number;
  title: string;
  case_id: number | null;
  case_number: string | null;
  division: string;
  judge: string;
  initiator: string;
  data_json: string;
  opened_on: string;
  opened_at: string;
  closed_on: string | null;
  updated_at: string;
}

/** The cases and alerts a matter concerns (entity: case | alert). */
export interface MatterLinksTable {
  matter_id: number;
  entity: string;
  entity_id: number;
}

/** Append-only: every step taken on a matter (全程留痕). */
export interface MatterTraceTable {
  id: Generated<number>;
  matter_id: number;
  seq: number;
  action: string;
  label: string;
  from_state: string | null;
  to_state: string;
  by_user: string;
  by_name: string;
  on_day: string;
  at: string;
  note: string;
  input_json: string;
}

/** 我的待办: a task of a matter, for a person, a judge (name in a division) or a position. */
export interface TasksTable {
  id: Generated<number>;
  matter_id: number;
  title: string;
  /** open | done | cancelled */
  state: string;
  assignee_user: string | null;
  assignee_judge: string | null;
  assignee_position: string | null;
  assignee_division: string | null;
  due_on: string | null;
  opened_on: string;
  opened_at: string;
  closed_at: string | null;
  closed_by: string | null;
  /** The matter's state the closing step led to. */
  closed_state: string | null;
}

/** The staff register (人员): positions are codes joined by commas ("chief,judge"). */
export interface StaffTable {
  id: Generated<number>;
  staff_no: string;
  name: string;
  division: string;
  positions: string;
  committee_member: number;
  active: number;
  created_at: string;
  updated_at: string;
  /**
   * The court (法院代字) the member works in (migration 0033: filled from the linked account's
   * court); null: a member of no particular court, who counts for every court.
   */
  court_code: string | null;
}

/** 四类案件: the findings (rules, or a manual mark) behind each supervised-case matter. */
export interface SupervisionFindingsTable {
  matter_id: number;
  /** A rule of the library (mass-party …) or "manual". */
  rule_id: string;
  case_id: number;
  /** 1–4 */
  category: number;
  reason: string;
  facts_json: string;
  found_on: string;
}

/** A file attached to a matter (阅核 draft): kept under the data directory, with its SHA-256. */
export interface MatterFilesTable {
  id: Generated<number>;
  /** null until the matter it was uploaded for is opened. */
  matter_id: number | null;
  name: string;
  /** As sniffed from the content (never as the uploader said). */
  media_type: string;
  size: number;
  sha256: string;
  /** Relative to the files directory. */
  stored_path: string;
  uploaded_by: string;
  uploaded_at: string;
}

/** 分案建议: a suggestion as shown and the decision recorded on it (one per case). */
export interface AssignmentSuggestionsTable {
  id: Generated<number>;
  case_id: number;
  case_number: string;
  division: string;
  suggested_judge: string;
  /** The numbers shown: every candidate's weighted pending load, recent intake and rank. */
  suggestion_json: string;
  /** 1: 按建议分案; 0: another judge chosen (改派). */
  followed: number;
  assigned_judge: string;
  note: string | null;
  decided_by: string;
  decided_at: string;
  created_at: string;
}

/** 定时报表: one attempt of a job for a period and a recipient scope. */
export interface JobRunsTable {
  id: Generated<number>;
  job: string;
  /** 2024-06 or 2024Q4. */
  period_label: string;
  /** "court" or a division's name. */
  scope: string;
  /** 1, 2, … for the same job, period and scope. */
  attempt: number;
  /** running | succeeded | failed */
  status: string;
  /** schedule | catch-up | retry | manual */
  trigger: string;
  started_by: string;
  error: string | null;
  /** The day the data were computed as of. */
  data_date: string | null;
  started_at: string;
  finished_at: string | null;
}

/** A file a successful run made, kept under the files directory with its SHA-256. */
export interface ReportArchiveTable {
  id: Generated<number>;
  job_run_id: number;
  job: string;
  title: string;
  period_label: string;
  scope: string;
  data_date: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  /** Relative to the files directory. */
  stored_path: string;
  created_at: string;
}

/** Who runs a job now, until when (one row per job while it is held). */
export interface JobLocksTable {
  name: string;
  holder: string;
  acquired_at: string;
  expires_at: string;
}

export interface Database {
  cases: CasesTable;
  case_events: CaseEventsTable;
  loan_forms: LoanFormsTable;
  case_facts: CaseFactsTable;
  imports: ImportsTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  courts: CourtsTable;
  divisions: DivisionsTable;
  sessions: SessionsTable;
  alerts: AlertsTable;
  settings: SettingsTable;
  matters: MattersTable;
  matter_links: MatterLinksTable;
  matter_trace: MatterTraceTable;
  tasks: TasksTable;
  staff: StaffTable;
  supervision_findings: SupervisionFindingsTable;
  matter_files: MatterFilesTable;
  assignment_suggestions: AssignmentSuggestionsTable;
  assessment_schemes: AssessmentSchemesTable;
  reversal_classifications: ReversalClassificationsTable;
  review_meetings: ReviewMeetingsTable;
  review_meeting_entries: ReviewMeetingEntriesTable;
  case_rules: CaseRulesTable;
  case_rule_sources: CaseRuleSourcesTable;
  job_runs: JobRunsTable;
  report_archive: ReportArchiveTable;
  job_locks: JobLocksTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_items: MeetingItemsTable;
  meeting_opinions: MeetingOpinionsTable;
  score_sheets: ScoreSheetsTable;
  review_plans: ReviewPlansTable;
  review_samples: ReviewSamplesTable;
  review_results: ReviewResultsTable;
  review_findings: ReviewFindingsTable;
  observation_plans: ObservationPlansTable;
  observation_hearings: ObservationHearingsTable;
  observation_scores: ObservationScoresTable;
  termination_searches: TerminationSearchesTable;
  termination_proposals: TerminationProposalsTable;
  appraisals: AppraisalsTable;
  aftercare_explanations: AftercareExplanationsTable;
  aftercare_contacts: AftercareContactsTable;
  aftercare_outcomes: AftercareOutcomesTable;
}

export type CaseRowDb = Selectable<CasesTable>;
export type NewCaseRowDb = Insertable<CasesTable>;
export type CaseUpdateDb = Updateable<CasesTable>;
export type CaseEventRowDb = Selectable<CaseEventsTable>;
export type NewCaseEventRowDb = Insertable<CaseEventsTable>;
export type CaseFactsRowDb = Selectable<CaseFactsTable>;
export type NewCaseFactsRowDb = Insertable<CaseFactsTable>;
export type Json = ColumnType<string, string, string>;

/** An assessment scheme (考核办法), one row per version; its items as JSON (docs/assessment.md). */
export interface AssessmentSchemesTable {
  id: Generated<number>;
  name: string;
  version: string;
  effective_from: string;
  /** null: in force until a later scheme takes effect. */
  effective_to: string | null;
  items_json: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** 发改案件: the office's classification of an entry, the judge's objection and its decision. */
export interface ReversalClassificationsTable {
  case_id: number;
  reason: string;
  responsibility: string;
  note: string;
  classified_by: string;
  classified_at: string;
  objection_text: string | null;
  objection_by: string | null;
  objection_at: string | null;
  /** 成立 | 不成立 */
  objection_decision: string | null;
  /** 审管办 | 审判委员会 */
  objection_decider: string | null;
  /** The decision's text, or the reference to the 审委会's decision. */
  objection_reference: string | null;
  objection_decided_by: string | null;
  objection_decided_at: string | null;
  /** The classification before an upheld objection changed it. */
  original_reason: string | null;
  original_responsibility: string | null;
  version: number;
}

/** 评析会 */
export interface ReviewMeetingsTable {
  id: Generated<number>;
  title: string;
  held_on: string;
  place: string;
  host: string;
  attendees: string;
  problems: string;
  follow_ups: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One case of a 评析会: 自评, 讲评, 点评, each with who recorded it and when. */
export interface ReviewMeetingEntriesTable {
  meeting_id: number;
  case_id: number;
  seq: number;
  self_text: string | null;
  self_by: string | null;
  self_at: string | null;
  chief_text: string | null;
  chief_by: string | null;
  chief_at: string | null;
  leader_text: string | null;
  leader_by: string | null;
  leader_at: string | null;
}

/** 类案裁判规则 */
export interface CaseRulesTable {
  id: Generated<number>;
  title: string;
  cause: string;
  rule_text: string;
  /** draft | adopted | retired */
  status: string;
  adopted_on: string | null;
  adoption_reference: string | null;
  retired_on: string | null;
  retirement_note: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  /**
   * The court (法院代字) that wrote the rule: its creator's account's (migration 0032); null on a
   * one-court installation (seen and kept by every court's office).
   */
  court_code: string | null;
}

export interface CaseRuleSourcesTable {
  rule_id: number;
  case_id: number;
}

/** A meeting: 专业法官会议 (kind judges) or 审判委员会 (committee). */
export interface MeetingsTable {
  id: Generated<number>;
  kind: string;
  title: string;
  scheduled_on: string;
  /** HH:MM */
  start_time: string;
  place: string;
  chair_staff_id: number | null;
  /** The secretary's account (username). */
  secretary: string;
  /** planned | held */
  status: string;
  minutes_note: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  /**
   * The court (法院代字) the meeting belongs to: its creator's (migration 0030); null on a one-court
   * installation (seen by every reader).
   */
  court_code: string | null;
}

/** Who attends a meeting: member, observer (列席) or recused (回避, with the reason); present 0/1. */
export interface MeetingAttendeesTable {
  meeting_id: number;
  staff_id: number;
  role: string;
  reason: string;
  present: number;
}

/** A meeting's agenda: the 上会事项 matters, in order. */
export interface MeetingItemsTable {
  meeting_id: number;
  matter_id: number;
  position: number;
}

/** An attendee's opinion on an item, in speaking order. */
export interface MeetingOpinionsTable {
  id: Generated<number>;
  meeting_id: number;
  matter_id: number;
  staff_id: number;
  order_no: number;
  /** agree | disagree | other */
  stance: string;
  opinion: string;
  recorded_by: string;
  recorded_at: string;
}

/** 评查表: one row per version; content_json is the sheet (sections, items, deductions). */
export interface ScoreSheetsTable {
  version: number;
  name: string;
  content_json: string;
  created_by: string;
  created_at: string;
}

/** 评查计划: routine | focus | special | cross; state draft | drawn | closed. */
export interface ReviewPlansTable {
  id: Generated<number>;
  kind: string;
  title: string;
  period_from: string;
  period_to: string;
  seed: number;
  allocation_json: string;
  filter_json: string;
  sheet_version: number;
  settings_json: string;
  state: string;
  drawn_on: string | null;
  created_by: string;
  created_at: string;
  /**
   * The court (法院代字) the plan belongs to: its creator's (migration 0031); null on a one-court
   * installation (seen by every reader).
   */
  court_code: string | null;
}

/** A case drawn into a plan; state pending | scored | sent | accepted | objected | decided. */
export interface ReviewSamplesTable {
  id: Generated<number>;
  plan_id: number;
  case_id: number;
  case_number: string;
  division: string;
  judge: string;
  reviewer: string | null;
  state: string;
  matter_id: number | null;
  drawn_on: string;
}

export interface ReviewResultsTable {
  sample_id: number;
  plan_id: number;
  case_id: number;
  division: string;
  judge: string;
  reviewer: string;
  sheet_version: number;
  score: number;
  class_name: string;
  /** 1 when the class is the scheme's lowest (差错 / 不合格). */
  lowest_class: number;
  comment: string;
  submitted_on: string;
  verified_by: string | null;
  verified_on: string | null;
  /** After an objection's decision (null: the reviewer's score stands). */
  final_score: number | null;
  final_class: string | null;
  decided_on: string | null;
}

export interface ReviewFindingsTable {
  id: Generated<number>;
  sample_id: number;
  seq: number;
  section_code: string;
  section_name: string;
  item_code: string;
  item_text: string;
  deduction_code: string | null;
  text: string;
  points: number;
  severity: string;
  note: string;
}

export interface ObservationPlansTable {
  id: Generated<number>;
  title: string;
  quarter: string;
  /** usernames of the 考评小组 */
  members_json: string;
  sheet_json: string;
  state: string;
  /** 座谈会 record: { heldOn, reflections, problems, suggestions } */
  meeting_json: string | null;
  created_by: string;
  created_at: string;
  /**
   * The court (法院代字) the round belongs to: its creator's (migration 0031); null on a one-court
   * installation (seen by every reader).
   */
  court_code: string | null;
}

export interface ObservationHearingsTable {
  id: Generated<number>;
  plan_id: number;
  case_id: number | null;
  case_number: string;
  division: string;
  judge: string;
  held_on: string;
  courtroom: string;
  proposed: number;
  confirmed: number;
}

export interface ObservationScoresTable {
  hearing_id: number;
  member: string;
  scores_json: string;
  total: number;
  scored_on: string;
}

/** 判后释明 of a judgment (migration 0023). */
export interface AftercareExplanationsTable {
  case_id: number;
  explained_on: string;
  /** 当庭 | 电话 | 书面 | 线上 */
  way: string;
  /** The risk points explained (tags), JSON array of strings. */
  risk_points_json: string;
  risk_note: string;
  /** 类案指引: the 案号 or text referred to. */
  guidance: string;
  recorded_by: string;
  recorded_at: string;
}

/** A 督促履行 contact (migration 0023). */
export interface AftercareContactsTable {
  id: Generated<number>;
  case_id: number;
  contacted_on: string;
  way: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

/** The 督促履行 outcome of a case (migration 0023). */
export interface AftercareOutcomesTable {
  case_id: number;
  /** 全部履行 | 部分履行 | 未履行 */
  outcome: string;
  decided_on: string;
  due_fen: number | null;
  performed_fen: number | null;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

/** 执行不能案件库 (migration 0025): a property search of a case closed by 终结本次执行程序. */
export interface TerminationSearchesTable {
  id: Generated<number>;
  case_id: number;
  searched_on: string;
  /** 无财产 | 发现财产 */
  result: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

/** 执行不能案件库 (migration 0025): a proposal to resume enforcement (恢复执行). */
export interface TerminationProposalsTable {
  case_id: number;
  proposed_on: string;
  note: string;
  proposed_by: string;
  proposed_at: string;
}

/** An appraisal (鉴定) of the 诉前鉴定 register (migration 0024; docs/appraisals.md). */
export interface AppraisalsTable {
  id: Generated<number>;
  /** The case (诉中) or the 诉前调 number (诉前), normalised. */
  case_number: string;
  /** 诉前 | 诉中 */
  stage: string;
  /** 伤残 | 工程造价 | 笔迹 | 价格 | 医疗损害 | 其他 */
  kind: string;
  commissioned_on: string;
  institution: string | null;
  completed_on: string | null;
  /** 1: the institution's head approved a longer period (司法鉴定程序通则 art. 28 ¶2). */
  extension_approved: number;
  note: string | null;
  import_id: number | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  version: number;
}
