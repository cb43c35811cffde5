/**
 * What a user may read: Chinese, with legal citations (law, article, document number) or a plain
 * Chinese description of the practice a figure comes from. Developer notes — a section of the
 * research notes ("ref §4.2", "§"), an issue ("issue #4"), a design or docs file ("DESIGN.md",
 * "docs/time-limits.md", "reference/…"), the evidence marks of the research notes ("[L]", "[I]",
 * "[C]", "[U]") — and English explanations must not reach them.
 *
 * `developerText(s)` lists what is wrong with one string (empty when it is fine);
 * `sourceLiterals(file)` reads the Chinese string literals of a TypeScript file (its templates with
 * the `${…}` parts left out), so that the texts the detectors and writers build can be checked
 * without running every path.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";

/**
 * Latin words a user may see, each a proper name kept inside Chinese text:
 * - "CourTools": the name of the US National Center for State Courts' performance measures, always
 *   introduced in Chinese ("美国州法院中心 CourTools 第 2 项：结收比"); it has no settled Chinese
 *   name, so the name itself is what lets a reader look it up.
 * Nothing else: units are written in Chinese (天, 件, 个月), the 90th percentile as "第90百分位",
 * document numbers and article numbers in Chinese (法释〔2000〕29号, 第一百五十二条).
 */
export const ALLOWED_LATIN_WORDS: ReadonlySet<string> = new Set(["CourTools"]);

const MARKS: readonly [RegExp, string][] = [
  [/§/, "“§”（研究笔记的节号）"],
  [/\bref\b/i, "“ref”（研究笔记的引用）"],
  [/issue/i, "“issue”（开发议题）"],
  [/#\s*\d/, "“#数字”（议题编号）"],
  [/DESIGN/i, "“DESIGN”（设计文档）"],
  [/docs\//i, "“docs/”（开发文档路径）"],
  [/\.md\b/i, "“.md”（文件名）"],
  [/reference\//i, "“reference/”（研究笔记路径）"],
  [/\[[LICU]\]/, "证据标记 [L]/[I]/[C]/[U]"],
];

/** The problems of one user-facing string; empty when it is fine. */
export function developerText(s: string): string[] {
  const out: string[] = [];
  for (const [re, what] of MARKS) if (re.test(s)) out.push(what);
  // Latin letters, half- or full-width, in runs; a run is allowed only as a whole listed word.
  for (const m of s.matchAll(/[A-Za-zＡ-Ｚａ-ｚ]+/g)) {
    if (!ALLOWED_LATIN_WORDS.has(m[0])) out.push(`拉丁字母“${m[0]}”`);
  }
  return out;
}

/** One user-facing string with where it comes from, for the failure message. */
export interface LabelledText {
  where: string;
  text: string;
}

/** Every labelled text that has developer text, as "where: problems — text" lines. */
export function offending(texts: readonly LabelledText[]): string[] {
  const out: string[] = [];
  for (const { where, text } of texts) {
    const problems = developerText(text);
    if (problems.length > 0) out.push(`${where}: ${problems.join("，")} — ${text}`);
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/**
 * The string literals of a TypeScript source file that contain a Chinese character (comments are
 * not literals; a template's `${…}` parts are dropped and its literal parts joined with "…").
 * Property names and import paths are literals too, but none of them contains Chinese.
 */
export function sourceLiterals(path: string): LabelledText[] {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const out: LabelledText[] = [];
  const add = (node: ts.Node, s: string) => {
    if (!HAN.test(s)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    out.push({ where: `${path.replace(/^.*?\/src\//, "src/")}:${line}`, text: s });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      add(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("…"));
      for (const s of node.templateSpans) visit(s.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
