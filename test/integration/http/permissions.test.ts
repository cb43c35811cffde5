/**
 * The API's permission matrix: each role × each route, scope inside lists and exports, 401 without
 * a session, CSRF on writes, login rate limiting, 403s logged. Runs against a real server (HTTP on
 * a free port) over a seeded demo court.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS } from "../../../src/domain/business-environment/index.js";
import { TRIAGE_DEFAULTS } from "../../../src/domain/triage/settings.js";
import { DEFAULT_WORKLOAD_WEIGHTS } from "../../../src/domain/workload/index.js";
import { apiRoutes } from "../../../src/http/server.js";
import { ApiClient, startTestApp, type TestApp } from "../../helpers/app.js";

let app: TestApp;
const clients: Record<string, ApiClient> = {};
const who: Record<string, { division?: string; judgeName?: string }> = {};
const logins: Partial<Record<RoleName, { username: string; password: string }>> = {};

const PERIOD = "from=2025-01-01&to=2026-11-27";
const ROLES = ["admin", "office", "president", "chief", "judge", "clerk"] as const;
type RoleName = (typeof ROLES)[number];

beforeAll(async () => {
  app = await startTestApp({ buildWeb: false, cases: 4000 });
  const pick = (role: string) => app.accounts.find((a) => a.role === role);
  const accounts: Record<
    RoleName,
    { username: string; password: string; division?: string; judgeName?: string }
  > = {
    admin: app.admin,
    office: pick("office") as never,
    president: pick("president") as never,
    chief: pick("chief") as never,
    judge: app.accounts.find((a) => a.role === "judge" && a.division !== pick("chief")?.division) as never,
    clerk: pick("clerk") as never,
  };
  for (const r of ROLES) {
    const c = new ApiClient(app.url);
    const res = await c.login(accounts[r].username, accounts[r].password);
    expect(res.status, r).toBe(200);
    clients[r] = c;
    logins[r] = accounts[r];
    who[r] = { division: accounts[r].division, judgeName: accounts[r].judgeName };
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function anyCaseId(filter: (r: { division: string; judge: string }) => boolean): Promise<number> {
  const res = await clients.office?.get(`/api/cases?pageSize=1000`);
  const body = (await (res as Response).json()) as {
    rows: { id: number; division: string; judge: string }[];
  };
  const hit = body.rows.find(filter);
  if (!hit) throw new Error("no such case in the demo court");
  return hit.id;
}

type Who = RoleName | "anonymous";
const WHO: Who[] = [...ROLES, "anonymous"];

/** Expected status by who asks: readers are the roles that see case data (not clerks). */
const readers = {
  admin: 200,
  office: 200,
  president: 200,
  chief: 200,
  judge: 200,
  clerk: 403,
  anonymous: 401,
};
const everyone = {
  admin: 200,
  office: 200,
  president: 200,
  chief: 200,
  judge: 200,
  clerk: 200,
  anonymous: 401,
};
const importers = {
  admin: 200,
  office: 200,
  president: 403,
  chief: 403,
  judge: 403,
  clerk: 200,
  anonymous: 401,
};
const adminOnly = {
  admin: 200,
  office: 403,
  president: 403,
  chief: 403,
  judge: 403,
  clerk: 403,
  anonymous: 401,
};
const bulletinReaders = {
  admin: 200,
  office: 200,
  president: 200,
  chief: 403,
  judge: 403,
  clerk: 403,
  anonymous: 401,
};
/** A record of the judge account's own case, in a division that is not the chief's. */
const judgesOwn = {
  admin: 200,
  office: 200,
  president: 200,
  chief: 403,
  judge: 200,
  clerk: 403,
  anonymous: 401,
};

const DRAFT_PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

/** A draft of the judge account's in `state` (the first one; a resubmitted draft is returned again first). */
async function judgesDraft(
  state: string,
): Promise<{ id: number; version: number; file: { id: number } | null }> {
  const list = async () =>
    (
      (await (await (clients.judge as ApiClient).get("/api/sign-off/drafts?view=mine")).json()) as {
        rows: { id: number; version: number; state: string; file: { id: number } | null; reviewer: string }[];
      }
    ).rows;
  let d = (await list()).find((r) => r.state === state);
  if (!d && state === "returned") {
    // The judge answered it in an earlier call: its reviewer sends it back again.
    const r = (await list()).find((x) => x.state === "resubmitted");
    const chief = app.accounts.find((a) => a.username === r?.reviewer);
    if (r && chief) {
      const c = new ApiClient(app.url);
      await c.login(chief.username, chief.password);
      await c.post(`/api/matters/${r.id}/act`, {
        action: "return",
        version: r.version,
        input: { point: "事实认定", note: "矩阵测试：请再补充说理部分的内容" },
      });
      d = (await list()).find((x) => x.state === state);
    }
  }
  if (!d) throw new Error(`the judge account has no ${state} draft`);
  return d;
}

const casesTaken = new Set<number>();

/** A pending, recently filed case of the chief's division not yet decided (a new one when `fresh`). */
async function caseToAssign(fresh: boolean): Promise<{ caseId: number }> {
  const division = encodeURIComponent(who.chief?.division ?? "");
  const list = (await (
    await (clients.office as ApiClient).get(
      `/api/assignment-suggestions/cases?division=${division}&limit=500`,
    )
  ).json()) as { rows: { caseId: number; decided: boolean }[] };
  const hit = list.rows.find((r) => !r.decided && !casesTaken.has(r.caseId));
  if (!hit) throw new Error("the chief's division has no undecided recent case in the demo court");
  if (fresh) casesTaken.add(hit.caseId);
  return hit;
}

interface MatrixRow {
  expect: Record<Who, number>;
  call(c: ApiClient, who: Who): Promise<Response>;
}

/** A signed-in client for `who` (a fresh session when `fresh`), or one without a session. */
async function clientFor(who: Who, fresh = false): Promise<ApiClient> {
  if (who === "anonymous") return new ApiClient(app.url);
  if (!fresh) return clients[who] as ApiClient;
  const c = new ApiClient(app.url);
  const a = logins[who] as { username: string; password: string };
  expect((await c.login(a.username, a.password)).status).toBe(200);
  return c;
}

let judgesCase = 0;

/** The id of an archived bulletin (.docx, the whole court's version) of the demo court. */
async function archivedBulletin(): Promise<number> {
  const res = await clients.office?.get("/api/report-archive?job=monthly-bulletin");
  const body = (await (res as Response).json()) as {
    rows: { id: number; fileName: string; scope: string }[];
  };
  const hit = body.rows.find((r) => r.scope === "court" && r.fileName.endsWith(".docx"));
  if (!hit) throw new Error("the demo court has no archived bulletin");
  return hit.id;
}

/** A demo meeting: a past one (with results) or an upcoming one (none yet). */
async function demoMeeting(view: "past" | "upcoming" = "past"): Promise<number> {
  const res = await (clients.office as ApiClient).get(`/api/meetings?view=${view}`);
  const body = (await res.json()) as { rows: { id: number }[] };
  const id = body.rows[0]?.id;
  if (!id) throw new Error(`no ${view} meeting in the demo court`);
  return id;
}
let throwawayAccount = 0;
let accountsAdded = 0;
let judgesAlert = 0;
let staffAdded = 0;
let schemesAdded = 0;
let throwawayStaff = 0;
let judgesMatter = 0;
/** A first-instance case of the judge account's, made a 发改案件 (改判) by the matrix's setup. */
let judgesReversal = 0;
let judgesReviewMeeting = 0;
let draftRule = 0;

/** A 民间借贷要素表 the matrix saves (借条 100,000 元, 90,000 元 delivered). */
const LOAN_FORM = {
  contractDate: "2023-03-01",
  principalStated: 100000,
  deliveries: [{ date: "2023-03-01", amount: 90000 }],
  agreedRate: "年利率12%",
  repayments: [],
};
let loanCase = 0;

/**
 * A 民间借贷纠纷 民初 case of the judge account's (one of theirs made so when the demo has none),
 * with a form saved by the judge.
 */
async function judgesLoanCase(): Promise<number> {
  if (loanCase) return loanCase;
  const judge = who.judge?.judgeName ?? "";
  const division = who.judge?.division ?? "";
  const found = await app.db.db
    .selectFrom("cases")
    .select("id")
    .where("judge", "=", judge)
    .where("division", "=", division)
    .where("cause", "=", "民间借贷纠纷")
    .where("type_code", "=", "民初")
    .orderBy("id")
    .executeTakeFirst();
  let id = Number(found?.id ?? 0);
  if (!id) {
    const any = await app.db.db
      .selectFrom("cases")
      .select("id")
      .where("judge", "=", judge)
      .where("division", "=", division)
      .where("type_code", "=", "民初")
      .where("id", "not in", [judgesCase, judgesReversal])
      .orderBy("id")
      .executeTakeFirstOrThrow();
    id = Number(any.id);
    await app.db.db.updateTable("cases").set({ cause: "民间借贷纠纷" }).where("id", "=", id).execute();
  }
  const view = (await (await (clients.judge as ApiClient).get(`/api/cases/${id}/loan-form`)).json()) as {
    version: number;
  };
  const saved = await (clients.judge as ApiClient).put(`/api/cases/${id}/loan-form`, {
    form: LOAN_FORM,
    version: view.version,
  });
  expect(saved.status).toBe(200);
  loanCase = id;
  return id;
}

/** An entry of the 执行不能案件库 in a division neither the chief's nor the judge's (cached). */
const terminationEntries = new Map<boolean, number>();
async function otherDivisionEntry(propertyFound: boolean): Promise<number> {
  const cached = terminationEntries.get(propertyFound);
  if (cached) return cached;
  const res = await (clients.office as ApiClient).get("/api/termination-library?pageSize=1000");
  const body = (await res.json()) as {
    rows: { caseId: number; division: string; state: string; propertyFound: boolean }[];
  };
  const hit = body.rows.find(
    (r) =>
      r.division !== who.chief?.division &&
      r.division !== who.judge?.division &&
      r.state !== "resumed" &&
      r.propertyFound === propertyFound,
  );
  if (!hit) throw new Error("no such 执行不能 entry in the demo court");
  terminationEntries.set(propertyFound, hit.caseId);
  return hit.caseId;
}

/**
 * Every route of the API × every role and the anonymous caller, with the status each must get.
 * The expectations restate who may do what (docs/api.md), not the code's grant table.
 */
