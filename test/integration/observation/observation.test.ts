/**
 * 庭审观摩评比 on SQLite and PostgreSQL: a round of three hearings scored by five members of the
 * 考评小组 (the highest and lowest totals dropped), one scored by four (plain mean), the ranking,
 * the 座谈会 record, two 示范庭 proposed (setting) and one confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confirmDemonstrationHearing,
  createObservationPlan,
  getObservationPlan,
  proposeDemonstrationHearings,
  recordMeeting,
  scoreHearing,
} from "../../../src/app/observation/observation-plans.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import { insertUser } from "../../../src/db/users/users.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const office: Actor = { username: "analyst", role: "office" };
const members: Actor[] = ["m1", "m2", "m3", "m4", "m5"].map((u) => ({ username: u, role: "president" }));
const outsider: Actor = { username: "judge1", role: "judge", division: "民一庭", judgeName: "张三" };
const TODAY = "2026-11-20";

/** Item scores that add up to `total` (prep 15, control 30, procedure 25, language 15, documents 15). */
function sheet(total: number): Record<string, number> {
  const missing = 100 - total;
  // take the points off 庭审驾驭 (worth 30), then off 程序规范 (25)
  const control = Math.max(0, 30 - missing);
  return { prep: 15, control, procedure: 25 - (missing - (30 - control)), language: 15, documents: 15 };
}

for (const dialect of TEST_DIALECTS) {
  describe(`庭审观摩 on ${dialect}`, () => {
    let db: TestDb;
    let planId = 0;
    beforeAll(async () => {
      db = await freshDb(dialect);
      for (const a of [office, ...members, outsider])
        await insertUser(db, {
          username: a.username,
          display_name: a.username,
          password_hash: "x",
          role: a.role,
          division: a.division ?? null,
          judge_name: a.judgeName ?? null,
          is_demo: 0,
          disabled: 0,
          must_change_password: 0,
          created_at: "2026-01-01T00:00:00Z",
        });
      await writeSetting(
        db,
        "review_settings",
        JSON.stringify({ demonstrationCount: 2 }),
        "2026-01-01T00:00:00Z",
      );
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("the office makes a round; a hearing without data needs its division and judge", async () => {
      await expect(
        createObservationPlan(office, db, {
          title: "第四季度庭审观摩",
          quarter: "2026-4",
          members: members.map((m) => m.username),
          hearings: [{ caseNumber: "（2026）内0602民初1号", heldOn: "2026-11-10", courtroom: "第一法庭" }],
        }),
      ).rejects.toThrow("第 1 场庭审：案号“（2026）内0602民初1号”不在本院案件数据中，请填写承办部门和承办人");
      await expect(
        createObservationPlan(outsider, db, { title: "x", quarter: "2026-4", members: [], hearings: [] }),
      ).rejects.toMatchObject({ status: 403 });
      planId = (
        await createObservationPlan(office, db, {
          title: "第四季度庭审观摩",
          quarter: "2026-4",
          members: members.map((m) => m.username),
          hearings: [
            {
              caseNumber: "（2026）内0602民初1号",
              heldOn: "2026-11-10",
              courtroom: "第一法庭",
              division: "民一庭",
              judge: "张三",
            },
            {
              caseNumber: "（2026）内0602刑初2号",
              heldOn: "2026-11-11",
              courtroom: "第二法庭",
              division: "刑事审判庭",
              judge: "李四",
            },
            {
              caseNumber: "（2026）内0602民初3号",
              heldOn: "2026-11-12",
              courtroom: "第一法庭",
              division: "民二庭",
              judge: "王五",
            },
          ],
        })
      ).id;
    });

    it("scores by members only, trimmed mean from five scorers, plain mean below", async () => {
      const view = await getObservationPlan(office, db, planId);
      const [h1, h2, h3] = [...view.hearings].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
      await expect(scoreHearing(outsider, db, h1!.id, sheet(90), TODAY)).rejects.toMatchObject({
        status: 403,
      });
      await expect(scoreHearing(members[0]!, db, h1!.id, { ...sheet(90), prep: 16 }, TODAY)).rejects.toThrow(
        "“庭前准备”的得分应为 0 至 15 分",
      );
      // h1: 80, 99, 60, 85, 90 → drop 60 and 99 → (80 + 85 + 90) / 3 = 85
      const t1 = [80, 99, 60, 85, 90];
      // h2: 88, 88, 88, 88, 89 → drop one 88 and 89 → 88
      const t2 = [88, 88, 88, 88, 89];
      // h3: four scorers 90, 92, 94, 96 → (90 + 92 + 94 + 96) / 4 = 93
      const t3 = [90, 92, 94, 96];
      for (let i = 0; i < 5; i++) {
        await scoreHearing(members[i]!, db, h1!.id, sheet(t1[i]!), TODAY);
        await scoreHearing(members[i]!, db, h2!.id, sheet(t2[i]!), TODAY);
        if (i < 4) await scoreHearing(members[i]!, db, h3!.id, sheet(t3[i]!), TODAY);
      }
      // Scoring again replaces the member's earlier score.
      await scoreHearing(members[0]!, db, h2!.id, sheet(88), TODAY);
      const after = await getObservationPlan(members[0]!, db, planId);
      expect(after.hearings.map((h) => [h.caseNumber, h.rank, h.score, h.scorers, h.trimmed])).toEqual([
        ["（2026）内0602民初3号", 1, 93, 4, false],
        ["（2026）内0602刑初2号", 2, 88, 5, true],
        ["（2026）内0602民初1号", 3, 85, 5, true],
      ]);
      expect(after.hearings[0]?.myScores).toEqual(sheet(90));
    });

    it("座谈会 record, 示范庭 proposed (top 2) and confirmed by the office", async () => {
      await expect(
        recordMeeting(office, db, planId, {
          heldOn: "2026-11-20",
          reflections: "短",
          problems: "x",
          suggestions: "y",
        }),
      ).rejects.toThrow("承办法官心得应为 5 至 5000 字");
      await recordMeeting(office, db, planId, {
        heldOn: "2026-11-20",
        reflections: "庭前会议准备充分，争点归纳清楚",
        problems: "个别环节释明不够，法言法语不够规范",
        suggestions: "加强庭审驾驭能力培训，统一庭审用语",
      });
      const proposed = await proposeDemonstrationHearings(office, db, planId);
      expect(proposed).toHaveLength(2);
      const view = await getObservationPlan(office, db, planId);
      expect(view.meeting?.problems).toBe("个别环节释明不够，法言法语不够规范");
      expect(view.hearings.filter((h) => h.proposed).map((h) => h.caseNumber)).toEqual([
        "（2026）内0602民初3号",
        "（2026）内0602刑初2号",
      ]);
      const third = view.hearings.find((h) => !h.proposed)!;
      await expect(confirmDemonstrationHearing(office, db, third.id)).rejects.toMatchObject({ status: 409 });
      await confirmDemonstrationHearing(office, db, view.hearings[0]!.id);
      const done = await getObservationPlan(office, db, planId);
      expect(done.hearings[0]?.confirmed).toBe(true);
      await expect(
        scoreHearing(members[4]!, db, done.hearings[0]!.id, sheet(50), TODAY),
      ).rejects.toMatchObject({ status: 409 });
    });
  });
}
