/**
 * 六源治理: the catalogue's figures grouped by the source of cases they measure (诉源, 案源, 执源,
 * 积源, 访源; 腐源 is not case data and says so). Every figure opens its case list, as on the
 * dashboard; 访源 and the derived cases are also split by type code, 诉源 and 执源 shown by month.
 */
import { Alert, Card, Col, Result, Row, Skeleton, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import type { DrillPart, IndicatorInfo, PanelFigure } from "../../../shared/api/types";
import { formatCount } from "../../../shared/format";
import { defaultPeriod, type PeriodChoice, periodFromQuery } from "../../../shared/period";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { useIndicatorPanel } from "../../indicators/api";
import { DrillModal, type DrillTarget } from "../../indicators/components/DrillModal";
import { KpiCard } from "../../indicators/components/KpiCard";
import { PeriodPicker } from "../../indicators/components/PeriodPicker";
import { TrendCard } from "../../indicators/components/TrendCard";
import { useSixSources } from "../api";

export default function SixSourcesPage() {
  const { meta, metaError, user } = useSession();
  if (!user) return null;
  if (!meta)
    return <Result status="warning" title="无法加载法院信息" subTitle={metaError ?? "请刷新页面重试"} />;
  return <SixSources />;
}

function SixSources() {
  const { meta: m, user: u } = useSession();
  const meta = m!;
  const user = u!;
  const catalogue = useMemo(() => new Map(meta.catalogue.map((i) => [i.id, i])), [meta.catalogue]);
  const [query, setQuery] = useQueryState();
  const period = periodFromQuery(query, meta.today);
  const setPeriod = (p: PeriodChoice) => {
    const d = defaultPeriod(meta.today);
    const isDefault = p.mode === d.mode && p.from === d.from && p.to === d.to;
    setQuery({
      mode: isDefault ? undefined : p.mode,
      from: isDefault ? undefined : p.from,
      to: isDefault ? undefined : p.to,
    });
  };
  const division = user.role === "chief" || user.role === "judge" ? (user.division ?? undefined) : undefined;
  const judge = user.role === "judge" ? (user.judgeName ?? undefined) : undefined;
  const unitLabel = judge ? `本人 · ${judge}` : (division ?? "全院");
  const filters = { division: judge ? undefined : division, judge };

  const sources = useSixSources();
  const ids = (sources.data?.sources ?? [])
    .flatMap((s) => s.figures.map((f) => f.indicator))
    .filter((id) => catalogue.has(id));
  const typeIds = (sources.data?.sources ?? [])
    .flatMap((s) => s.figures.filter((f) => f.breakdown === "type").map((f) => f.indicator))
    .filter((id) => catalogue.has(id));
  const monthIds = (sources.data?.sources ?? [])
    .flatMap((s) => s.figures.filter((f) => f.breakdown === "month").map((f) => f.indicator))
    .filter((id) => catalogue.has(id));
  const panel = useIndicatorPanel(
    { from: period.from, to: period.to, by: "all", compare: true, ids, ...filters },
    ids.length > 0,
  );
  const byType = useIndicatorPanel(
    { from: period.from, to: period.to, by: "type", ids: typeIds, ...filters },
    typeIds.length > 0,
  );
  const figures: Record<string, PanelFigure> = panel.data?.groups[0]?.indicators ?? {};
  const [drill, setDrill] = useState<DrillTarget | null>(null);

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

  const error = sources.error ?? panel.error;
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }} data-testid="six-sources">
      <Card size="small">
        <Space wrap size={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            六源治理
          </Typography.Title>
          <PeriodPicker value={period} today={meta.today} onChange={setPeriod} />
          <Tag color="blue">{unitLabel}</Tag>
        </Space>
        {sources.data ? (
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 12 }}>
            {sources.data.basis}。点击数字可查看对应案件。
          </Typography.Paragraph>
        ) : null}
      </Card>
      {error ? <Alert type="error" showIcon title={`加载失败：${errorMessage(error)}`} /> : null}
      {!sources.data ? (
        <Card size="small">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : (
        sources.data.sources.map((s) => (
          <Card
            key={s.key}
            size="small"
            title={
              <Space>
                <span>{s.name}</span>
                <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 13 }}>
                  {s.description}
                </Typography.Text>
              </Space>
            }
            data-testid={`source-${s.key}`}
          >
            {s.figures.length > 0 ? (
              <div className="kpi-grid" style={{ opacity: panel.isFetching ? 0.6 : 1 }}>
                {s.figures
                  .filter((f) => catalogue.has(f.indicator))
                  .map((f) => {
                    const info = catalogue.get(f.indicator) as IndicatorInfo;
                    return (
                      <KpiCard
                        key={f.indicator}
                        info={info}
                        figure={figures[f.indicator]}
                        showMom={period.mode !== "year"}
                        onDrill={(part) => openDrill(info, figures[f.indicator], part)}
                      />
                    );
                  })}
              </div>
            ) : null}
            {s.figures
              .filter((f) => f.breakdown === "type" && catalogue.has(f.indicator))
              .map((f) => {
                const info = catalogue.get(f.indicator) as IndicatorInfo;
                const rows = (byType.data?.groups ?? [])
                  .map((g) => ({ key: g.key, figure: g.indicators[f.indicator] }))
                  .filter((r) => (r.figure?.value ?? 0) > 0);
                return (
                  <Row key={`${f.indicator}-type`} style={{ marginTop: 12 }}>
                    <Col xs={24} md={12}>
                      <Table
                        size="small"
                        pagination={false}
                        rowKey="key"
                        loading={byType.isFetching}
                        dataSource={rows}
                        locale={{ emptyText: "统计期间内没有此类案件" }}
                        title={() => `${info.name}（按类型代字）`}
                        columns={[
                          { title: "类型代字", dataIndex: "key" },
                          {
                            title: "案件数",
                            key: "value",
                            align: "right",
                            render: (_, r) => (
                              <Typography.Link
                                onClick={() =>
                                  openDrill(info, r.figure, "numerator", {
                                    by: "type",
                                    group: r.key,
                                    groupLabel: `${unitLabel} · ${r.key}`,
                                  })
                                }
                              >
                                {formatCount(r.figure?.value ?? 0)}
                              </Typography.Link>
                            ),
                          },
                        ]}
                      />
                    </Col>
                  </Row>
                );
              })}
            {s.note ? (
              <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 12 }}>
                {s.note}
              </Typography.Paragraph>
            ) : null}
          </Card>
        ))
      )}
      {monthIds.length > 0 ? (
        <TrendCard
          defaultIds={monthIds}
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
              groupLabel: `${unitLabel} · ${month}`,
            })
          }
        />
      ) : null}
      <DrillModal target={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
