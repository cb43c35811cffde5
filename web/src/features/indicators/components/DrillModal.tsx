/**
 * The case list behind a figure (/api/indicators/drill): the same predicate as the figure, so the
 * list's total equals the numerator (or the denominator). Server-side paging and sorting (the most
 * urgent first unless a column is chosen); export of the visible page or of every row. Shown in a
 * dialog from the dashboard, or as a page of its own (/indicators/cases?…, DrillPage) with the
 * query in the address; the dialog links to the page.
 */
import { ExpandOutlined, WarningOutlined } from "@ant-design/icons";
import { Button, Modal, Segmented, Space, Tag, Tooltip, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import type { DrillPart, DrillQuery, Figure, Grouping, IndicatorInfo } from "../../../shared/api/types";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatCount, formatPeriod, formatValue, unitSuffix } from "../../../shared/format";
import { CaseListTable, type CaseSort } from "../../cases/components/CaseListTable";
import { ChainOfCase } from "../../chains/components/CaseChainPanel";
import { exportDrill as downloadDrill, useDrill } from "../api";

export interface DrillTarget {
  indicator: IndicatorInfo;
  from: string;
  to: string;
  by?: Grouping;
  group?: string;
  /** Shown to people: 全院, a division, a judge, a month … */
  groupLabel: string;
  division?: string;
  judge?: string;
  court?: string;
  figure: Figure;
  part: DrillPart;
}

/** Which part a click on the figure's value opens, and whether the other part may be chosen. */
export function drillParts(info: IndicatorInfo): { initial: DrillPart; toggle: boolean } {
  switch (info.kind) {
    case "count":
      return { initial: "numerator", toggle: false };
    case "mean":
    case "median":
    case "p90":
      return { initial: "denominator", toggle: false };
    default:
      return { initial: "numerator", toggle: true };
  }
}

/** The count a drill-down part should list (numerator or denominator; a mean's sum lists its cases). */
export function expectedTotal(info: IndicatorInfo, figure: Figure, part: DrillPart): number | null {
  if (part === "denominator") return figure.denominator;
  if (info.kind === "count") return figure.value ?? figure.numerator;
  return figure.numerator;
}

/** Indicators over chains of linked cases: each listed case opens to its dispute's chain. */
const CHAIN_INDICATORS = new Set(["case_proceedings_ratio", "judgment_enforcement_rate"]);

const PART_NAMES: Record<DrillPart, string> = { numerator: "分子", denominator: "分母" };

/** The sort keys /api/indicators/drill accepts. */
export const DRILL_SORTS = [
  "urgency",
  "case_number",
  "filed_on",
  "closed_on",
  "duration_days",
  "deadline",
  "days_left",
  "division",
  "judge",
  "natural_days",
] as const;

/** The address of a figure's case list as a page of its own. */
export function drillPageUrl(t: Omit<DrillTarget, "indicator" | "figure"> & { indicator: string }): string {
  const p = new URLSearchParams();
  p.set("indicator", t.indicator);
  p.set("part", t.part);
  p.set("from", t.from);
  p.set("to", t.to);
  if (t.by) p.set("by", t.by);
  if (t.group !== undefined) p.set("group", t.group);
  if (t.division) p.set("division", t.division);
  if (t.judge) p.set("judge", t.judge);
  if (t.court) p.set("court", t.court);
  p.set("label", t.groupLabel);
  return `/indicators/cases?${p.toString()}`;
}

/** What the list shows: a figure's part, a page, an order. */
export interface DrillView {
  part: DrillPart;
  page: number;
  pageSize: number;
  sort: CaseSort | null;
}

/**
 * The list itself: the figure, its parts, the total (checked against the figure), the exports and
 * the table. The view (part, page, order) is the caller's: a dialog's state or the address.
 */
