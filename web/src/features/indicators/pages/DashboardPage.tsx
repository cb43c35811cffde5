/**
 * 质效总览: the core indicators of a period for the court, a division or a judge, with 同比/环比
 * and reference ranges; a monthly trend; a table by division (or judge, type …). Every figure opens
 * its case list.
 */
import { DownloadOutlined, ReloadOutlined, SolutionOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Result,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import type { DrillPart, Grouping, IndicatorInfo, PanelFigure } from "../../../shared/api/types";
import { formatPeriod } from "../../../shared/format";
import { defaultPeriod, type PeriodChoice, periodFromQuery, periodLabel } from "../../../shared/period";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { exportIndicators, useIndicatorPanel } from "../api";
import { CourtPicker } from "../components/CourtPicker";
import { DrillModal, type DrillTarget } from "../components/DrillModal";
import { GroupTable } from "../components/GroupTable";
import { KpiCard } from "../components/KpiCard";
import { PeriodPicker } from "../components/PeriodPicker";
import { TrendCard } from "../components/TrendCard";
import { useVisibleCourts } from "../courts";

const GROUPING_NAMES: Partial<Record<Grouping, string>> = {
  court: "法院",
  division: "部门",
  judge: "承办人",
  category: "案件类别",
  type: "类型代字",
  procedure: "审理程序",
};

export default function DashboardPage() {
  const { meta, metaError, user } = useSession();
  // Signed out (the page is being left for the login page).
  if (!user) return null;
  if (!meta) {
    return <Result status="warning" title="无法加载法院信息" subTitle={metaError ?? "请刷新页面重试"} />;
  }
  return <Dashboard />;
}

function Dashboard() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { meta: m, user: u } = useSession();
  const meta = m!;
  const user = u!;
  const catalogue = useMemo(() => new Map(meta.catalogue.map((i) => [i.id, i])), [meta.catalogue]);

  const fixedDivision =
    user.role === "chief" || user.role === "judge" ? (user.division ?? undefined) : undefined;
  const fixedJudge = user.role === "judge" ? (user.judgeName ?? undefined) : undefined;

  // The period, unit and grouping live in the address, so "back" from a case restores the view.
  const [query, setQuery] = useQueryState();
  const period = periodFromQuery(query, meta.today);
  // The default panel of the catalogue version in force on the period's last day (from 2024-10-01
  // the SPC 2024-09 set), and that version's SPC items the court's data cannot give.
  const panel = meta.defaultPanels.find((p) => p.from <= period.to && (!p.to || period.to <= p.to));
  const coreIds = (panel?.ids ?? meta.core).filter((id) => catalogue.has(id));
  const unsupported = panel?.unsupported ?? [];
  // A multi-court account (a 中院's 审管办: its own court and its basic courts) picks a court, or
  // sees every court it may ("全部可见法院").
  const courtsQuery = useVisibleCourts();
  const courts = courtsQuery.data?.rows ?? [];
  const multiCourt = courts.length > 1;
  const courtParam = query.get("court") ?? undefined;
  const court = multiCourt && courts.some((c) => c.code === courtParam) ? courtParam : undefined;
  const courtName = courts.find((c) => c.code === court)?.name;
  const setCourt = (v: string | undefined) => setQuery({ court: v, division: undefined, judge: undefined });
  const division = query.get("division") ?? undefined;
  const judge = query.get("judge") ?? undefined;
  const groupBy = (query.get("by") as Grouping | null) ?? undefined;
  const setPeriod = (p: PeriodChoice) => {
    const d = defaultPeriod(meta.today);
    const isDefault = p.mode === d.mode && p.from === d.from && p.to === d.to;
    setQuery({
      mode: isDefault ? undefined : p.mode,
      from: isDefault ? undefined : p.from,
      to: isDefault ? undefined : p.to,
    });
  };
  const setDivision = (v: string | undefined) => setQuery({ division: v, judge: undefined });
  const setJudge = (v: string | undefined) => setQuery({ judge: v });
  const setGroupBy = (v: Grouping) => setQuery({ by: v });
  const [tableIds, setTableIds] = useState<string[]>(() =>
    meta.dashboard.tableIds.filter((id) => catalogue.has(id)),
  );
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [exporting, setExporting] = useState(false);

  // 环比 (against the period just before) makes sense for a month or a quarter; a year or a year
  // to date is compared with the same period a year earlier only (同比).
  const showMom = period.mode !== "year";

  const effDivision = fixedDivision ?? division;
  const effJudge = fixedJudge ?? judge;
  // Filters sent to the server: the role's own scope is applied there, so only choices are sent.
  const filters = {
    division: fixedDivision ? (judge ? fixedDivision : undefined) : division,
    judge: fixedJudge ? undefined : judge,
    court,
  };

  const groupingOptions: Grouping[] = effJudge
    ? ["type", "procedure", "category"]
    : effDivision
      ? ["judge", "type", "procedure", "category"]
      : multiCourt && !court
        ? ["court", "division", "judge", "type", "procedure", "category"]
        : ["division", "judge", "type", "procedure", "category"];
  const tableBy: Grouping =
    groupBy && groupingOptions.includes(groupBy) ? groupBy : (groupingOptions[0] as Grouping);

  const wholeLabel = multiCourt ? (courtName ?? "全部可见法院") : "全院";
  const unitLabel = effJudge
    ? `${effJudge}（${effDivision ?? ""}）`
    : effDivision
      ? `${courtName ?? ""}${effDivision}`
      : wholeLabel;
  const divisionJudges = meta.divisions.find((d) => d.name === effDivision)?.judges ?? [];

  const kpi = useIndicatorPanel({
    from: period.from,
    to: period.to,
    by: "all",
    compare: true,
    ...filters,
    ids: coreIds,
  });
  const kpiError = kpi.error ? errorMessage(kpi.error) : null;
  const kpiFigures: Record<string, PanelFigure> | undefined = kpi.data
    ? (kpi.data.groups[0]?.indicators ?? {})
    : undefined;

  const openDrill = (
    info: IndicatorInfo,
    figure: PanelFigure | undefined,
    part: DrillPart,
    extra: Partial<DrillTarget> = {},
  ) => {
    if (!figure) return;
    setDrill({
      indicator: info,
      from: period.from,
      to: period.to,
      groupLabel: unitLabel,
      ...filters,
      figure,
      part,
      ...extra,
    });
  };

  const exportTable = async () => {
    setExporting(true);
    try {
      const name = await exportIndicators({
        from: period.from,
        to: period.to,
        by: tableBy,
        ids: tableIds,
        ...filters,
      });
      message.success(`已导出 ${name}`);
    } catch (err) {
      message.error(`导出失败：${errorMessage(err)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid="page-dashboard">
      <span hidden data-testid="dashboard-period" data-from={period.from} data-to={period.to} />
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: "10px 14px" } }}>
        <div
          style={{
            display: "flex",
            flexWrap: "wrap",
            gap: 12,
            alignItems: "center",
            justifyContent: "space-between",
          }}
        >
          <Space size={16} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              质效总览
            </Typography.Title>
            <PeriodPicker value={period} today={meta.today} onChange={setPeriod} />
            {multiCourt ? (
              <CourtPicker courts={courts} value={court} onChange={setCourt} testId="unit-court" />
            ) : null}
            <Space size={6}>
              <Typography.Text type="secondary">单位</Typography.Text>
              {fixedJudge ? (
                <Tag color="blue" data-testid="unit-fixed">
                  本人 · {fixedJudge}
                </Tag>
              ) : (
                <>
                  <Select
                    value={effDivision ?? "__court"}
                    disabled={!!fixedDivision}
                    style={{ width: 170 }}
                    onChange={(v) => {
                      setDivision(v === "__court" ? undefined : v);
                    }}
                    options={[
                      ...(fixedDivision
                        ? []
                        : [{ value: "__court", label: multiCourt ? "全部部门" : "全院" }]),
                      ...meta.divisions.map((d) => ({ value: d.name, label: d.name })),
                    ]}
                    data-testid="unit-division"
                  />
                  {effDivision ? (
                    <Select
                      value={judge ?? "__all"}
                      style={{ width: 130 }}
                      onChange={(v) => setJudge(v === "__all" ? undefined : v)}
                      options={[
                        { value: "__all", label: "全部承办人" },
                        ...divisionJudges.map((j) => ({ value: j, label: j })),
                      ]}
                      data-testid="unit-judge"
                      showSearch
                    />
                  ) : null}
                </>
              )}
            </Space>
          </Space>
          <Space size={12}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {/* A custom period's label is its dates: said once. */}
              <span data-testid="period-label">{periodLabel(period)}</span>
              {period.mode === "custom" ? null : `：${formatPeriod(period.from, period.to)}`}
              {kpi.data?.comparedWith ? (
                <Tooltip
                  title={
                    showMom
                      ? `同比期间 ${formatPeriod(kpi.data.comparedWith.yoy.from, kpi.data.comparedWith.yoy.to)}；环比期间 ${formatPeriod(kpi.data.comparedWith.mom.from, kpi.data.comparedWith.mom.to)}`
                      : `同比期间 ${formatPeriod(kpi.data.comparedWith.yoy.from, kpi.data.comparedWith.yoy.to)}`
                  }
                >
                  <span
                    style={{ borderBottom: "1px dashed #bfbfbf", marginLeft: 8, cursor: "help" }}
                    data-testid="compare-periods"
                  >
                    {showMom ? "同比/环比期间" : "同比期间"}
                  </span>
                </Tooltip>
              ) : null}
            </Typography.Text>
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void kpi.refetch()} title="刷新" />
            {user.role === "judge" ? (
              <Button
                size="small"
                type="primary"
                icon={<SolutionOutlined />}
                onClick={() => navigate("/my-cases")}
                data-testid="dashboard-my-cases"
              >
                我的在办案件
              </Button>
            ) : null}
          </Space>
        </div>
      </Card>

      {kpiError ? (
        <Alert type="error" showIcon title={`指标加载失败：${kpiError}`} style={{ marginBottom: 12 }} />
      ) : null}
      {!kpiFigures && kpi.isFetching ? (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : (
        <div
          className="kpi-grid"
          style={{ marginBottom: 12, opacity: kpi.isFetching ? 0.6 : 1 }}
          data-testid="kpi-grid"
        >
          {coreIds.map((id) => {
            const info = catalogue.get(id) as IndicatorInfo;
            const figure = kpiFigures?.[id];
            return (
              <KpiCard
                key={id}
                info={info}
                figure={figure}
                showMom={showMom}
                onDrill={(part) => openDrill(info, figure, part)}
              />
            );
          })}
        </div>
      )}

      {unsupported.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="spc-unsupported">
          最高人民法院审判质量管理指标体系中本院数据暂不支持的指标：
          {unsupported.map((u) => `${u.name}（缺少${u.missing.split("：")[0]}）`).join("；")}。
        </Typography.Paragraph>
      ) : null}

      <TrendCard
        defaultIds={meta.dashboard.trendIds}
        period={period}
        catalogue={catalogue}
        filters={filters}
        unitLabel={unitLabel}
        onDrill={(info, figure, part, month, range) =>
          openDrill(info, figure, part, {
            from: range.from,
            to: range.to,
            by: "month",
            group: month,
            groupLabel: `${unitLabel} · ${month.replace(/^(\d{4})-(\d{2})$/, (_, y, mo) => `${y}年${Number(mo)}月`)}`,
          })
        }
      />

      <Card
        size="small"
        style={{ marginTop: 12 }}
        title={
          <Space size={12} wrap>
            <span>分组统计 · {unitLabel}</span>
            <Segmented<Grouping>
              size="small"
              value={tableBy}
              onChange={setGroupBy}
              options={groupingOptions.map((g) => ({ value: g, label: GROUPING_NAMES[g] ?? g }))}
              data-testid="table-grouping"
            />
          </Space>
        }
        extra={
          <Space size={8}>
            <Select
              mode="multiple"
              size="small"
              value={tableIds}
              onChange={(v) => setTableIds(v.length ? v : tableIds)}
              maxTagCount={0}
              maxTagPlaceholder={() => `指标 ${tableIds.length} 项`}
              style={{ width: 140 }}
              options={meta.catalogue.map((i) => ({ value: i.id, label: i.name }))}
              optionFilterProp="label"
              popupMatchSelectWidth={260}
              data-testid="table-indicators"
            />
            <Button
              size="small"
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportTable()}
              data-testid="table-export"
            >
              导出
            </Button>
          </Space>
        }
        styles={{ body: { padding: 0 } }}
      >
        <GroupTable
          period={period}
          by={tableBy}
          ids={tableIds}
          catalogue={catalogue}
          filters={filters}
          unitLabel={unitLabel}
          showDivision={!effDivision}
          divisionOrder={meta.divisionOrder}
          onDrill={(info, figure, part, group, label) =>
            openDrill(
              info,
              figure,
              part,
              group === undefined ? {} : { by: tableBy, group, groupLabel: label },
            )
          }
        />
      </Card>

      <DrillModal target={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
