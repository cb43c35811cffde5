import { statSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import type { ChartSpec } from "../../domain/reports/model.js";
import { CHART_FONT_FAMILY, chartFontPath, renderChartPng, svgToPng } from "./render-chart.js";

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function label(text: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><text x="10" y="55" font-size="40" font-family="${CHART_FONT_FAMILY}" fill="#000">${text}</text></svg>`;
}

/** Pixels darker than mid-grey in an RGBA buffer. */
function ink(svg: string, fontFiles: string[]): number {
  const pixels = new Resvg(svg, {
    background: "#ffffff",
    font: { fontFiles, loadSystemFonts: false },
  }).render().pixels;
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] as number) < 128) n++;
  return n;
}

describe("chart rendering", () => {
  it("finds the shipped Chinese font (a TTF of several MB)", () => {
    const p = chartFontPath();
    expect(p.endsWith(".ttf")).toBe(true);
    expect(statSync(p).size).toBeGreaterThan(5_000_000);
  });

  it("draws Chinese labels with the shipped font, and nothing without it", async () => {
    const withFont = ink(label("审判态势"), [chartFontPath()]);
    expect(withFont).toBeGreaterThan(200);
    // No font at all: resvg drops the text, so the image is as blank as an empty label.
    expect(ink(label("审判态势"), [])).toBe(0);
    expect(ink(label(""), [chartFontPath()])).toBe(0);
    // Through the module's own PNG path: a label changes the bytes.
    const a = await svgToPng(label("审判态势"));
    const b = await svgToPng(label(""));
    expect(a.equals(b)).toBe(false);
  });

  it("renders a chart as a PNG of the size asked, of non-trivial size", async () => {
    const spec: ChartSpec = {
      id: "ladder",
      title: "未结案件立案时长分布",
      categories: [
        "满六个月不满一年",
        "满一年不满一年半",
        "满一年半不满二年",
        "满二年不满三年",
        "满三年以上",
      ],
      series: [{ name: "未结案件", type: "bar", values: [80, 25, 10, 4, 1] }],
      unit: "件",
      width: 1200,
      height: 600,
    };
    const png = await renderChartPng(spec);
    expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
    expect(png.length).toBeGreaterThan(10_000);
  });
});
