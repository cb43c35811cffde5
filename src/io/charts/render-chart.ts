/**
 * Charts for the reports, rendered on the server: ECharts' server-side SVG renderer draws the
 * chart, resvg turns the SVG into a PNG (what a .docx embeds). Text is set in Noto Sans SC from the
 * font package the project depends on (@expo-google-fonts/noto-sans-sc, a TTF: resvg reads TTF
 * and OTF), and no system font is read, so the images are the same on every machine after
 * `npm ci` and their Chinese labels never fall back to empty boxes.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { ChartSpec } from "../../domain/reports/model.js";

export const CHART_FONT_FAMILY = "Noto Sans SC";

let fontPath: string | undefined;

/** The path of the TTF the charts are set in (throws when the package is missing). */
export function chartFontPath(): string {
  if (fontPath) return fontPath;
  const require = createRequire(import.meta.url);
  const p = require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");
  if (!existsSync(p)) throw new Error(`chart font missing: ${p}`);
  fontPath = p;
  return p;
}

const COLORS = ["#3b6bb5", "#e08a2e", "#4f9d69", "#c0504d", "#8064a2"];
/** Bars outside the reference range. */
const WEAK = "#c0504d";

/** The ECharts option of a chart (exported for tests). */
export function chartOption(spec: ChartSpec): Record<string, unknown> {
  // Rotate the category labels when they would not fit side by side (about 18 px a character).
  const labelWidth = spec.categories.reduce((a, c) => a + c.length * 18 + 16, 0);
  const many = spec.categories.length > 8 || labelWidth > spec.width * 0.85;
  const top = Math.max(0, ...spec.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const percent = spec.unit === "%";
  const multi = spec.series.length > 1;
  return {
    animation: false,
    backgroundColor: "#ffffff",
    color: COLORS,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: {
      text: spec.title,
      subtext: spec.reference ? `虚线：${spec.reference.label}；红色为偏离合理区间` : undefined,
      left: "center",
      top: 16,
      textStyle: { fontSize: 26, fontWeight: "normal" },
      subtextStyle: { fontSize: 17, color: "#595959" },
    },
    legend: multi ? { bottom: 16, textStyle: { fontSize: 18 }, itemWidth: 28, itemHeight: 16 } : undefined,
    grid: {
      left: 40,
      right: 60,
      top: spec.reference ? 120 : 100,
      bottom: multi ? 70 : 40,
      containLabel: true,
    },
    xAxis: {
      type: "category",
      data: spec.categories,
      axisLabel: { interval: 0, fontSize: 17, rotate: many ? 30 : 0 },
    },
    yAxis: {
      type: "value",
      name: spec.unit,
      nameTextStyle: { fontSize: 17 },
      axisLabel: { fontSize: 16, formatter: percent ? "{value}%" : "{value}" },
      // Shares: 0–100% (or up to the next 20 above the largest), in steps of 20.
      ...(percent ? { min: 0, max: Math.max(100, Math.ceil(top / 20) * 20), interval: 20 } : {}),
    },
    series: spec.series.map((s, i) => ({
      name: s.name,
      type: s.type,
      data: s.values.map((v, k) =>
        v === null ? "-" : { value: v, itemStyle: s.outside?.[k] ? { color: WEAK } : undefined },
      ),
      barMaxWidth: 60,
      symbolSize: 8,
      label: {
        show: spec.categories.length <= 12,
        position: "top",
        fontSize: 15,
        formatter: percent ? "{c}%" : "{c}",
      },
      ...(i === 0 && spec.reference
        ? {
            markLine: {
              silent: true,
              symbol: "none",
              data: [{ yAxis: spec.reference.value }],
              label: { show: false },
              lineStyle: { type: "dashed", color: "#c0504d", width: 2 },
            },
          }
        : {}),
    })),
  };
}

/** The chart as SVG text (ECharts SSR). */
export async function renderChartSvg(spec: ChartSpec): Promise<string> {
  const echarts = await import("echarts");
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: spec.width,
    height: spec.height,
  });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** SVG to PNG with the shipped font only (no system fonts: the same pixels on every machine). */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    font: { fontFiles: [chartFontPath()], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return Buffer.from(resvg.render().asPng());
}

/** The chart as a PNG of spec.width × spec.height pixels. */
export async function renderChartPng(spec: ChartSpec): Promise<Buffer> {
  return svgToPng(await renderChartSvg(spec));
}
