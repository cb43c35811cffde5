/**
 * 专业法官会议 and 审委会 in a real browser, on the demo court: the office refers a supervised case
 * to the 专业法官会议 (the 四类 measure on its matter page), which opens a 上会事项; on the meeting's
 * page the secretary records the opinions in speaking order and the majority view; the judge records
 * on the item's page that the panel does not adopt it; the chief sends it on to the 审委会; there a
 * decision without a quorum is refused (the message cites the law), with a quorum it is recorded and
 * shows in the case's trace; the minutes download and open (word/document.xml holds the decision).
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/app.js";
import {
  account,
  type E2E,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface SupervisedRow {
  matterId: number;
  version: number;
  caseId: number | null;
  division: string;
  judge: string;
}
interface Staff {
  id: number;
  name: string;
  division: string;
  positions: string[];
  committeeMember: boolean;
  active: boolean;
}
interface MeetingBody {
  id: number;
  speakingOrder: { staffId: number; name: string }[];
  attendees: { staffId: number; role: string; present: boolean }[];
}

let e2e: E2E;
let office: Session;
let officeApi: ApiClient;

async function api(username: string): Promise<ApiClient> {
  const c = new ApiClient(e2e.app.url);
  const a = account(e2e.app, username);
  expect((await c.login(a.username, a.password)).status).toBe(200);
  return c;
}

async function json<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** The text of the toast messages on screen. */
async function messages(page: Page): Promise<string> {
  return (await page.locator(".ant-message").allTextContents()).join(" ");
}

