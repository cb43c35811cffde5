#!/usr/bin/env node
// Generates the package data of src/domain/causes (案由 — causes of action) from the reference data:
//
//   node scripts/gen-cause-data.mjs [dataDir]
//
// dataDir defaults to test/fixtures/reference-data (the committed copy of shared/data). Reads
//   causes-civil.json                 民事案件案由规定 (2020 revision), four levels
//   criminal-charges.txt              469 罪名, in 刑法分则 order
//   court-site-cause-tree-2019.json   行政案由 (root 003), and the 刑法分则 chapter of each 罪名 (root 001)
// and writes src/domain/causes/causes.data.ts: one compact string constant per family, parsed lazily
// by src/domain/causes/index.ts. Output is deterministic (no timestamps).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = resolve(process.argv[2] ?? resolve(repoRoot, "test/fixtures/reference-data"));
const outFile = resolve(repoRoot, "src/domain/causes/causes.data.ts");

const read = (name) => readFileSync(resolve(dataDir, name), "utf8");
const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const fail = (message) => {
  throw new Error(`gen-cause-data: ${message}`);
};
/** Names go into comma-separated lines inside a template literal. */
function checkName(name, what) {
  if (typeof name !== "string" || name === "" || name !== name.trim())
    fail(`${what}: bad name ${JSON.stringify(name)}`);
  if (/[,\n`\\#]|\$\{/.test(name)) fail(`${what}: name ${name} has a character the data format cannot hold`);
}

// --- 民事案由 (2020) ----------------------------------------------------------------------------
const civilText = read("causes-civil.json");
const civil = JSON.parse(civilText);
const civilLines = [];
const civilCounts = [0, 0, 0, 0];
{
  let expectedNo = 1;
  for (const part of civil.parts) {
    checkName(part.name, "civil part");
    if (!/^第[一二三四五六七八九十]+部分$/.test(part.part)) fail(`civil part number ${part.part}`);
    civilLines.push(`1,${part.part},${part.name}`);
    civilCounts[0]++;
    for (const category of part.categories) {
      checkName(category.name, "civil category");
      if (!/^[一二三四五六七八九十]+$/.test(category.code)) fail(`civil category number ${category.code}`);
      civilLines.push(`2,${category.code},${category.name}`);
      civilCounts[1]++;
      for (const cause of category.causes) {
        checkName(cause.name, "civil cause");
        if (cause.no !== expectedNo)
          fail(`civil cause ${cause.name}: number ${cause.no}, expected ${expectedNo}`);
        expectedNo++;
        civilLines.push(`3,${cause.no},${cause.name}`);
        civilCounts[2]++;
        for (const sub of cause.subcauses ?? []) {
          checkName(sub.name, "civil subcause");
          if (sub.id !== `${cause.no}(${sub.no})`) fail(`civil subcause ${sub.name}: id ${sub.id}`);
          if (!["2011-catalog", "2025-catalog"].includes(sub.confirmed_by))
            fail(`civil subcause ${sub.id} unconfirmed`);
          civilLines.push(`4,${sub.id},${sub.name}`);
          civilCounts[3]++;
        }
      }
    }
  }
  const c = civil.counts;
  const expected = [c.level1, c.level2, c.level3, c.level4];
  if (civilCounts.join() !== expected.join())
    fail(`civil counts ${civilCounts} differ from the file's ${expected}`);
  if (civilCounts[2] !== 473) fail(`civil: ${civilCounts[2]} third-level causes, expected 473`);
}
const inferredCivil = civil.parts
  .flatMap((p) => p.categories.flatMap((c) => c.causes))
  .filter((c) => c.inferred)
  .map((c) => `${c.no} ${c.name}`);

// --- 行政案由 and the criminal chapters, from the 2019 court-site tree ----------------------------
const treeText = read("court-site-cause-tree-2019.json");
const nodes = JSON.parse(treeText).nodes;
const byId = new Map(nodes.map((n) => [n.id, n]));

const adminLines = [];
let adminLeaves = 0;
for (const node of nodes) {
  if (!node.id.startsWith("003") || node.id === "003") continue;
  const level = node.id.length / 3 - 1; // 003001 → 1 (group), 003001001 → 2
  if (level !== 1 && level !== 2) fail(`administrative node ${node.id} is deeper than expected`);
  if (byId.get(node.id.slice(0, -3)) === undefined) fail(`administrative node ${node.id} has no parent`);
  checkName(node.name, "administrative cause");
  adminLines.push(`${level},${node.name}`);
  if (level === 2) adminLeaves++;
}

// --- 罪名 --------------------------------------------------------------------------------------
const chargesText = read("criminal-charges.txt");
const TYPO = [
  "为境外窃取、剌探、收买、非法提供国家秘密、情报罪",
  "为境外窃取、刺探、收买、非法提供国家秘密、情报罪",
];
const charges = chargesText
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "")
  .map((l) => (l === TYPO[0] ? TYPO[1] : l));
if (charges.length !== 469) fail(`criminal: ${charges.length} charges, expected 469`);
if (new Set(charges).size !== charges.length) fail("criminal: duplicate charges");
for (const c of charges) {
  checkName(c, "criminal charge");
  if (!c.endsWith("罪")) fail(`criminal charge ${c} does not end with 罪`);
}

// 刑法分则 chapter of each charge: the chapter (level-2 node under 001) of the tree node of the same
// name (the tree writes most names without 罪 and with half-width brackets). A charge the tree lacks
// (renamed or added since) takes the chapter of its neighbours when both agree — the list is in
// 刑法分则 order; the one charge on a chapter boundary is set by its article.
const chargeKey = (name) => name.replace(/罪$/, "").replaceAll("（", "(").replaceAll("）", ")");
const CHAPTER_BY_ARTICLE = new Map([
  // 刑法 第三百八十一条 (第七章 危害国防利益罪), between the last 危害国防利益 and the first 贪污贿赂 charge.
  ["战时拒绝军事征收、征用罪", "危害国防利益"],
]);
// The ten chapters are 001001 … 001010; 001011 (九七年十月以前刑事案由, causes before the 1997 code) is
// left out.
const isChapterId = (id) => /^0010(0[1-9]|10)$/.test(id);
const chapterOfNode = new Map();
for (const node of nodes) {
  if (node.id.length >= 9 && isChapterId(node.id.slice(0, 6))) {
    chapterOfNode.set(chargeKey(node.name), byId.get(node.id.slice(0, 6)).name);
  }
}
const chapterNames = nodes.filter((n) => isChapterId(n.id)).map((n) => n.name);
if (chapterNames.length !== 10) fail(`criminal: ${chapterNames.length} chapters in the tree, expected 10`);
const chapters = charges.map((c) => CHAPTER_BY_ARTICLE.get(c) ?? chapterOfNode.get(chargeKey(c)));
const inferredChapters = [];
for (let i = 0; i < charges.length; i++) {
  if (chapters[i] !== undefined) continue;
  let before = i - 1;
  while (before >= 0 && chapters[before] === undefined) before--;
  let after = i + 1;
  while (after < charges.length && chapters[after] === undefined) after++;
  const a = chapters[before];
  const b = chapters[after];
  if (a === undefined || a !== b) fail(`criminal: cannot place ${charges[i]} (between ${a} and ${b})`);
  chapters[i] = a;
  inferredChapters.push(charges[i]);
}
const criminalLines = [];
{
  let current;
  const seen = new Set();
  for (let i = 0; i < charges.length; i++) {
    if (chapters[i] !== current) {
      current = chapters[i];
      if (seen.has(current)) fail(`criminal: chapter ${current} is not contiguous`);
      seen.add(current);
      criminalLines.push(`#${current}罪`);
    }
    criminalLines.push(charges[i]);
  }
  if ([...seen].join() !== chapterNames.join()) fail("criminal: chapters out of 刑法分则 order");
}

// --- output ------------------------------------------------------------------------------------
const rel = (name) => relative(repoRoot, resolve(dataDir, name));
const out = `// GENERATED by scripts/gen-cause-data.mjs — do not edit by hand; re-run the script instead.
/**
 * 案由 (causes of action): the civil catalogue (民事案件案由规定, 2020 revision), the criminal charges
 * (罪名) and the administrative causes (行政案由) of the national judgment site's 2019 tree.
 *
 * Provenance (from test/fixtures/reference-data/README.md, a copy of shared/data/README.md):
 *
 * - Civil: ${rel("causes-civil.json")}
 *   (sha256 ${sha256(civilText)}) — "derived, partly verified".
 *   Rebuilt from Java enums in GitHub JunyuZhan/law-firm-infra, path
 *   law-firm-model/case-model/src/main/java/com/lawfirm/model/cases/enums/civilcause/*.java (repository HEAD
 *   e5b2070cdfd6fa1f653e43cf388bef27c8a4e4cc; folder last changed in 0353f6da18b90c0a9a28a4a9c5c10c6e3c9b1586).
 *   Repository licence GPL-3.0: only the catalogue's names and sequence numbers were taken, no code; the
 *   catalogue is an SPC judicial document, outside copyright under art. 5 of the PRC Copyright Law.
 *   Counts match the official structure: 11 parts, 54 second-level categories, 473 third-level causes
 *   numbered 1–473, and ${civilCounts[3]} fourth-level causes confirmed by the 2011 catalogue or the 2025 revision
 *   (the ${civil.counts.level4_unverified_excluded} unconfirmed fourth-level entries of the source are left out).
 *   Third-level names filled in by the compiler from the surrounding numbering:
 *   ${inferredCivil.slice(0, 4).join(", ")},
 *   ${inferredCivil.slice(4).join(", ")}.
 *   NOT INCLUDED: the 2025 revision (法〔2025〕226号 and 227号, adopted 2025-12-04, in force from 2026-01-01;
 *   12 parts, renumbered — e.g. 民间借贷纠纷 108(3), 物业服务合同纠纷 126, 机动车交通事故责任纠纷 411). No
 *   citable machine-readable copy was found. Cases filed from 2026 need the 2025 catalogue.
 * - Criminal: ${rel("criminal-charges.txt")}
 *   (sha256 ${sha256(chargesText)}), from GitHub THUIR/LeCaRDv2
 *   "others/criminal charges.txt" @3326485a6c41f8aeda15502fea24e658f8fab746 (byte-identical to myx666/LeCaRD
 *   data/others/criminal charges.txt @b1a4b72b2050a4aa643e6360d5ff3a6b1fd221e3); licence MIT. 469 charges in
 *   刑法分则 order: the list after 刑法修正案(十) (2017); the charges added by 补充规定(七) (2021, 修正案(十一))
 *   and 补充规定(八) (2024, 修正案(十二)) are NOT included. Changed here: the upstream typo 剌探 is corrected to
 *   刺探. The chapter (章) of each charge comes from the 2019 tree below; ${inferredChapters.length} charges the tree
 *   lacks (renamed or added since 2019) take the chapter of their neighbours in the list, which agree, and
 *   战时拒绝军事征收、征用罪, on a chapter boundary, is placed by its article (刑法 第三百八十一条, 第七章).
 * - Administrative: ${rel("court-site-cause-tree-2019.json")}
 *   (sha256 ${sha256(treeText)}), root 003, from GitHub wzc1060590781/pyspider,
 *   file anyou.json @fa18e805e8ad501a8288ab4eb2378517939184c1 (2019-10-17), a crawler's copy of the cause tree served by 中国裁判文书网. No licence file; the content is the courts'
 *   official cause lists. These are the older 管理范围 / 行为种类 categories, not the 2020 SPC
 *   《关于行政案件案由的暂行规定》 (法发〔2020〕44号), of which no machine-readable copy was found.
 *
 * Formats (one entry per line):
 * - CIVIL_CAUSE_ROWS: "level,number,name" in catalogue order; level 1 部分 (number 第一部分), 2 category
 *   (number 一…五十四), 3 cause (number 1…473), 4 sub-cause (number like 103(3)). An entry's parent is the
 *   nearest line above it of the level above.
 * - CRIMINAL_CHARGE_ROWS: "#chapter" lines (刑法分则 chapter titles, e.g. #危害国家安全罪) each followed by the
 *   charges of that chapter.
 * - ADMINISTRATIVE_CAUSE_ROWS: "level,name"; level 1 group (行政管理范围, 行政行为种类), level 2 cause.
 */
export const CIVIL_CAUSE_ROWS = \`${civilLines.join("\n")}\`;

export const CRIMINAL_CHARGE_ROWS = \`${criminalLines.join("\n")}\`;

export const ADMINISTRATIVE_CAUSE_ROWS = \`${adminLines.join("\n")}\`;
`;
writeFileSync(outFile, out);
console.log(
  `wrote ${relative(repoRoot, outFile)}: civil ${civilCounts.join("/")}, criminal ${charges.length} (${inferredChapters.length} chapters inferred), administrative ${adminLeaves}`,
);