export function DrillList({
  target,
  view,
  onView,
  onOpenCase,
  scrollY,
  extra,
}: {
  target: DrillTarget;
  view: DrillView;
  onView: (v: DrillView) => void;
  onOpenCase?: () => void;
  scrollY?: string | number;
  extra?: ReactNode;
}) {
  const query: DrillQuery = {
    indicator: target.indicator.id,
    part: view.part,
    from: target.from,
    to: target.to,
    by: target.by,
    group: target.group,
    division: target.division,
    judge: target.judge,
    court: target.court,
    page: view.page,
    pageSize: view.pageSize,
    sort: view.sort?.field,
    order: view.sort?.order,
  };
  const list = useDrill(query);
  const total = list.data?.total ?? null;
  const error = list.error ? errorMessage(list.error) : null;
  const info = target.indicator;
  const { toggle } = drillParts(info);
  const exportDrill = (which: "page" | "all") => {
    const q = { ...query };
    if (which === "all") {
      delete q.page;
      delete q.pageSize;
    }
    return downloadDrill(q);
  };
  const expected = expectedTotal(info, target.figure, view.part);
  const mismatch = total !== null && expected !== null && total !== expected;

  return (
    <div data-testid="drill-list">
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          marginBottom: 12,
          gap: 12,
          flexWrap: "wrap",
        }}
      >
        <Space wrap size={12}>
          <span>
            指标值 <b data-testid="drill-value">{formatValue(target.figure.value, info.unit)}</b>
            {unitSuffix(info.unit) ? ` ${info.unit}` : ""}
          </span>
          {toggle ? (
            <Segmented<DrillPart>
              value={view.part}
              onChange={(v) => onView({ ...view, part: v, page: 1 })}
              options={[
                { value: "numerator", label: `分子 ${formatCount(target.figure.numerator)}` },
                { value: "denominator", label: `分母 ${formatCount(target.figure.denominator)}` },
              ]}
              data-testid="drill-part"
            />
          ) : null}
          <span>
            {toggle ? `${PART_NAMES[view.part]}案件` : "案件"}共{" "}
            <b data-testid="drill-total" style={{ fontSize: 16 }}>
              {total === null ? "…" : formatCount(total)}
            </b>{" "}
            件
          </span>
          {mismatch ? (
            <Tooltip
              title={`指标${PART_NAMES[view.part]}为 ${formatCount(expected)} 件，数据可能已刷新，请重新查询`}
            >
              <Tag color="red" icon={<WarningOutlined />}>
                与指标不一致
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
        <Space wrap>
          {extra}
          <ExportButtons total={total} testIdPrefix="drill" onExport={exportDrill} />
        </Space>
      </div>
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
      <CaseListTable
        rows={list.data?.rows ?? []}
        total={total}
        loading={list.isFetching}
        page={view.page}
        pageSize={view.pageSize}
        sort={view.sort}
        sortable={DRILL_SORTS}
        onChange={(v) => onView({ ...view, ...v })}
        onOpenCase={onOpenCase}
        testId="drill-table"
        scrollY={scrollY}
        expandedRow={CHAIN_INDICATORS.has(info.id) ? (r) => <ChainOfCase caseId={r.id} /> : undefined}
      />
    </div>
  );
}

export function DrillModal({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const navigate = useNavigate();
  const [view, setView] = useState<DrillView>({ part: "numerator", page: 1, pageSize: 20, sort: null });

  // A new figure opens on its own part, first page, in the default order (state adjusted while
  // rendering, so the previous figure's page is never asked for the new one). The last figure
  // stays on screen while the dialog closes.
  const [shown, setShown] = useState<DrillTarget | null>(null);
  if (target && target !== shown) {
    setShown(target);
    setView({ part: target.part, page: 1, pageSize: view.pageSize, sort: null });
  }
  const t = target ?? shown;

  // The dialog stays mounted while it closes, so that it gives the focus back to the figure that
  // opened it (a keyboard user goes on from there).
  return (
    <Modal
      open={!!target}
      onCancel={onClose}
      afterClose={() => setShown(null)}
      footer={null}
      width="min(1280px, 96vw)"
      destroyOnHidden
      title={
        t ? (
          <Space wrap size={8}>
            <span>{t.indicator.name}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
              {t.groupLabel} · {formatPeriod(t.from, t.to)}
            </Typography.Text>
          </Space>
        ) : null
      }
    >
      {t ? (
        <div data-testid="drill-modal">
          <DrillList
            target={t}
            view={view}
            onView={setView}
            onOpenCase={onClose}
            scrollY="calc(100vh - 380px)"
            extra={
              <Button
                icon={<ExpandOutlined />}
                onClick={() => {
                  onClose();
                  navigate(drillPageUrl({ ...t, indicator: t.indicator.id, part: view.part }));
                }}
                data-testid="drill-open-page"
              >
                整页查看
              </Button>
            }
          />
        </div>
      ) : null}
    </Modal>
  );
}