async function pickStance(page: Page, name: string, label: string): Promise<void> {
  await page.getByTestId(`opinion-stance-${name}`).click();
  // The list opens inside the speaker's own cell (AgendaItemCard), so no other row's list is hit.
  await page.getByTestId(`opinion-cell-${name}`).locator(`.ant-select-item-option[title="${label}"]`).click();
  await expect.poll(() => page.getByTestId(`opinion-stance-${name}`).textContent()).toContain(label);
}

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
  officeApi = await api("demo-office");
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe("会议", () => {
  let target: SupervisedRow;
  let itemId = 0;
  let committeeItemId = 0;
  let committeeMeeting = 0;
  let staff: Staff[] = [];

  it("the office refers a supervised case to the 专业法官会议 from its matter page", async () => {
    // A supervised case whose judge has a demo account (the judge answers below); if none, the office
    // marks and confirms a pending case of a demo judge.
    const list = await json<{ rows: SupervisedRow[] }>(
      officeApi.get("/api/supervision/cases?tab=supervised&pageSize=1000"),
    );
    const judges = e2e.app.accounts.filter((a) => a.role === "judge");
    let row = list.rows.find((r) => judges.some((a) => a.judgeName === r.judge && a.division === r.division));
    if (!row) {
      const a = judges[0] as { judgeName: string; division: string };
      const q = new URLSearchParams({
        status: "pending",
        judge: a.judgeName,
        division: a.division,
        pageSize: "50",
      });
      const cases = await json<{ rows: { id: number }[] }>(officeApi.get(`/api/cases?${q}`));
      for (const c of cases.rows) {
        const res = await officeApi.post(`/api/cases/${c.id}/supervision`, {
          category: 1,
          note: "本案涉及新类型法律适用问题，提请甄别",
        });
        if (res.status !== 200) continue;
        const m = (await res.json()) as { id: number; version: number };
        const confirmed = await json<{ id: number; version: number }>(
          officeApi.post(`/api/matters/${m.id}/act`, {
            action: "confirm",
            version: m.version,
            input: { note: "经审查符合四类案件情形，确认纳入监管" },
          }),
        );
        row = {
          matterId: confirmed.id,
          version: confirmed.version,
          caseId: c.id,
          division: a.division,
          judge: a.judgeName,
        };
        break;
      }
    }
    expect(row).toBeDefined();
    target = row as SupervisedRow;
    const { page, errors } = office;
    await page.goto(`/matters/${target.matterId}`);
    await page.getByTestId("act-judges-meeting").click();
    await page.getByTestId("field-note").fill("本案法律适用存在分歧，提交专业法官会议讨论");
    await page.getByTestId("act-submit").click();
    await expect
      .poll(async () => {
        const h = await json<{
          rows: { matterId: number; meetingKind: string; state: string; source: string }[];
        }>(officeApi.get(`/api/cases/${target.caseId}/meetings`));
        return h.rows.filter(
          (r) => r.meetingKind === "judges" && r.state === "waiting" && r.source === "四类案件监管",
        ).length;
      })
      .toBe(1);
    const h = await json<{ rows: { matterId: number; meetingKind: string; state: string }[] }>(
      officeApi.get(`/api/cases/${target.caseId}/meetings`),
    );
    itemId = h.rows.find((r) => r.meetingKind === "judges" && r.state === "waiting")?.matterId as number;
    expect(errors).toEqual([]);
  });

  it("the secretary records opinions in speaking order and the majority view on the meeting's page", async () => {
    staff = (await json<{ rows: Staff[] }>(officeApi.get("/api/people?pageSize=500&active=true"))).rows;
    const chair = staff.find((s) => s.division === target.division && s.positions.includes("chief")) as Staff;
    const others = staff
      .filter((s) => s.id !== chair.id && s.positions.includes("judge") && !s.positions.includes("chief"))
      .slice(0, 2);
    const m = await json<MeetingBody>(
      officeApi.post("/api/meetings", {
        kind: "judges",
        title: "专业法官会议（浏览器测试）",
        scheduledOn: "2026-11-30",
        startTime: "09:30",
        place: "第二会议室",
        chairStaffId: chair.id,
        secretary: "demo-office",
      }),
    );
    await json(
      officeApi.post(`/api/meetings/${m.id}/attendees`, {
        attendees: [chair, ...others].map((s) => ({ staffId: s.id, role: "member", present: true })),
      }),
    );
    const v = await json<MeetingBody>(officeApi.post(`/api/meetings/${m.id}/items`, { matterId: itemId }));
    const order = v.speakingOrder.map((s) => s.name);
    expect(order.at(-1)).toBe(chair.name);
    const { page, errors } = office;
    await page.goto(`/meetings/${m.id}`);
    await page.getByTestId("agenda-item-0").waitFor();
    // The chair's opinion alone (out of order): refused, naming the rule.
    await pickStance(page, chair.name, "同意合议庭意见");
    await page.getByTestId("save-opinions").click();
    await expect.poll(() => messages(page)).toContain("主持人最后发表意见");
    // In order: the two judges disagree, the chair agrees — majority 不同意 (2 of 3).
    for (const name of order.slice(0, -1)) {
      await pickStance(page, name, "不同意合议庭意见");
      await page.getByTestId(`opinion-text-${name}`).fill("应当由实际施工人承担责任");
    }
    await page.getByTestId("save-opinions").click();
    await expect
      .poll(
        async () =>
          (await json<{ agenda: { opinions: unknown[] }[] }>(officeApi.get(`/api/meetings/${m.id}`)))
            .agenda[0]?.opinions.length,
      )
      .toBe(3);
    await page.getByTestId("record-result").click();
    await expect
      .poll(() => textOf(page, "agenda-item-result"))
      .toContain("多数意见：不同意合议庭意见（2/3 人）");
    await screenshot(page, "60-meeting-judges");
    expect(errors).toEqual([]);
  });

  it("the judge records that the panel does not adopt; the chief sends the item on to the 审委会", async () => {
    const judgeAccount = e2e.app.accounts.find(
      (a) => a.role === "judge" && a.judgeName === target.judge && a.division === target.division,
    );
    const judge = await openSession(e2e);
    await signIn(judge.page, e2e, judgeAccount?.username as string);
    await judge.page.goto(`/matters/${itemId}`);
    await judge.page.getByTestId("act-not-adopt").click();
    await judge.page.getByTestId("field-note").fill("合议庭复议后认为原意见更符合立法本意，不采纳多数意见");
    await judge.page.getByTestId("act-submit").click();
    await expect.poll(() => textOf(judge.page, "matter-state")).toBe("合议庭不采纳多数意见");
    expect(judge.errors).toEqual([]);
    await judge.context.close();

    const chiefAccount = e2e.app.accounts.find((a) => a.role === "chief" && a.division === target.division);
    const chief = await openSession(e2e);
    await signIn(chief.page, e2e, chiefAccount?.username as string);
    await chief.page.goto(`/matters/${itemId}`);
    await chief.page.getByTestId("act-refer-committee").click();
    await chief.page.getByTestId("field-note").fill("合议庭不采纳专业法官会议多数意见，移送审委会讨论");
    await chief.page.getByTestId("act-submit").click();
    await expect.poll(() => textOf(chief.page, "matter-state")).toBe("已移送审委会");
    expect(chief.errors).toEqual([]);
    await chief.context.close();
    const h = await json<{ rows: { matterId: number; meetingKind: string; state: string }[] }>(
      officeApi.get(`/api/cases/${target.caseId}/meetings`),
    );
    committeeItemId = h.rows.find((r) => r.meetingKind === "committee" && r.state === "waiting")
      ?.matterId as number;
    expect(committeeItemId).toBeGreaterThan(0);
  });

  it("审委会: without a quorum the decision is refused; with one it is recorded and in the case's trace", async () => {
    const president = staff.find((s) => s.positions.includes("president")) as Staff;
    const m = await json<MeetingBody>(
      officeApi.post("/api/meetings", {
        kind: "committee",
        title: "审判委员会（浏览器测试）",
        scheduledOn: "2026-11-30",
        startTime: "15:00",
        place: "审判委员会会议室",
        chairStaffId: president.id,
        secretary: "demo-office",
      }),
    );
    committeeMeeting = m.id;
    const members = m.attendees.map((a) => a.staffId);
    // Only the chair and one member present: far below more than half of all members.
    const attend = (present: (id: number, i: number) => boolean) =>
      json<MeetingBody>(
        officeApi.post(`/api/meetings/${m.id}/attendees`, {
          attendees: members.map((id, i) => ({ staffId: id, role: "member", present: present(id, i) })),
        }),
      );
    const second = members.find((id) => id !== president.id) as number;
    let v = await attend((id) => id === president.id || id === second);
    await json(officeApi.post(`/api/meetings/${m.id}/items`, { matterId: committeeItemId }));
    await json(
      officeApi.post(`/api/meetings/${m.id}/items/${committeeItemId}/opinions`, {
        opinions: v.speakingOrder.map((s) => ({
          staffId: s.staffId,
          stance: "disagree",
          opinion: "应当由实际施工人承担责任",
        })),
      }),
    );
    const { page, errors } = office;
    await page.goto(`/meetings/${m.id}`);
    await expect.poll(() => textOf(page, "meeting-quorum")).toContain("未达到");
    await page.getByTestId("decision-text").fill("由实际施工人承担支付责任");
    await page.getByTestId("record-result").click();
    await expect.poll(() => messages(page)).toContain("出席委员未过半数");
    await expect.poll(() => messages(page)).toContain("《人民法院组织法》第三十八条");
    await screenshot(page, "61-meeting-committee-no-quorum");
    // Everyone present: a quorum; every member disagrees with the panel — more than half of all.
    v = await attend(() => true);
    await json(
      officeApi.post(`/api/meetings/${m.id}/items/${committeeItemId}/opinions`, {
        opinions: v.speakingOrder.map((s) => ({
          staffId: s.staffId,
          stance: "disagree",
          opinion: "应当由实际施工人承担责任",
        })),
      }),
    );
    await page.reload();
    await expect.poll(() => textOf(page, "meeting-quorum")).toContain("已达到");
    await page.getByTestId("decision-text").fill("由实际施工人承担支付责任");
    await page.getByTestId("record-result").click();
    await expect.poll(() => textOf(page, "agenda-item-result")).toContain("由实际施工人承担支付责任");
    // The case page: the decision is the last step of the committee item's trace.
    await page.goto(`/cases/${target.caseId}`);
    const trace = page.getByTestId(`case-matter-trace-${committeeItemId}`);
    await expect
      .poll(async () =>
        (await trace.getByTestId("trace-label").allTextContents()).map((t) => t.trim()).at(-1),
      )
      .toBe("记录审委会决定");
    await page.getByTestId("case-meetings").waitFor();
    expect(errors).toEqual([]);
  });

  it("the minutes download and open: the decision and the votes are in word/document.xml", async () => {
    const { page } = office;
    await page.goto(`/meetings/${committeeMeeting}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("meeting-minutes").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/审判委员会会议纪要-\d+\.docx$/);
    const path = await download.path();
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join("");
    expect(text).toContain("审判委员会会议纪要");
    expect(text).toContain("审委会决定：由实际施工人承担支付责任");
    expect(text).toContain("应当由实际施工人承担责任");
  });
});
