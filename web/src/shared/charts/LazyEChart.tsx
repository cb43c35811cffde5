/**
 * ECharts loaded on demand: the KPI cards and tables render first, the chart library (the largest
 * chunk) arrives in parallel and fills in its box when ready.
 */
import { lazy, Suspense } from "react";
import type { EChartProps } from "./EChart";

export type { ChartOption } from "./EChart";

const EChartImpl = lazy(() => import("./EChart").then((m) => ({ default: m.EChart })));

export function EChart(props: EChartProps) {
  const height = props.height ?? 300;
  return (
    <Suspense
      fallback={
        <div
          style={{ width: "100%", height }}
          data-testid={props["data-testid"] ? `${props["data-testid"]}-loading` : undefined}
        />
      }
    >
      <EChartImpl {...props} />
    </Suspense>
  );
}