const MATRIX: Record<string, MatrixRow> = {
  "POST /api/auth/login": {
    expect: { ...everyone, anonymous: 401 },
    call: (_c, who) => {
      const c = new ApiClient(app.url);
      if (who === "anonymous") return c.login("nobody-at-all", "wrong-password");
      const a = logins[who] as { username: string; password: string };
      return c.login(a.username, a.password);
    },
  },
  "POST /api/auth/logout": {
    expect: { admin: 204, office: 204, president: 204, chief: 204, judge: 204, clerk: 204, anonymous: 401 },
    call: async (_c, who) => (await clientFor(who, true)).post("/api/auth/logout"),
  },
  "GET /api/auth/me": { expect: everyone, call: (c) => c.get("/api/auth/me") },
  "GET /api/auth/demo-accounts": {
    expect: { ...everyone, anonymous: 200 },
    call: (c) => c.get("/api/auth/demo-accounts"),
  },
  "GET /api/meta": { expect: everyone, call: (c) => c.get("/api/meta") },
  "GET /api/indicators": { expect: readers, call: (c) => c.get(`/api/indicators?${PERIOD}`) },
  "GET /api/six-sources": { expect: readers, call: (c) => c.get("/api/six-sources") },
  "GET /api/indicators/export": { expect: readers, call: (c) => c.get(`/api/indicators/export?${PERIOD}`) },
  "GET /api/indicators/drill": {
    expect: readers,
    call: (c) => c.get(`/api/indicators/drill?indicator=closed&part=numerator&${PERIOD}`),
  },
  "GET /api/indicators/drill/export": {
    expect: readers,
    call: (c) => c.get(`/api/indicators/drill/export?indicator=closed&part=numerator&${PERIOD}`),
  },
  "GET /api/cases": { expect: readers, call: (c) => c.get("/api/cases") },
  "GET /api/cases/export": { expect: readers, call: (c) => c.get("/api/cases/export") },
  "GET /api/cases/:id": { expect: judgesOwn, call: (c) => c.get(`/api/cases/${judgesCase}`) },
  "GET /api/cases/:id/chain": { expect: judgesOwn, call: (c) => c.get(`/api/cases/${judgesCase}/chain`) },
  "GET /api/alerts": { expect: readers, call: (c) => c.get("/api/alerts") },
  "GET /api/alerts/counts": { expect: readers, call: (c) => c.get("/api/alerts/counts") },
  "GET /api/alerts/export": { expect: readers, call: (c) => c.get("/api/alerts/export") },
  "GET /api/alerts/rules": { expect: everyone, call: (c) => c.get("/api/alerts/rules") },
  "POST /api/alerts/:id/ack": {
    // The judge of the case answers its warnings (督办) and does not clear them.
    expect: { ...judgesOwn, judge: 403 },
    call: async (c) => {
      // Each caller meets the alert new (an acknowledged one is acknowledged no further).
      await app.db.db.updateTable("alerts").set({ state: "new" }).where("id", "=", judgesAlert).execute();
      return c.post(`/api/alerts/${judgesAlert}/ack`, { note: "矩阵测试" });
    },
  },
  // A matter on the judge's case, opened by the office (written directly: the route is generic).
  "GET /api/matters/:id": { expect: judgesOwn, call: (c) => c.get(`/api/matters/${judgesMatter}`) },
  "POST /api/matters/:id/act": {
    // A step on a version nobody has: whoever may read the matter is told it changed (409).
    expect: { ...judgesOwn, admin: 409, office: 409, president: 409, judge: 409 },
    call: (c) => c.post(`/api/matters/${judgesMatter}/act`, { action: "answer", version: 99, input: {} }),
  },
  "GET /api/cases/:id/matters": { expect: judgesOwn, call: (c) => c.get(`/api/cases/${judgesCase}/matters`) },
  "GET /api/supervision-orders": { expect: readers, call: (c) => c.get("/api/supervision-orders?tab=all") },
  "GET /api/supervision-orders/export": {
    expect: readers,
    call: (c) => c.get("/api/supervision-orders/export?tab=all"),
  },
  "POST /api/supervision-orders": {
    // 督办 is issued by the office (court-wide) or a division's chief for their own division; the
    // chief account here leads another division than the judge's case.
    expect: { ...adminOnly, admin: 403, office: 200 },
    call: (c) =>
      c.post("/api/supervision-orders", {
        caseIds: [judgesCase],
        request: "矩阵测试：请说明该案的审理进度安排",
      }),
  },
  // 四类案件
  "GET /api/supervision/cases": {
    expect: readers,
    call: (c) => c.get("/api/supervision/cases?tab=supervised"),
  },
  "GET /api/supervision/cases.xlsx": { expect: readers, call: (c) => c.get("/api/supervision/cases.xlsx") },
  "GET /api/supervision/summary": { expect: readers, call: (c) => c.get("/api/supervision/summary") },
  "GET /api/supervision/rules": { expect: readers, call: (c) => c.get("/api/supervision/rules") },
  "GET /api/cases/:id/supervision": {
    expect: judgesOwn,
    call: (c) => c.get(`/api/cases/${judgesCase}/supervision`),
  },
  "POST /api/cases/:id/supervision": {
    // 提请标注 with too short a reason: whoever may see the case is told why (400), nothing written.
    expect: { ...judgesOwn, admin: 400, office: 400, president: 400, judge: 400 },
    call: (c) => c.post(`/api/cases/${judgesCase}/supervision`, { category: 4, note: "太短" }),
  },
  // 阅核: the judge account's own drafts (the demo court seeds them in every state).
  "GET /api/cases/:id/sign-off": {
    expect: judgesOwn,
    call: (c) => c.get(`/api/cases/${judgesCase}/sign-off`),
  },
  "POST /api/sign-off/files": {
    // Only a judge uploads a draft.
    expect: { ...judgesOwn, admin: 403, office: 403, president: 403 },
    call: (c) => {
      const form = new FormData();
      form.append("file", new Blob([DRAFT_PDF], { type: "application/pdf" }), "判决书.pdf");
      return c.post("/api/sign-off/files", form);
    },
  },
  "GET /api/sign-off/files/:id": {
    expect: judgesOwn,
    call: async (c) => c.get(`/api/sign-off/files/${(await judgesDraft("returned")).file?.id}`),
  },
  "POST /api/sign-off/drafts": {
    // Only the case's judge submits; each caller offers a fresh file of the judge's on a case of theirs
    // with no draft in 阅核.
    expect: { ...judgesOwn, admin: 403, office: 403, president: 403 },
    call: async (c) => {
      const mine = (await (
        await (clients.judge as ApiClient).get("/api/sign-off/drafts?view=mine")
      ).json()) as {
        rows: { caseId: number; terminal: boolean }[];
      };
      const busy = new Set(mine.rows.filter((r) => !r.terminal).map((r) => r.caseId));
      const caseId = await anyCaseId(
        (r) =>
          r.judge === who.judge?.judgeName &&
          r.division === who.judge?.division &&
          !busy.has((r as unknown as { id: number }).id),
      );
      const form = new FormData();
      form.append("file", new Blob([DRAFT_PDF], { type: "application/pdf" }), "判决书.pdf");
      const file = (await (await (clients.judge as ApiClient).post("/api/sign-off/files", form)).json()) as {
        id: number;
      };
      return c.post("/api/sign-off/drafts", {
        caseId,
        documentType: "判决书",
        documentTitle: "民事判决书",
        conclusion: "驳回原告的诉讼请求",
        fileId: file.id,
      });
    },
  },
  "POST /api/sign-off/drafts/:id/resubmit": {
    // Only the case's judge answers a 复议; the others are refused by the workflow or the scope.
    expect: { ...judgesOwn, admin: 403, office: 403, president: 403 },
    call: async (c) => {
      const d = await judgesDraft("returned");
      return c.post(`/api/sign-off/drafts/${d.id}/resubmit`, {
        version: d.version,
        note: "已补充对还款抗辩的认定及理由",
        conclusion: "部分支持原告的诉讼请求",
      });
    },
  },
  "GET /api/sign-off/drafts": { expect: readers, call: (c) => c.get("/api/sign-off/drafts?view=all") },
  "GET /api/sign-off/statistics": { expect: readers, call: (c) => c.get("/api/sign-off/statistics") },
  // 会议 (专业法官会议, 审委会): readers see the meetings; the office and 院领导 (or a meeting's
  // secretary) run them — given bad input they are told why (400), the others are refused (403).
  "GET /api/meetings": { expect: readers, call: (c) => c.get("/api/meetings?view=all") },
  "POST /api/meetings": {
    expect: { ...adminOnly, admin: 403, office: 400, president: 400 },
    call: (c) =>
      c.post("/api/meetings", {
        kind: "judges",
        title: "会",
        scheduledOn: "2026-12-01",
        startTime: "09:00",
        place: "会议室",
        chairStaffId: 1,
        secretary: "nobody",
      }),
  },
  "GET /api/meetings/statistics": { expect: readers, call: (c) => c.get("/api/meetings/statistics") },
  "GET /api/meeting-items": { expect: readers, call: (c) => c.get("/api/meeting-items?view=decided") },
  "GET /api/meetings/:id": {
    expect: readers,
    call: async (c) => c.get(`/api/meetings/${await demoMeeting()}`),
  },
  "GET /api/meetings/:id/minutes": {
    expect: readers,
    call: async (c) => c.get(`/api/meetings/${await demoMeeting()}/minutes`),
  },
  "POST /api/meetings/:id/attendees": {
    expect: { ...adminOnly, admin: 403, office: 400, president: 400 },
    call: async (c) => c.post(`/api/meetings/${await demoMeeting("upcoming")}/attendees`, { attendees: [] }),
  },
  "POST /api/meetings/:id/items": {
    expect: { ...adminOnly, admin: 403, office: 400, president: 400 },
    call: async (c) =>
      c.post(`/api/meetings/${await demoMeeting("upcoming")}/items`, { matterId: 999999999 }),
  },
  "POST /api/meetings/:id/items/:matterId/remove": {
    expect: { ...adminOnly, admin: 403, office: 400, president: 400 },
    call: async (c) => c.post(`/api/meetings/${await demoMeeting("upcoming")}/items/999999999/remove`),
  },
  "POST /api/meetings/:id/items/:matterId/opinions": {
    expect: { ...adminOnly, admin: 403, office: 400, president: 400 },
    call: async (c) =>
      c.post(`/api/meetings/${await demoMeeting("upcoming")}/items/999999999/opinions`, { opinions: [] }),
  },
  "POST /api/meetings/:id/items/:matterId/result": {
    expect: { ...adminOnly, admin: 403, office: 400, president: 400 },
    call: async (c) => c.post(`/api/meetings/${await demoMeeting("upcoming")}/items/999999999/result`, {}),
  },
  "GET /api/cases/:id/meetings": {
    expect: judgesOwn,
    call: (c) => c.get(`/api/cases/${judgesCase}/meetings`),
  },
  "POST /api/cases/:id/meetings": {
    // Without the materials: whoever may refer the case is told what is missing (400).
    expect: { ...judgesOwn, admin: 403, office: 400, president: 400, judge: 400 },
    call: (c) =>
      c.post(`/api/cases/${judgesCase}/meetings`, {
        meetingKind: "judges",
        summary: "",
        issues: "",
        panelOpinion: "",
      }),
  },
  // Everyone signed in has an inbox: it lists only what is addressed to them or done by them.
  "GET /api/inbox": { expect: everyone, call: (c) => c.get("/api/inbox?tab=todo") },
  "GET /api/inbox/count": { expect: everyone, call: (c) => c.get("/api/inbox/count") },
  "GET /api/inbox/export": { expect: everyone, call: (c) => c.get("/api/inbox/export?tab=initiated") },
  "GET /api/workflow/kinds": { expect: everyone, call: (c) => c.get("/api/workflow/kinds") },
  // 案件评查: readers read plans, figures and the sheet; only the office makes and draws plans,
  // verifies and decides. Records that do not exist: refused (403) before being looked up where the
  // action alone decides; 404 where the record names who may act (the reviewer, the judge).
  "GET /api/review/plans": { expect: readers, call: (c) => c.get("/api/review/plans") },
  "POST /api/review/plans": {
    expect: { ...adminOnly, admin: 403, office: 200 },
    call: (c) =>
      c.post("/api/review/plans", { kind: "routine", title: "矩阵测试常规评查", month: "2026-10", size: 5 }),
  },
  "GET /api/review/plans/:id": {
    expect: { ...readers, admin: 404, office: 404, president: 404, chief: 404, judge: 404 },
    call: (c) => c.get("/api/review/plans/999999"),
  },
  "POST /api/review/plans/:id/draw": {
    expect: { ...adminOnly, admin: 403, office: 404 },
    call: (c) => c.post("/api/review/plans/999999/draw", {}),
  },
  "GET /api/review/plans/:id/bulletin.docx": {
    expect: { ...readers, admin: 404, office: 404, president: 404, chief: 404, judge: 404 },
    call: (c) => c.get("/api/review/plans/999999/bulletin.docx"),
  },
  "GET /api/review/plans/:id/bulletin.xlsx": {
    expect: { ...readers, admin: 404, office: 404, president: 404, chief: 404, judge: 404 },
    call: (c) => c.get("/api/review/plans/999999/bulletin.xlsx"),
  },
  "GET /api/review/mine": { expect: everyone, call: (c) => c.get("/api/review/mine") },
  "GET /api/review/sheet": { expect: readers, call: (c) => c.get("/api/review/sheet") },
  "POST /api/review/sheet": {
    // A sheet with a deduction above its item: the office is told why (400), nothing saved.
    expect: { ...adminOnly, admin: 403, office: 400 },
    call: (c) =>
      c.post("/api/review/sheet", {
        name: "矩阵测试评查表",
        sections: [
          {
            code: "a",
            name: "立案",
            items: [
              {
                code: "a.1",
                text: "立案",
                points: 2,
                deductions: [{ code: "a.1.1", text: "扣", points: 3, severity: "flaw" }],
              },
            ],
          },
        ],
      }),
  },
  "POST /api/review/samples/:id/score": {
    expect: { admin: 404, office: 404, president: 404, chief: 404, judge: 404, clerk: 404, anonymous: 401 },
    call: (c) => c.post("/api/review/samples/999999/score", { version: 1, findings: [], comment: "" }),
  },
  "POST /api/review/samples/:id/verify": {
    expect: { ...adminOnly, admin: 403, office: 404 },
    call: (c) => c.post("/api/review/samples/999999/verify", { version: 1, decision: "verify" }),
  },
  "POST /api/review/samples/:id/answer": {
    expect: { admin: 404, office: 404, president: 404, chief: 404, judge: 404, clerk: 404, anonymous: 401 },
    call: (c) => c.post("/api/review/samples/999999/answer", { version: 1, answer: "accept" }),
  },
  "POST /api/review/samples/:id/decide": {
    expect: { ...adminOnly, admin: 403, office: 404 },
    call: (c) =>
      c.post("/api/review/samples/999999/decide", { version: 1, outcome: "维持评查结果", note: "矩阵测试" }),
  },
  "GET /api/review/rectifications": { expect: readers, call: (c) => c.get("/api/review/rectifications") },
  "GET /api/review/figures": {
    expect: readers,
    call: (c) => c.get("/api/review/figures?from=2026-01-01&to=2026-11-27"),
  },
  // 庭审观摩评比
  "GET /api/observations": { expect: readers, call: (c) => c.get("/api/observations") },
  "POST /api/observations": {
    expect: { ...adminOnly, admin: 403, office: 200 },
    call: (c) =>
      c.post("/api/observations", {
        title: "矩阵测试庭审观摩",
        quarter: "2026-4",
        members: [logins.office?.username ?? "office"],
        hearings: [
          {
            caseNumber: "（2026）矩阵1号",
            heldOn: "2026-11-10",
            courtroom: "第一法庭",
            division: "民一庭",
            judge: "张三",
          },
        ],
      }),
  },
  "GET /api/observations/:id": {
    expect: { admin: 404, office: 404, president: 404, chief: 404, judge: 404, clerk: 404, anonymous: 401 },
    call: (c) => c.get("/api/observations/999999"),
  },
  "POST /api/observations/hearings/:id/score": {
    expect: { admin: 404, office: 404, president: 404, chief: 404, judge: 404, clerk: 404, anonymous: 401 },
    call: (c) => c.post("/api/observations/hearings/999999/score", { scores: {} }),
  },
  "POST /api/observations/:id/meeting": {
    expect: { ...adminOnly, admin: 403, office: 404 },
    call: (c) =>
      c.post("/api/observations/999999/meeting", {
        heldOn: "2026-11-20",
        reflections: "矩阵测试",
        problems: "矩阵测试",
        suggestions: "矩阵测试",
      }),
  },
  "POST /api/observations/:id/propose": {
    expect: { ...adminOnly, admin: 403, office: 404 },
    call: (c) => c.post("/api/observations/999999/propose", {}),
  },
  "POST /api/observations/hearings/:id/confirm": {
    expect: { ...adminOnly, admin: 403, office: 404 },
    call: (c) => c.post("/api/observations/hearings/999999/confirm", {}),
  },
  "GET /api/imports": { expect: importers, call: (c) => c.get("/api/imports") },
  "POST /api/imports/validate": {
    expect: importers,
    call: (c) => {
      const form = new FormData();
      form.append("files", new Blob(["案号,立案日期\n"], { type: "text/csv" }), "cases.csv");
      return c.post("/api/imports/validate", form);
    },
  },
  "POST /api/imports/:token/commit": {
    // An unknown token: the import roles are told it is gone (404), the others are refused first.
    expect: { admin: 404, office: 404, president: 403, chief: 403, judge: 403, clerk: 404, anonymous: 401 },
    call: (c) => c.post("/api/imports/no-such-token-000/commit"),
  },
  "POST /api/auth/password": {
    // Everyone signed in may change their own password; a wrong current one is refused (400).
    expect: { admin: 400, office: 400, president: 400, chief: 400, judge: 400, clerk: 400, anonymous: 401 },
    call: (c) => c.post("/api/auth/password", { current: "not-the-password", next: "a-new-password-1" }),
  },
  "GET /api/users": { expect: adminOnly, call: (c) => c.get("/api/users") },
  "POST /api/users": {
    expect: adminOnly,
    call: (c) =>
      c.post("/api/users", {
        username: `matrix-${++accountsAdded}`,
        role: "office",
        displayName: "矩阵测试",
      }),
  },
  "PATCH /api/users/:id": {
    expect: adminOnly,
    call: (c) => c.patch(`/api/users/${throwawayAccount}`, { displayName: "矩阵测试（改）" }),
  },
  "POST /api/users/:id/reset-password": {
    expect: adminOnly,
    call: (c) => c.post(`/api/users/${throwawayAccount}/reset-password`),
  },
  "GET /api/bulletins": { expect: bulletinReaders, call: (c) => c.get("/api/bulletins") },
  "GET /api/bulletins/:month": {
    expect: bulletinReaders,
    call: (c) => c.get("/api/bulletins/2026-10"),
  },
  "GET /api/bulletins/:month.xlsx": {
    expect: bulletinReaders,
    call: (c) => c.get("/api/bulletins/2026-10.xlsx"),
  },
  "GET /api/bulletins/:month.docx": {
    expect: bulletinReaders,
    call: (c) => c.get("/api/bulletins/2026-10.docx"),
  },
  // 加权工作量, 本庭与全院对比, 分案: those who see a division or the court; a judge reads their own record.
  "GET /api/workload": { expect: { ...readers, judge: 403 }, call: (c) => c.get(`/api/workload?${PERIOD}`) },
  "GET /api/workload/weights": {
    expect: { ...readers, judge: 403 },
    call: (c) => c.get("/api/workload/weights"),
  },
  "POST /api/workload/weights": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => c.post("/api/workload/weights", DEFAULT_WORKLOAD_WEIGHTS),
  },
  "GET /api/workload/comparison": {
    // A chief compares their own division (the one asked here).
    expect: { ...readers, judge: 403 },
    call: (c) =>
      c.get(`/api/workload/comparison?${PERIOD}&division=${encodeURIComponent(who.chief?.division ?? "")}`),
  },
  "GET /api/judges/:name/record": {
    // The judge account's own record, in a division that is not the chief's.
    expect: judgesOwn,
    call: (c) =>
      c.get(
        `/api/judges/${encodeURIComponent(who.judge?.judgeName ?? "")}/record?${PERIOD}&division=${encodeURIComponent(who.judge?.division ?? "")}`,
      ),
  },
  "GET /api/cases/:id/assignment-suggestion": {
    expect: { ...readers, judge: 403 },
    call: async (c) => c.get(`/api/cases/${(await caseToAssign(false)).caseId}/assignment-suggestion`),
  },
  "GET /api/assignment-suggestions/cases": {
    expect: { ...readers, judge: 403 },
    call: (c) => c.get("/api/assignment-suggestions/cases"),
  },
  "GET /api/assignment-suggestions": {
    expect: { ...readers, judge: 403 },
    call: (c) => c.get("/api/assignment-suggestions"),
  },
  "POST /api/assignment-suggestions": {
    // A fresh undecided case of the chief's division each time: the office and the chief decide.
    expect: { ...adminOnly, office: 200, chief: 200 },
    call: async (c) =>
      c.post("/api/assignment-suggestions", { caseId: (await caseToAssign(true)).caseId, followed: true }),
  },
  // 报表归档: the whole court's readers and the chiefs list it; a chief does not download the whole
  // court's version (only their division's). 定时任务: the office and the administrator.
  "GET /api/report-archive": {
    expect: { ...bulletinReaders, chief: 200 },
    call: (c) => c.get("/api/report-archive?job=monthly-bulletin"),
  },
  "GET /api/report-archive/:id/download": {
    expect: bulletinReaders,
    call: async (c) => c.get(`/api/report-archive/${await archivedBulletin()}/download`),
  },
  "GET /api/jobs": { expect: { ...adminOnly, office: 200 }, call: (c) => c.get("/api/jobs") },
  "POST /api/jobs/:name/run": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => c.post("/api/jobs/monthly-bulletin/run", { period: "2026-10" }),
  },
  "GET /api/jobs/settings": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => c.get("/api/jobs/settings"),
  },
  "PUT /api/jobs/settings": {
    expect: { ...adminOnly, office: 200 },
    call: (c) =>
      c.put("/api/jobs/settings", { jobs: { "monthly-bulletin": { enabled: true, cron: "0 6 1 * *" } } }),
  },
  // 态势分析报告 and 质效通报: the whole court's for the office, the president and the administrator;
  // a chief gets their own division's version (no division given: theirs).
  "GET /api/reports/quarterly": {
    expect: { ...bulletinReaders, chief: 200 },
    call: (c) => c.get("/api/reports/quarterly?quarter=2026Q3&format=xlsx"),
  },
  "GET /api/reports/monthly": {
    expect: { ...bulletinReaders, chief: 200 },
    call: (c) => c.get("/api/reports/monthly?month=2026-10&format=xlsx"),
  },
  // 人员名册: read by those who see the court or a division, kept by the office and the administrator.
  "GET /api/people": { expect: { ...readers, judge: 403 }, call: (c) => c.get("/api/people") },
  "POST /api/people": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => {
      const n = ++staffAdded;
      return c.post("/api/people", {
        staffNo: `MX${n}`,
        name: `矩阵${n}`,
        division: "矩阵测试庭",
        positions: ["clerk"],
      });
    },
  },
  "PATCH /api/people/:id": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => c.patch(`/api/people/${throwawayStaff}`, { positions: ["assistant"] }),
  },
  // 考核: results and schemes read by whoever reads the indicators (within their scope); the
  // schemes written by the office and the administrator.
  "GET /api/assessment/schemes": { expect: readers, call: (c) => c.get("/api/assessment/schemes") },
  "GET /api/assessment/schemes/:id": { expect: readers, call: (c) => c.get("/api/assessment/schemes/1") },
  "POST /api/assessment/schemes": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => {
      const n = ++schemesAdded;
      return c.post("/api/assessment/schemes", {
        name: "矩阵考核办法",
        version: `MX${n}`,
        effectiveFrom: "2020-01-01",
        effectiveTo: "2020-12-31",
        items: [{ indicator: "mediation_rate", weight: 10, method: "relative" }],
      });
    },
  },
  "PATCH /api/assessment/schemes/:id": {
    expect: { ...adminOnly, office: 200 },
    call: async (c) => {
      // The seeded example, written back as it is.
      const s = (await (await clients.office?.get("/api/assessment/schemes/1"))?.json()) as Record<
        string,
        unknown
      >;
      return c.patch("/api/assessment/schemes/1", {
        name: s.name,
        version: s.version,
        effectiveFrom: s.effectiveFrom,
        effectiveTo: s.effectiveTo,
        items: s.items,
      });
    },
  },
  "GET /api/assessment/results": {
    expect: readers,
    call: (c) => c.get(`/api/assessment/results?${PERIOD}&by=judge`),
  },
  "GET /api/assessment/export": {
    expect: readers,
    call: (c) => c.get(`/api/assessment/export?${PERIOD}&by=judge`),
  },
  // 发改案件, 评析会, 类案裁判规则 (docs/reversals.md): read within one's scope; the office
  // classifies, convenes and drafts; the judge objects and writes the 自评 on their own case.
  "GET /api/reversals": { expect: readers, call: (c) => c.get("/api/reversals?from=2025-01-01") },
  "GET /api/reversals/statistics": {
    expect: readers,
    call: (c) => c.get("/api/reversals/statistics?by=judge"),
  },
  "GET /api/reversals/options": { expect: readers, call: (c) => c.get("/api/reversals/options") },
  "GET /api/reversals/:caseId": { expect: judgesOwn, call: (c) => c.get(`/api/reversals/${judgesReversal}`) },
  "POST /api/reversals/:caseId/classification": {
    // 新证据 cannot be 差错 (法发〔2015〕13号 第二十八条): the office is told why (400), nothing written.
    expect: { ...judgesOwn, admin: 400, office: 400, president: 403, judge: 403 },
    call: (c) =>
      c.post(`/api/reversals/${judgesReversal}/classification`, {
        reason: "新证据",
        responsibility: "差错",
        note: "矩阵测试的说明",
        version: 0,
      }),
  },
  "POST /api/reversals/:caseId/objection": {
    // Unclassified: nothing to object to, for anyone.
    expect: { ...judgesOwn, admin: 403, office: 403, president: 403, judge: 403 },
    call: (c) =>
      c.post(`/api/reversals/${judgesReversal}/objection`, {
        text: "矩阵测试的异议理由，十个字以上",
        version: 0,
      }),
  },
  "POST /api/reversals/:caseId/objection/decision": {
    expect: { ...judgesOwn, admin: 403, office: 403, president: 403, judge: 403 },
    call: (c) =>
      c.post(`/api/reversals/${judgesReversal}/objection/decision`, {
        decision: "不成立",
        decider: "审管办",
        reference: "矩阵测试",
        version: 0,
      }),
  },
  "GET /api/review-meetings": { expect: readers, call: (c) => c.get("/api/review-meetings") },
  "POST /api/review-meetings": {
    // A name too short: the office is told (400), nothing written.
    expect: { ...adminOnly, office: 400, admin: 400 },
    call: (c) =>
      c.post("/api/review-meetings", { title: "x", heldOn: "2026-11-20", caseIds: [judgesReversal] }),
  },
  "GET /api/review-meetings/:id": {
    expect: judgesOwn,
    call: (c) => c.get(`/api/review-meetings/${judgesReviewMeeting}`),
  },
  "PATCH /api/review-meetings/:id": {
    expect: { ...adminOnly, office: 409, admin: 409 },
    call: (c) =>
      c.patch(`/api/review-meetings/${judgesReviewMeeting}`, { problems: "矩阵测试", version: 99 }),
  },
  "POST /api/review-meetings/:id/entries/:caseId": {
    // 自评 is the judge's own; too short a text is refused (400) — nothing written.
    expect: { ...adminOnly, admin: 403, judge: 400 },
    call: (c) =>
      c.post(`/api/review-meetings/${judgesReviewMeeting}/entries/${judgesReversal}`, {
        part: "self",
        text: "短",
      }),
  },
  "GET /api/review-meetings/:id/minutes.docx": {
    expect: judgesOwn,
    call: (c) => c.get(`/api/review-meetings/${judgesReviewMeeting}/minutes.docx`),
  },
  "GET /api/case-rules": { expect: readers, call: (c) => c.get("/api/case-rules?status=adopted") },
  "GET /api/case-rules/for-case/:caseId": {
    expect: judgesOwn,
    call: (c) => c.get(`/api/case-rules/for-case/${judgesCase}`),
  },
  "POST /api/case-rules": {
    expect: { ...adminOnly, office: 400, admin: 400 },
    call: (c) => c.post("/api/case-rules", { title: "短", cause: "民间借贷纠纷", ruleText: "矩阵测试" }),
  },
  "PATCH /api/case-rules/:id": {
    expect: { ...adminOnly, office: 409, admin: 409 },
    call: (c) =>
      c.patch(`/api/case-rules/${draftRule}`, {
        title: "矩阵测试规则名称",
        cause: "民间借贷纠纷",
        ruleText: "矩阵测试规则内容，十个字以上",
        version: 99,
      }),
  },
  "POST /api/case-rules/:id/adopt": {
    expect: { ...adminOnly, office: 409, admin: 409 },
    call: (c) =>
      c.post(`/api/case-rules/${draftRule}/adopt`, {
        adoptedOn: "2026-11-20",
        reference: "矩阵测试",
        version: 99,
      }),
  },
  "POST /api/case-rules/:id/retire": {
    // A draft is not retired: nobody may.
    expect: { ...adminOnly, admin: 403 },
    call: (c) =>
      c.post(`/api/case-rules/${draftRule}/retire`, {
        retiredOn: "2026-11-20",
        note: "矩阵测试",
        version: 1,
      }),
  },
  "POST /api/people/import": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => {
      const form = new FormData();
      form.append(
        "file",
        new Blob(["工号,姓名,部门,职务\nMI1,矩阵导入,矩阵测试庭,书记员\n"], { type: "text/csv" }),
        "人员.csv",
      );
      return c.post("/api/people/import?dryRun=true", form);
    },
  },
  // 并案审理: readers see the groups with a case in their scope; a group that no longer exists is 404
  // to every reader (the permission is checked first); the office keeps the settings.
  "GET /api/batches": { expect: readers, call: (c) => c.get("/api/batches?asOf=2026-11-27") },
  "GET /api/batches/group": {
    expect: { ...readers, admin: 404, office: 404, president: 404, chief: 404, judge: 404 },
    call: (c) =>
      c.get(
        `/api/batches/group?key=${encodeURIComponent("plaintiff|矩阵测试公司|物业服务合同纠纷|2026-01-01")}`,
      ),
  },
  "POST /api/batches/proposals": {
    expect: { ...readers, admin: 404, office: 404, president: 404, chief: 404, judge: 404 },
    call: (c) =>
      c.post("/api/batches/proposals", {
        key: "plaintiff|矩阵测试公司|物业服务合同纠纷|2026-01-01",
        reason: "矩阵测试：同一原告系列案件",
      }),
  },
  "GET /api/batches/settings": { expect: readers, call: (c) => c.get("/api/batches/settings") },
  "POST /api/batches/settings": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => c.post("/api/batches/settings", { windowDays: 90 }),
  },
  "GET /api/triage-flow/transfers": {
    expect: readers,
    call: (c) => c.get("/api/triage-flow/transfers?lateOnly=false"),
  },
  "GET /api/triage-flow/transfers.xlsx": {
    expect: readers,
    call: (c) => c.get("/api/triage-flow/transfers.xlsx"),
  },
  "GET /api/triage-flow/stats": {
    expect: readers,
    call: (c) => c.get(`/api/triage-flow/stats?${PERIOD}&by=division`),
  },
  // 繁简分流: case readers see the suggestions and mismatches in their scope and the settings; the
  // office (and the administrator) changes the settings.
  "GET /api/triage/suggestions": {
    expect: readers,
    call: (c) => c.get("/api/triage/suggestions?pageSize=5"),
  },
  "GET /api/triage/suggestions/export": {
    expect: readers,
    call: (c) => c.get("/api/triage/suggestions/export"),
  },
  "GET /api/triage/mismatches": { expect: readers, call: (c) => c.get(`/api/triage/mismatches?${PERIOD}`) },
  "GET /api/triage/mismatches/export": {
    expect: readers,
    call: (c) => c.get(`/api/triage/mismatches/export?${PERIOD}`),
  },
  "GET /api/triage/settings": { expect: readers, call: (c) => c.get("/api/triage/settings") },
  "PUT /api/triage/settings": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => c.put("/api/triage/settings", TRIAGE_DEFAULTS),
  },
  "GET /api/triage/settings/history": { expect: readers, call: (c) => c.get("/api/triage/settings/history") },
  "GET /api/triage/causes": { expect: readers, call: (c) => c.get("/api/triage/causes") },
  // 民间借贷要素表 (docs/loan-interest.md): read and 试算 by whoever reads the case; saved by its judge.
  "GET /api/cases/:id/loan-form": {
    expect: judgesOwn,
    call: async (c) => c.get(`/api/cases/${await judgesLoanCase()}/loan-form`),
  },
  "PUT /api/cases/:id/loan-form": {
    // On a version nobody has: the judge is told someone saved meanwhile (409); nobody else may save.
    expect: { ...judgesOwn, admin: 403, office: 403, president: 403, judge: 409 },
    call: async (c) =>
      c.put(`/api/cases/${await judgesLoanCase()}/loan-form`, { form: LOAN_FORM, version: 99 }),
  },
  "POST /api/cases/:id/loan-form/compute": {
    expect: judgesOwn,
    call: async (c) =>
      c.post(`/api/cases/${await judgesLoanCase()}/loan-form/compute`, {
        form: LOAN_FORM,
        asOf: "2025-01-01",
      }),
  },
  "GET /api/cases/:id/loan-form/export": {
    expect: judgesOwn,
    call: async (c) => c.get(`/api/cases/${await judgesLoanCase()}/loan-form/export?asOf=2025-01-01`),
  },
  "GET /api/cases/:id/loan-form/paragraph.docx": {
    expect: judgesOwn,
    call: async (c) => c.get(`/api/cases/${await judgesLoanCase()}/loan-form/paragraph.docx?asOf=2025-01-01`),
  },
  // 判后释明与督促履行 (docs/aftercare.md): read within one's scope; the case's judge, its chief and
  // the office record. Writes send a date in the future: refused (400) for those allowed, nothing written.
  "GET /api/aftercare/explanations": {
    expect: readers,
    call: (c) => c.get(`/api/aftercare/explanations?${PERIOD}`),
  },
  "GET /api/aftercare/explanations.xlsx": {
    expect: readers,
    call: (c) => c.get(`/api/aftercare/explanations.xlsx?${PERIOD}&state=pending`),
  },
  "POST /api/aftercare/explanations/:caseId": {
    expect: { ...judgesOwn, admin: 400, office: 400, president: 403, judge: 400 },
    call: async (c) =>
      c.post(`/api/aftercare/explanations/${await judgesAftercare("explanations")}`, {
        explainedOn: "2099-01-01",
        way: "当庭",
        riskPoints: ["上诉期限及上诉费用"],
      }),
  },
  "GET /api/aftercare/performance": {
    expect: readers,
    call: (c) => c.get(`/api/aftercare/performance?${PERIOD}`),
  },
  "GET /api/aftercare/performance.xlsx": {
    expect: readers,
    call: (c) => c.get(`/api/aftercare/performance.xlsx?${PERIOD}&state=pending`),
  },
  "GET /api/aftercare/performance/:caseId": {
    expect: judgesOwn,
    call: async (c) => c.get(`/api/aftercare/performance/${await judgesAftercare("performance")}`),
  },
  "POST /api/aftercare/performance/:caseId/contacts": {
    expect: { ...judgesOwn, admin: 400, office: 400, president: 403, judge: 400 },
    call: async (c) =>
      c.post(`/api/aftercare/performance/${await judgesAftercare("performance")}/contacts`, {
        contactedOn: "2099-01-01",
        way: "电话",
        note: "矩阵测试",
      }),
  },
  "POST /api/aftercare/performance/:caseId/outcome": {
    expect: { ...judgesOwn, admin: 400, office: 400, president: 403, judge: 400 },
    call: async (c) =>
      c.post(`/api/aftercare/performance/${await judgesAftercare("performance")}/outcome`, {
        outcome: "全部履行",
        decidedOn: "2099-01-01",
      }),
  },
  "GET /api/aftercare/statistics": {
    expect: readers,
    call: (c) => c.get(`/api/aftercare/statistics?${PERIOD}&by=judge`),
  },
  "GET /api/aftercare/pending": { expect: readers, call: (c) => c.get("/api/aftercare/pending") },
  // 执行不能案件库 (docs/termination-library.md): read within one's scope; searches and 恢复执行
  // proposals by the entry's judge, their chief and the office (院领导 read). The entry asked here is
  // of another division than the chief's and the judge's; a date before the 终本 is refused (400)
  // to those allowed, so nothing is written.
  "GET /api/termination-library": { expect: readers, call: (c) => c.get("/api/termination-library") },
  "POST /api/termination-library/:caseId/searches": {
    expect: { ...adminOnly, admin: 400, office: 400 },
    call: async (c) =>
      c.post(`/api/termination-library/${await otherDivisionEntry(false)}/searches`, {
        searchedOn: "2000-01-01",
        result: "无财产",
      }),
  },
  "POST /api/termination-library/:caseId/proposal": {
    expect: { ...adminOnly, admin: 400, office: 400 },
    call: async (c) =>
      c.post(`/api/termination-library/${await otherDivisionEntry(true)}/proposal`, {
        proposedOn: "2000-01-01",
      }),
  },
  // 涉企与营商环境 (docs/business-environment.md): readers of the indicators; the office sets the 口径.
  "GET /api/business-environment/panel": {
    expect: readers,
    call: (c) => c.get(`/api/business-environment/panel?${PERIOD}`),
  },
  "GET /api/business-environment/pack": {
    expect: readers,
    call: (c) => c.get(`/api/business-environment/pack?${PERIOD}`),
  },
  "GET /api/business-environment/pack/download": {
    expect: readers,
    call: (c) => c.get(`/api/business-environment/pack/download?${PERIOD}&format=xlsx`),
  },
  "GET /api/business-environment/definitions": {
    expect: readers,
    call: (c) => c.get("/api/business-environment/definitions"),
  },
  "PUT /api/business-environment/definitions": {
    expect: { ...adminOnly, office: 200 },
    call: (c) => c.put("/api/business-environment/definitions", DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS),
  },
  // 诉前鉴定 register and 颗粒归仓 (docs/appraisals.md, docs/archiving.md): read within one's scope;
  // those who import the data enter and correct appraisals (a bad kind: 400 after the policy; an
  // unknown id: 404 after the policy).
  "GET /api/appraisals": { expect: readers, call: (c) => c.get("/api/appraisals?stage=诉中") },
  "POST /api/appraisals": {
    expect: { ...importers, admin: 400, office: 400, clerk: 400 },
    call: (c) =>
      c.post("/api/appraisals", {
        caseNumber: "（2025）内0602民诉前调1号",
        stage: "诉前",
        kind: "指纹",
        commissionedOn: "2025-03-03",
      }),
  },
  "PUT /api/appraisals/:id": {
    expect: { ...importers, admin: 404, office: 404, clerk: 404 },
    call: (c) =>
      c.put("/api/appraisals/999999", {
        caseNumber: "（2025）内0602民诉前调1号",
        stage: "诉前",
        kind: "伤残",
        commissionedOn: "2025-03-03",
        version: 1,
      }),
  },
  "GET /api/appraisals/comparison": { expect: readers, call: (c) => c.get("/api/appraisals/comparison") },
  "GET /api/appraisals/comparison/cases": {
    expect: readers,
    call: (c) =>
      c.get(
        `/api/appraisals/comparison/cases?quarter=2025Q1&kind=${encodeURIComponent("伤残")}&stage=${encodeURIComponent("诉前")}`,
      ),
  },
  "GET /api/archiving": { expect: readers, call: (c) => c.get(`/api/archiving?${PERIOD}`) },
  "GET /api/archiving/unarchived": { expect: readers, call: (c) => c.get("/api/archiving/unarchived") },
  "GET /api/archiving/unarchived.xlsx": {
    expect: readers,
    call: (c) => c.get("/api/archiving/unarchived.xlsx?overdueOnly=true"),
  },
  "GET /api/courts": { expect: everyone, call: (c) => c.get("/api/courts") },
};

