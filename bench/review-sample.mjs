// The review-sample phase (`BENCH_PHASES=review-sample npm run bench`): the 评查 draw
// (dist/domain/review/draw.js) on BENCH_CASES closed cases in 12 divisions, handed over in a
// shuffled order (so the draw must put them in case-id order itself), with 5 % of them reviewed
// recently (skipped): a stratified draw of 200 by largest remainder, first on the shuffled input,
// then on the input in case-id order as storage reads it, and a simple one. Each is run
// 5 times; the median and the worst are reported (target: ≤ 1 s at 1,000,000 cases).
import { join } from "node:path";

export async function reviewSamplePhase({ root, cases, log }) {
  const { drawSample } = await import(join(root, "dist", "domain", "review", "draw.js"));
  const { mulberry32 } = await import(join(root, "dist", "domain", "review", "prng.js"));
  const divisions = [
    "民一庭",
    "民二庭",
    "民三庭",
    "刑事审判庭",
    "行政审判庭",
    "立案庭",
    "执行局",
    "少年庭",
    "人民法庭一",
    "人民法庭二",
    "人民法庭三",
    "金融庭",
  ];
  const t0 = performance.now();
  const population = new Array(cases);
  for (let i = 0; i < cases; i++) {
    const id = i + 1;
    population[i] = {
      caseId: id,
      caseNumber: `（2026）测民初${id}号`,
      division: divisions[(i * 7) % divisions.length],
      judge: `法官${i % 300}`,
    };
  }
  const rng = mulberry32(1);
  for (let i = cases - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = population[i];
    population[i] = population[j];
    population[j] = t;
  }
  const exclude = new Set();
  for (let id = 1; id <= cases; id += 20) exclude.add(id);
  log(`  built ${cases.toLocaleString()} candidates in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const time = (allocation) => {
    const ms = [];
    let drawn = 0;
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      const r = drawSample({ population, allocation, seed: 202611 + k, exclude });
      ms.push(performance.now() - t);
      drawn = r.cases.length;
    }
    ms.sort((a, b) => a - b);
    return { medianMs: ms[2], worstMs: ms[4], drawn };
  };
  const shuffled = time({ mode: "proportional", size: 200 });
  // As storage hands it over (review-population.ts reads in case-id order).
  population.sort((a, b) => a.caseId - b.caseId);
  const proportional = time({ mode: "proportional", size: 200 });
  const simple = time({ mode: "simple", size: 200 });
  log(
    `  proportional median ${proportional.medianMs.toFixed(0)} ms, simple median ${simple.medianMs.toFixed(0)} ms`,
  );
  return { cases, skipped: exclude.size, proportional, simple, shuffled };
}