describe("permission matrix", () => {
  beforeAll(async () => {
    const judge = who.judge?.judgeName as string;
    judgesCase = await anyCaseId((r) => r.judge === judge && r.division === who.judge?.division);
    const alerts = (await (
      await clients.office?.get("/api/alerts?pageSize=1000&family=time-limit")
    )?.json()) as {
      rows: { id: number; judge: string; division: string }[];
    };
    const mine = alerts.rows.find((r) => r.judge === judge && r.division === who.judge?.division);
    if (!mine) throw new Error("the judge account has no open alert in the demo court");
    judgesAlert = mine.id;
    const now = new Date().toISOString();
    const matter = await app.db.db
      .insertInto("matters")
      .values({
        kind: "supervision-order",
        state: "issued",
        version: 1,
        title: "矩阵测试",
        case_id: judgesCase,
        case_number: null,
        division: who.judge?.division ?? "",
        judge,
        initiator: logins.office?.username ?? "",
        data_json: "{}",
        opened_on: "2026-11-27",
        opened_at: now,
        closed_on: null,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    judgesMatter = Number(matter.id);
    await app.db.db
      .insertInto("matter_links")
      .values({ matter_id: judgesMatter, entity: "case", entity_id: judgesCase })
      .execute();
    // A closed first-instance case of the judge's, not reversed: it becomes one (改判) for the matrix.
    const first = await app.db.db
      .selectFrom("cases")
      .select("id")
      .where("judge", "=", judge)
      .where("division", "=", who.judge?.division ?? "")
      .where("instance", "=", "first")
      .where("closed_on", "is not", null)
      .where("appeal_outcome", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    judgesReversal = Number(first.id);
    await app.db.db
      .updateTable("cases")
      .set({ appeal_outcome: "改判", appeal_closed_on: "2026-06-01" })
      .where("id", "=", judgesReversal)
      .execute();
    const meeting = await clients.office?.post("/api/review-meetings", {
      title: "矩阵测试评析会",
      heldOn: "2026-11-20",
      caseIds: [judgesReversal],
    });
    expect(meeting?.status).toBe(200);
    judgesReviewMeeting = ((await (meeting as Response).json()) as { id: number }).id;
    const rule = await clients.office?.post("/api/case-rules", {
      title: "矩阵测试规则名称",
      cause: "民间借贷纠纷",
      ruleText: "矩阵测试规则内容，十个字以上",
    });
    expect(rule?.status).toBe(200);
    draftRule = ((await (rule as Response).json()) as { id: number }).id;
    const staff = await clients.office?.post("/api/people", {
      staffNo: "MX0",
      name: "矩阵目标",
      division: "矩阵测试庭",
      positions: ["clerk"],
    });
    throwawayStaff = ((await (staff as Response).json()) as { id: number }).id;
    const added = await clients.admin?.post("/api/users", { username: "matrix-target", role: "president" });
    throwawayAccount = ((await (added as Response).json()) as { account: { id: number } }).account.id;
  });

  it("covers every route of the API", () => {
    const registered = apiRoutes(app.server).map((r) => `${r.method} ${r.url}`);
    expect(Object.keys(MATRIX).sort()).toEqual([...new Set(registered)].sort());
  });

  for (const [route, row] of Object.entries(MATRIX)) {
    it(route, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const w of WHO) got[w] = (await row.call(await clientFor(w), w)).status;
      expect(got).toEqual(row.expect);
    });
  }

  it("public routes are exactly the sign-in and the demo accounts", () => {
    const open = apiRoutes(app.server)
      .filter((r) => r.access === "public")
      .map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual(["GET /api/auth/demo-accounts", "POST /api/auth/login"]);
  });

  it("a path spelled differently reaches the same route and needs the same session", async () => {
    for (const path of ["/%61pi/alerts/rules", "/api/alerts/rules?x=1", "/api//alerts/rules"]) {
      const res = await fetch(`${app.url}${path}`);
      expect([401, 404], path).toContain(res.status);
    }
  });
});

describe("scope", () => {
  it("a chief sees only their division, in figures, lists and exports", async () => {
    const division = who.chief?.division as string;
    const panel = (await (await clients.chief?.get(`/api/indicators?${PERIOD}&by=division`))?.json()) as {
      groups: { key: string }[];
    };
    expect(panel.groups.map((g) => g.key)).toEqual([division]);
    const list = (await (await clients.chief?.get("/api/cases?pageSize=1000"))?.json()) as {
      rows: { division: string }[];
    };
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.division === division)).toBe(true);
    const xlsx = await clients.chief?.get(
      `/api/indicators/drill/export?indicator=filed&part=numerator&${PERIOD}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (xlsx as Response).arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const divisions = new Set<string>();
    const column = ((ws?.getRow(2).values ?? []) as unknown[]).indexOf("承办部门");
    ws?.eachRow((row, n) => {
      if (n > 2) divisions.add(String(row.getCell(column).value));
    });
    expect([...divisions]).toEqual([division]);
    const alerts = (await (await clients.chief?.get("/api/alerts?pageSize=1000"))?.json()) as {
      rows: { division: string }[];
    };
    expect(alerts.rows.every((r) => r.division === division)).toBe(true);
  });

  it("a judge cannot open another judge's case (403, logged), but can open their own", async () => {
    const judge = who.judge?.judgeName as string;
    const other = await anyCaseId((r) => r.judge !== judge);
    const res = await clients.judge?.get(`/api/cases/${other}`);
    expect(res?.status).toBe(403);
    expect(((await (res as Response).json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const logged = await app.db.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "forbidden")
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    const own = await anyCaseId((r) => r.judge === judge);
    const mine = await clients.judge?.get(`/api/cases/${own}`);
    expect(mine?.status).toBe(200);
    const body = (await (mine as Response).json()) as {
      case: { judge: string };
      clock: { caseNumber: string };
      explanation: string[];
    };
    expect(body.case.judge).toBe(judge);
    expect(body.explanation.length).toBeGreaterThan(2);
  });

  it("a judge's drill-down and alerts are their own cases only", async () => {
    const judge = who.judge?.judgeName as string;
    const drill = (await (
      await clients.judge?.get(`/api/indicators/drill?indicator=filed&part=numerator&${PERIOD}&pageSize=1000`)
    )?.json()) as {
      total: number;
      rows: { judge: string }[];
    };
    expect(drill.total).toBeGreaterThan(0);
    expect(drill.rows.every((r) => r.judge === judge)).toBe(true);
  });
});

describe("writes", () => {
  it("acknowledging needs the CSRF token, and is limited to the scope", async () => {
    const list = (await (await clients.office?.get("/api/alerts?pageSize=200"))?.json()) as {
      rows: { id: number; judge: string; division: string }[];
    };
    const target = list.rows.find((r) => r.judge !== who.judge?.judgeName);
    expect(target).toBeDefined();
    if (!target) return;
    const noCsrf = await clients.office?.post(`/api/alerts/${target.id}/ack`, { note: "x" }, { csrf: false });
    expect(noCsrf?.status).toBe(403);
    expect(((await (noCsrf as Response).json()) as { error: { code: string } }).error.code).toBe("csrf");
    const byJudge = await clients.judge?.post(`/api/alerts/${target.id}/ack`, { note: "x" });
    expect(byJudge?.status).toBe(403);
    const byClerk = await clients.clerk?.post(`/api/alerts/${target.id}/ack`, { note: "x" });
    expect(byClerk?.status).toBe(403);
    const ok = await clients.office?.post(`/api/alerts/${target.id}/ack`, { note: "已电话督办" });
    expect(ok?.status).toBe(200);
    const body = (await (ok as Response).json()) as {
      alert: { state: string; note: string; acknowledgedBy: string };
    };
    expect(body.alert).toMatchObject({ state: "acknowledged", note: "已电话督办" });
  });

  it("limits failed sign-ins", async () => {
    const c = new ApiClient(app.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await c.login("demo-office", `wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("sets secure cookies and security headers", async () => {
    const res = await fetch(`${app.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: app.admin.username, password: app.admin.password }),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith("sg_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });

  it("serves the OpenAPI description", async () => {
    const res = await fetch(`${app.url}/api/docs/json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/indicators", "/api/alerts", "/api/cases/{id}"]),
    );
  });
});

const aftercareTasks: Partial<Record<"explanations" | "performance", number>> = {};

/** A pending 判后 task (释明 or 督促) of the judge account's own, found once through the office's list. */
async function judgesAftercare(kind: "explanations" | "performance"): Promise<number> {
  const known = aftercareTasks[kind];
  if (known) return known;
  const q = new URLSearchParams({
    division: who.judge?.division ?? "",
    judge: who.judge?.judgeName ?? "",
    state: "pending",
    pageSize: "1",
  });
  const res = await (clients.office as ApiClient).get(`/api/aftercare/${kind}?${q}`);
  const body = (await res.json()) as { rows: { caseId: number }[] };
  const id = body.rows[0]?.caseId;
  if (!id) throw new Error(`the judge account has no pending ${kind} task in the demo court`);
  aftercareTasks[kind] = id;
  return id;
}

/**
 * Several courts in one database: the demo court 内0602 and 200 cases of its sibling 内0603 (both
 * under 内06 鄂尔多斯市中级人民法院) imported beside it. Accounts of a court see that court only; the
 * 中院's office sees both; a chief of 民一庭 at 内0602 sees nothing of 民一庭 at 内0603.
 */
describe("courts: two sibling basic courts and their intermediate court", () => {
  let multi: TestApp;
  const c: Record<string, ApiClient> = {};
  const SIBLING_CASES = 200;
  /** Every demo court has this division (the generator's first civil division). */
  const CHIEF_DIVISION = "民事审判第一庭";
  const courtOf = (caseNumber: string) => /）([^\d]\d{2}(?:\d{2})?)/.exec(caseNumber)?.[1];

  beforeAll(async () => {
    multi = await startTestApp({ buildWeb: false, cases: 400, years: 1 });
    const { mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { generateDemoCourt } = await import("../../../src/demo/generate.js");
    const { writeDemoCsv } = await import("../../../src/demo/write.js");
    const { importCases } = await import("../../../src/app/imports/import-cases.js");
    const { systemActor } = await import("../../../src/app/shared/actor.js");
    const { createUserUnchecked } = await import("../../../src/app/users/create-user.js");
    const dir = await mkdtemp(join(tmpdir(), "shenguan-sibling-"));
    const year = Number(multi.today.slice(0, 4));
    await writeDemoCsv(
      dir,
      generateDemoCourt({
        fromYear: year,
        toYear: year,
        asOf: multi.today,
        seed: 7,
        court: "内0603",
        cases: SIBLING_CASES,
      }),
    );
    const report = await importCases(
      systemActor("test"),
      multi.db,
      [join(dir, "cases.csv"), join(dir, "events.csv")],
      {
        today: multi.today,
        demo: true,
      },
    );
    await rm(dir, { recursive: true, force: true });
    expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
    const password = "Courts-matrix-2026!";
    const accounts: [string, string, string, string | null][] = [
      ["office-0602", "office", "内0602", null],
      ["office-0603", "office", "内0603", null],
      ["office-06", "office", "内06", null],
      ["chief-0602", "chief", "内0602", CHIEF_DIVISION],
    ];
    for (const [username, role, court, division] of accounts) {
      await createUserUnchecked(multi.db, { username, role: role as never, court, division, password });
      const client = new ApiClient(multi.url);
      expect((await client.login(username, password)).status, username).toBe(200);
      c[username] = client;
    }
  }, 240_000);

  afterAll(async () => {
    await multi?.close();
  });

  async function caseRows(who: string): Promise<{ id: number; caseNumber: string; division: string }[]> {
    const res = await (c[who] as ApiClient).get("/api/cases?pageSize=1000&all=true");
    expect(res.status, who).toBe(200);
    return ((await res.json()) as { rows: { id: number; caseNumber: string; division: string }[] }).rows;
  }

  it("the importer entered the sibling court into the register; each account lists the courts it sees", async () => {
    const courts = async (who: string) =>
      (
        (await (await (c[who] as ApiClient).get("/api/courts")).json()) as {
          rows: { code: string; parentCode: string | null }[];
        }
      ).rows;
    expect((await courts("office-0603")).map((r) => r.code)).toEqual(["内0603"]);
    const mid = await courts("office-06");
    expect(mid.map((r) => r.code)).toEqual(["内06", "内0602", "内0603"]);
    expect(mid.find((r) => r.code === "内0603")?.parentCode).toBe("内06");
    const me = (await (await (c["office-0603"] as ApiClient).get("/api/auth/me")).json()) as {
      user: { court: string | null };
    };
    expect(me.user.court).toBe("内0603");
  });

  it("lists and counts each court's own cases only; the 中院 sees both", async () => {
    const a = await caseRows("office-0602");
    const b = await caseRows("office-0603");
    const mid = await caseRows("office-06");
    expect(a.length).toBeGreaterThan(0);
    expect(new Set(a.map((r) => courtOf(r.caseNumber)))).toEqual(new Set(["内0602"]));
    expect(new Set(b.map((r) => courtOf(r.caseNumber)))).toEqual(new Set(["内0603"]));
    // Every case the import wrote is 内0603's (the generator makes exactly SIBLING_CASES cases).
    expect(b.length).toBe(SIBLING_CASES);
    expect(mid.length).toBe(a.length + b.length);
    // The 中院's figures are the sum of its two courts' (收案 over the same period).
    const filed = async (who: string) => {
      const res = await (c[who] as ApiClient).get(`/api/indicators?${PERIOD}&by=all&ids=filed`);
      expect(res.status, who).toBe(200);
      const body = (await res.json()) as { groups: { indicators: { filed: { value: number } } }[] };
      return body.groups.reduce((n, g) => n + g.indicators.filed.value, 0);
    };
    const [fa, fb, fm] = [await filed("office-0602"), await filed("office-0603"), await filed("office-06")];
    expect(fb).toBeGreaterThan(0);
    expect(fm).toBe(fa + fb);
  });

  it("a case page of the sibling court is refused; the 中院 opens it", async () => {
    const other = (await caseRows("office-0603"))[0] as { id: number };
    expect((await (c["office-0602"] as ApiClient).get(`/api/cases/${other.id}`)).status).toBe(403);
    expect((await (c["office-0603"] as ApiClient).get(`/api/cases/${other.id}`)).status).toBe(200);
    expect((await (c["office-06"] as ApiClient).get(`/api/cases/${other.id}`)).status).toBe(200);
  });

  it("a chief of 民一庭 at 内0602 sees nothing of 民一庭 at 内0603", async () => {
    const mine = await caseRows("chief-0602");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => courtOf(r.caseNumber) === "内0602" && r.division === CHIEF_DIVISION)).toBe(true);
    const theirs = (await caseRows("office-0603")).find((r) => r.division === CHIEF_DIVISION);
    expect(theirs, "the sibling court has a 民一庭 case").toBeDefined();
    expect((await (c["chief-0602"] as ApiClient).get(`/api/cases/${theirs?.id}`)).status).toBe(403);
  });

  it("alerts and exports stay within the court", async () => {
    for (const [who, court] of [
      ["office-0602", "内0602"],
      ["office-0603", "内0603"],
    ] as const) {
      const res = await (c[who] as ApiClient).get("/api/alerts?pageSize=500");
      expect(res.status).toBe(200);
      const rows = ((await res.json()) as { rows: { caseNumber: string }[] }).rows;
      expect(rows.length, who).toBeGreaterThan(0);
      expect(rows.filter((r) => courtOf(r.caseNumber) !== court)).toEqual([]);
    }
    const mid = (
      (await (await (c["office-06"] as ApiClient).get("/api/alerts?pageSize=500")).json()) as {
        total: number;
      }
    ).total;
    const one = async (who: string) =>
      ((await (await (c[who] as ApiClient).get("/api/alerts?pageSize=1")).json()) as { total: number }).total;
    expect(mid).toBe((await one("office-0602")) + (await one("office-0603")));
    const exp = await (c["office-0603"] as ApiClient).get("/api/cases/export");
    expect(exp.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exp.arrayBuffer()) as never);
    const numbers: string[] = [];
    book.worksheets[0]?.eachRow((row) => {
      for (const v of row.values as unknown[])
        if (typeof v === "string" && /^（\d{4}）/.test(v)) numbers.push(v);
    });
    expect(numbers.length).toBe(SIBLING_CASES);
    expect(numbers.filter((n) => courtOf(n) !== "内0603")).toEqual([]);
  });

  it("meetings: each court lists, opens and runs its own; the 中院 reads both, runs and refers neither", async () => {
    const { readStaffRegister } = await import("../../../src/db/people/read-staff-register.js");
    const chair = (await readStaffRegister(multi.db)).find((s) => s.active && s.positions.includes("judge"));
    expect(chair, "the demo register has a judge").toBeDefined();
    const plan = async (who: string) => {
      const res = await (c[who] as ApiClient).post("/api/meetings", {
        kind: "judges",
        title: `${who}专业法官会议`,
        scheduledOn: "2026-12-01",
        startTime: "09:00",
        place: "第一会议室",
        chairStaffId: chair?.id,
        secretary: who,
      });
      expect(res.status, who).toBe(200);
      const body = (await res.json()) as { id: number; courtCode: string | null };
      return body;
    };
    const m2 = await plan("office-0602");
    const m3 = await plan("office-0603");
    expect([m2.courtCode, m3.courtCode]).toEqual(["内0602", "内0603"]);
    const listed = async (who: string) =>
      (
        (await (await (c[who] as ApiClient).get("/api/meetings?view=all")).json()) as {
          rows: { id: number; courtCode: string | null }[];
        }
      ).rows;
    const a = await listed("office-0602");
    const b = await listed("office-0603");
    const mid = await listed("office-06");
    expect(a.map((r) => r.id)).toContain(m2.id);
    expect(a.map((r) => r.id)).not.toContain(m3.id);
    expect(b.map((r) => r.id)).toContain(m3.id);
    expect(b.map((r) => r.id)).not.toContain(m2.id);
    // Each basic court sees its own and the court-less ones (the demo's, made before courts).
    expect(a.filter((r) => r.courtCode !== null && r.courtCode !== "内0602")).toEqual([]);
    expect(b.filter((r) => r.courtCode !== null && r.courtCode !== "内0603")).toEqual([]);
    expect(mid.map((r) => r.id)).toEqual(expect.arrayContaining([m2.id, m3.id]));
    // One meeting: the sibling is refused, the 中院 reads it but may not run it.
    const refused = await (c["office-0602"] as ApiClient).get(`/api/meetings/${m3.id}`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain("该会议不属于您所在法院");
    expect((await (c["office-0602"] as ApiClient).get(`/api/meetings/${m3.id}/minutes`)).status).toBe(403);
    expect((await (c["office-06"] as ApiClient).get(`/api/meetings/${m3.id}`)).status).toBe(200);
    expect(
      (await (c["office-06"] as ApiClient).post(`/api/meetings/${m3.id}/attendees`, { attendees: [] }))
        .status,
    ).toBe(403);
    // A 内0603 case: referred by its own court, not by the 中院; refused on a 内0602 meeting.
    const other = (await caseRows("office-0603"))[0] as { id: number; caseNumber: string };
    const materials = {
      meetingKind: "judges",
      summary: "案情摘要",
      issues: "争议焦点",
      panelOpinion: "合议庭意见",
    };
    const byMid = await (c["office-06"] as ApiClient).post(`/api/cases/${other.id}/meetings`, materials);
    expect(byMid.status).toBe(403);
    expect(JSON.stringify(await byMid.json())).toContain("不能提交本院的会议讨论");
    expect((await (c["office-0602"] as ApiClient).get(`/api/cases/${other.id}/meetings`)).status).toBe(403);
    const referred = await (c["office-0603"] as ApiClient).post(`/api/cases/${other.id}/meetings`, materials);
    expect(referred.status).toBe(200);
    const itemId = ((await referred.json()) as { id: number }).id;
    const wrong = await (c["office-0602"] as ApiClient).post(`/api/meetings/${m2.id}/items`, {
      matterId: itemId,
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain(
      "该案件属于鄂尔多斯康巴什区人民法院，不能提交鄂尔多斯市东胜区人民法院的会议讨论",
    );
    const right = await (c["office-0603"] as ApiClient).post(`/api/meetings/${m3.id}/items`, {
      matterId: itemId,
    });
    expect(right.status).toBe(200);
    // Items: the sibling's is not listed to 内0602; the 中院 lists it.
    const items = async (who: string) =>
      (
        (await (await (c[who] as ApiClient).get("/api/meeting-items?view=scheduled")).json()) as {
          rows: { matterId: number; caseNumber: string | null }[];
        }
      ).rows;
    expect((await items("office-0602")).filter((r) => courtOf(r.caseNumber ?? "") !== "内0602")).toEqual([]);
    expect((await items("office-0603")).map((r) => r.matterId)).toEqual([itemId]);
    expect((await items("office-06")).map((r) => r.matterId)).toContain(itemId);
  });

  it("类案裁判规则, 评析会 and the import history: each court its own; the 中院 reads both and keeps neither's", async () => {
    const db = multi.db.db;
    const as = (who: string) => c[who] as ApiClient;
    // A pending case of each court with its 案由 (类案指导), and a 内0603 case reversed on appeal.
    const pending = async (court: string) =>
      db
        .selectFrom("cases")
        .select(["id", "cause"])
        .where("court_code", "=", court)
        .where("instance", "=", "first")
        .where("closed_on", "is", null)
        .where("cause", "=", "民间借贷纠纷")
        .orderBy("id")
        .executeTakeFirstOrThrow();
    const pending3 = await pending("内0603");
    const reversed = await db
      .selectFrom("cases")
      .select(["id", "closed_on"])
      .where("court_code", "=", "内0603")
      .where("instance", "=", "first")
      .where("closed_on", "is not", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("cases")
      .set({ appealed: 1, appeal_outcome: "改判", appeal_closed_on: reversed.closed_on })
      .where("id", "=", reversed.id)
      .execute();

    // 类案裁判规则: each office writes its court's rule.
    const write = async (who: string) => {
      const res = await as(who).post("/api/case-rules", {
        title: `${who}民间借贷规则`,
        cause: "民间借贷纠纷",
        ruleText: "出借人仅凭借条主张大额现金交付的，应结合交付凭证等证据审查借贷事实。",
      });
      expect(res.status, who).toBe(200);
      return (await res.json()) as { id: number; courtCode: string | null; version: number };
    };
    const r2 = await write("office-0602");
    const r3 = await write("office-0603");
    expect([r2.courtCode, r3.courtCode]).toEqual(["内0602", "内0603"]);
    const rules = async (who: string) =>
      (
        (await (await as(who).get("/api/case-rules")).json()) as {
          rows: { id: number; courtCode: string | null }[];
        }
      ).rows;
    const a = await rules("office-0602");
    expect(a.map((r) => r.id)).toContain(r2.id);
    expect(a.filter((r) => r.courtCode !== null && r.courtCode !== "内0602")).toEqual([]);
    expect((await rules("office-0603")).map((r) => r.id)).not.toContain(r2.id);
    expect((await rules("office-06")).map((r) => r.id)).toEqual(expect.arrayContaining([r2.id, r3.id]));
    const change = {
      title: "康巴什民间借贷规则（修订）",
      cause: "民间借贷纠纷",
      ruleText: "出借人仅凭借条主张大额现金交付的，应结合交付凭证等证据审查借贷事实。",
      version: r3.version,
    };
    const sibling = await as("office-0602").patch(`/api/case-rules/${r3.id}`, change);
    expect(sibling.status).toBe(403);
    expect(JSON.stringify(await sibling.json())).toContain("该规则属于鄂尔多斯康巴什区人民法院");
    const adopt = { adoptedOn: multi.today, reference: "审委会2026年第3次会议", version: r3.version };
    const byMid = await as("office-06").post(`/api/case-rules/${r3.id}/adopt`, adopt);
    expect(byMid.status).toBe(403);
    expect(JSON.stringify(await byMid.json())).toContain("只能由该院审管办办理");
    const adopted = await as("office-0603").post(`/api/case-rules/${r3.id}/adopt`, adopt);
    expect(adopted.status).toBe(200);
    const retire = { retiredOn: multi.today, note: "矩阵测试", version: r3.version + 1 };
    expect((await as("office-06").post(`/api/case-rules/${r3.id}/retire`, retire)).status).toBe(403);
    expect((await as("office-0602").post(`/api/case-rules/${r3.id}/retire`, retire)).status).toBe(403);
    // A 内0603 case is guided by 内0603's rules (and those without a court), also on the 中院's screen.
    await as("office-0602").post(`/api/case-rules/${r2.id}/adopt`, { ...adopt, version: r2.version });
    const guided = async (who: string) =>
      (
        (await (await as(who).get(`/api/case-rules/for-case/${pending3.id}`)).json()) as {
          rules: { id: number; courtCode: string | null }[];
        }
      ).rules;
    const mid = await guided("office-06");
    expect(mid.map((r) => r.id)).toContain(r3.id);
    expect(mid.filter((r) => r.courtCode !== null && r.courtCode !== "内0603")).toEqual([]);
    expect((await as("office-0602").get(`/api/case-rules/for-case/${pending3.id}`)).status).toBe(403);

    // 评析会: the 内0603 entry goes on a 内0603 评析会 only.
    const form = { title: "发改案件评析会", heldOn: multi.today, caseIds: [reversed.id] };
    const wrong = await as("office-0602").post("/api/review-meetings", form);
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain(
      "属于鄂尔多斯康巴什区人民法院，不能列入鄂尔多斯市东胜区人民法院的评析会",
    );
    expect((await as("office-06").post("/api/review-meetings", form)).status).toBe(400);
    const made = await as("office-0603").post("/api/review-meetings", form);
    expect(made.status).toBe(200);
    const m3 = (await made.json()) as { id: number; version: number };
    const meetings = async (who: string) =>
      (
        (await (await as(who).get("/api/review-meetings")).json()) as {
          rows: { id: number; canEdit: boolean; entries: { caseNumber: string }[] }[];
        }
      ).rows;
    const listed2 = await meetings("office-0602");
    expect(listed2.map((m) => m.id)).not.toContain(m3.id);
    expect(listed2.flatMap((m) => m.entries).filter((e) => courtOf(e.caseNumber) !== "内0602")).toEqual([]);
    expect((await meetings("office-0603")).find((m) => m.id === m3.id)?.canEdit).toBe(true);
    expect((await meetings("office-06")).find((m) => m.id === m3.id)?.canEdit).toBe(false);
    expect((await as("office-0602").get(`/api/review-meetings/${m3.id}`)).status).toBe(403);
    expect((await as("office-0602").get(`/api/review-meetings/${m3.id}/minutes.docx`)).status).toBe(403);
    expect((await as("office-06").get(`/api/review-meetings/${m3.id}`)).status).toBe(200);
    expect(
      (
        await as("office-06").patch(`/api/review-meetings/${m3.id}`, {
          problems: "共性问题",
          version: m3.version,
        })
      ).status,
    ).toBe(403);
    const leader = { part: "leader", text: "民间借贷案件的交付事实应统一审查尺度。" };
    const noted = await as("office-06").post(`/api/review-meetings/${m3.id}/entries/${reversed.id}`, leader);
    expect(noted.status).toBe(403);
    expect(
      (await as("office-0603").post(`/api/review-meetings/${m3.id}/entries/${reversed.id}`, leader)).status,
    ).toBe(200);

    // The import history: an import takes its account's court.
    const { mkdtemp, rm, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { importCases } = await import("../../../src/app/imports/import-cases.js");
    const dir = await mkdtemp(join(tmpdir(), "shenguan-import-court-"));
    const file = join(dir, "cases.csv");
    await writeFile(
      file,
      "案号,案由,立案日期,审理程序,承办部门,承办人\n（2026）内0603民初99999号,民间借贷纠纷,2026-11-01,普通程序,民事审判第一庭,王法官\n",
    );
    for (const [who, court] of [
      ["office-0602", "内0602"],
      ["office-0603", "内0603"],
    ] as const)
      await importCases({ username: who, role: "office", court, courts: [court] }, multi.db, [file], {
        today: multi.today,
        dryRun: true,
      });
    await rm(dir, { recursive: true, force: true });
    const history = async (who: string) =>
      (
        (await (await as(who).get("/api/imports?pageSize=100")).json()) as { rows: { userName: string }[] }
      ).rows.map((r) => r.userName);
    const h2 = await history("office-0602");
    expect(h2).toContain("office-0602");
    expect(h2).not.toContain("office-0603");
    expect(await history("office-0603")).not.toContain("office-0602");
    expect(await history("office-06")).toEqual(expect.arrayContaining(["office-0602", "office-0603"]));
  });

  it("评查 and 庭审观摩: each court lists, opens and runs its own; the 中院 reads both, draws and runs neither", async () => {
    const { createUserUnchecked } = await import("../../../src/app/users/create-user.js");
    // A reviewer of each court (the same name in the same division of both courts).
    for (const court of ["0602", "0603"])
      await createUserUnchecked(multi.db, {
        username: `reviewer-${court}`,
        role: "judge",
        court: `内${court}`,
        division: CHIEF_DIVISION,
        judgeName: "评查员",
        password: "Courts-matrix-2026!",
      });
    // The month with the most cases closed in both courts: a plan draws every case of it (size 1000),
    // so a draw that did not keep to its court would take the sibling's too.
    const closed = await multi.db.db
      .selectFrom("cases")
      .select(["court_code", "closed_on"])
      .where("closed_on", "is not", null)
      .execute();
    const per = new Map<string, { a: number; b: number }>();
    for (const r of closed) {
      const m = per.get(String(r.closed_on).slice(0, 7)) ?? { a: 0, b: 0 };
      if (r.court_code === "内0602") m.a++;
      if (r.court_code === "内0603") m.b++;
      per.set(String(r.closed_on).slice(0, 7), m);
    }
    const [month] = [...per].sort((x, y) => Math.min(y[1].a, y[1].b) - Math.min(x[1].a, x[1].b))[0] ?? [""];
    const plan = async (who: string, reviewer: string) => {
      const res = await (c[who] as ApiClient).post("/api/review/plans", {
        kind: "routine",
        title: `${who}常规评查`,
        month,
        allocation: "simple",
        size: 1000,
        reviewers: [reviewer],
      });
      expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
      return ((await res.json()) as { id: number }).id;
    };
    const wrong = await (c["office-0602"] as ApiClient).post("/api/review/plans", {
      kind: "routine",
      title: "跨院评查",
      month,
      size: 5,
      reviewers: ["reviewer-0603"],
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain(
      "评查人账号“reviewer-0603”属于鄂尔多斯康巴什区人民法院，不能担任鄂尔多斯市东胜区人民法院评查计划的评查人",
    );
    const p2 = await plan("office-0602", "reviewer-0602");
    const p3 = await plan("office-0603", "reviewer-0603");
    const listed = async (who: string) =>
      (
        (await (await (c[who] as ApiClient).get("/api/review/plans")).json()) as {
          id: number;
          courtCode: string | null;
        }[]
      ).map((r) => r.id);
    expect(await listed("office-0602")).toContain(p2);
    expect(await listed("office-0602")).not.toContain(p3);
    expect(await listed("office-0603")).not.toContain(p2);
    expect(await listed("office-06")).toEqual(expect.arrayContaining([p2, p3]));
    // The draw: the 中院 may not draw a basic court's plan; each court draws its own cases only.
    const midDraw = await (c["office-06"] as ApiClient).post(`/api/review/plans/${p3}/draw`, {});
    expect(midDraw.status).toBe(403);
    expect(JSON.stringify(await midDraw.json())).toContain(
      "该评查计划属于鄂尔多斯康巴什区人民法院，只能由该院审管办办理",
    );
    for (const [who, id, court] of [
      ["office-0602", p2, "内0602"],
      ["office-0603", p3, "内0603"],
    ] as const) {
      expect((await (c[who] as ApiClient).post(`/api/review/plans/${id}/draw`, {})).status, who).toBe(200);
      // Read by the 中院, which sees both courts' cases: every case drawn is of the plan's court.
      const detail = (await (await (c["office-06"] as ApiClient).get(`/api/review/plans/${id}`)).json()) as {
        cases: { caseNumber: string }[];
      };
      expect(detail.cases.length, who).toBeGreaterThan(0);
      expect(detail.cases.filter((x) => courtOf(x.caseNumber) !== court)).toEqual([]);
    }
    // One plan: the sibling is refused (and its bulletin), the 中院 reads it and is offered nothing.
    const refused = await (c["office-0602"] as ApiClient).get(`/api/review/plans/${p3}`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain("该评查计划不属于您所在法院");
    const bulletin = await (c["office-0602"] as ApiClient).get(`/api/review/plans/${p3}/bulletin.docx`);
    expect(bulletin.status).toBe(403);
    const mid = await (c["office-06"] as ApiClient).get(`/api/review/plans/${p3}`);
    expect(mid.status).toBe(200);
    expect(((await mid.json()) as { plan: { actions: string[] } }).plan.actions).toEqual([]);
    // 庭审观摩: a round of 内0602 with a 内0602 hearing; 内0603 neither lists nor opens it.
    const own = (await caseRows("office-0602"))[0] as { caseNumber: string };
    const round = await (c["office-0602"] as ApiClient).post("/api/observations", {
      title: "东胜庭审观摩",
      quarter: `${multi.today.slice(0, 4)}-1`,
      members: ["reviewer-0602"],
      hearings: [{ caseNumber: own.caseNumber, heldOn: multi.today, courtroom: "第一法庭" }],
    });
    expect(round.status).toBe(200);
    const r2 = ((await round.json()) as { id: number }).id;
    const rounds = async (who: string) =>
      ((await (await (c[who] as ApiClient).get("/api/observations")).json()) as { id: number }[]).map(
        (r) => r.id,
      );
    expect(await rounds("office-0603")).not.toContain(r2);
    expect(await rounds("office-06")).toContain(r2);
    expect((await (c["office-0603"] as ApiClient).get(`/api/observations/${r2}`)).status).toBe(403);
    const midRound = await (c["office-06"] as ApiClient).get(`/api/observations/${r2}`);
    expect(midRound.status).toBe(200);
    expect(((await midRound.json()) as { canManage: boolean }).canManage).toBe(false);
    const propose = await (c["office-06"] as ApiClient).post(`/api/observations/${r2}/propose`, {});
    expect(propose.status).toBe(403);
  });

  it("an administrator sets an account's court, checked against the register's shape", async () => {
    const admin = new ApiClient(multi.url);
    await admin.login(multi.admin.username, multi.admin.password);
    const bad = await admin.post("/api/users", { username: "court-bad", role: "office", court: "X12" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("不是有效的法院代字");
    const ok = await admin.post("/api/users", { username: "court-ok", role: "office", court: "内0603" });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { account: { court: string } }).account.court).toBe("内0603");
  });
});
