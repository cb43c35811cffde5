/**
 * 考核: a period's scores by division or judge against a scheme (考核办法) — each cell explains its
 * points on hover and opens the cases behind its value — with the .xlsx export; and the schemes
 * themselves, which the office edits (each version dated; the scores say which version they used).
 */
import { CopyOutlined, DownloadOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Result,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import type { IndicatorInfo } from "../../../shared/api/types";
import { formatDate, formatDateTime } from "../../../shared/format";
import { defaultPeriod, type PeriodChoice, periodFromQuery } from "../../../shared/period";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { PeriodPicker } from "../../indicators/components/PeriodPicker";
import { exportAssessment, useAssessment, useSchemes } from "../api";
import { ResultsTable } from "../components/ResultsTable";
import { type SchemeDraft, SchemeEditor } from "../components/SchemeEditor";
import type { AssessmentBy, SchemeItem, SchemeRow } from "../types";

const METHOD_NAMES: Record<SchemeItem["method"], string> = {
  range: "区间达标",
  target: "线性得分",
  relative: "比例得分",
  deduct: "扣分",
};

export default function AssessmentPage() {
  const { meta, user } = useSession();
  if (!user) return null;
  if (!meta) return <Result status="warning" title="无法加载法院信息" subTitle="请刷新页面重试" />;
  return <Assessment />;
}

function Assessment() {
  const [query, setQuery] = useQueryState();
  const tab = query.get("tab") === "schemes" ? "schemes" : "results";
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => setQuery({ tab: k === "schemes" ? "schemes" : undefined })}
      items={[
        { key: "results", label: "考核结果", children: <Results /> },
        { key: "schemes", label: "考核办法", children: <Schemes /> },
      ]}
    />
  );
}

/** What a scheme may score: the indicator catalogue, then the register figures (发改案件差错). */
function useScoringCatalogue(
  catalogue: IndicatorInfo[],
  registers: IndicatorInfo[] | undefined,
): IndicatorInfo[] {
  return useMemo(() => [...catalogue, ...(registers ?? [])], [catalogue, registers]);
}

function Results() {
  const { message } = App.useApp();
  const { meta: m, user: u } = useSession();
  const meta = m!;
  const user = u!;
  const schemes = useSchemes();
  const scoring = useScoringCatalogue(meta.catalogue, schemes.data?.registerIndicators);
  const catalogue = useMemo(() => new Map(scoring.map((i) => [i.id, i])), [scoring]);
  const [query, setQuery] = useQueryState();
  const period = periodFromQuery(query, meta.today);
  const judgeOnly = user.role === "judge";
  const by: AssessmentBy = judgeOnly ? "judge" : query.get("by") === "judge" ? "judge" : "division";
  const schemeParam = query.get("scheme");
  const schemeId = schemeParam ? Number(schemeParam) : undefined;
  const q = { schemeId, from: period.from, to: period.to, by };
  const result = useAssessment(q);
  const [exporting, setExporting] = useState(false);

  const setPeriod = (p: PeriodChoice) => {
    const d = defaultPeriod(meta.today);
    const isDefault = p.mode === d.mode && p.from === d.from && p.to === d.to;
    setQuery({
      mode: isDefault ? undefined : p.mode,
      from: isDefault ? undefined : p.from,
      to: isDefault ? undefined : p.to,
    });
  };

  const onExport = async () => {
    setExporting(true);
    try {
      const name = await exportAssessment(q);
      message.success(`已导出 ${name}`);
    } catch (err) {
      message.error(`导出失败：${errorMessage(err)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Card size="small">
        <Space wrap size={12}>
          <Select
            style={{ width: 320 }}
            value={schemeId ?? 0}
            onChange={(v) => setQuery({ scheme: v === 0 ? undefined : v })}
            data-testid="scheme-select"
            options={[
              { value: 0, label: "期间末日施行的考核办法" },
              ...(schemes.data?.schemes ?? []).map((s) => ({
                value: s.id,
                label: `${s.name}（版本 ${s.version}）`,
              })),
            ]}
          />
          <PeriodPicker value={period} today={meta.today} onChange={setPeriod} />
          {judgeOnly ? null : (
            <Segmented<AssessmentBy>
              value={by}
              options={[
                { value: "division", label: "按部门" },
                { value: "judge", label: "按法官" },
              ]}
              onChange={(v) => setQuery({ by: v === "division" ? undefined : v })}
              data-testid="assessment-by"
            />
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={onExport}
            data-testid="assessment-export"
          >
            导出 Excel
          </Button>
        </Space>
      </Card>
      {result.error ? (
        <Alert type="error" showIcon message="无法计算考核结果" description={errorMessage(result.error)} />
      ) : null}
      {result.data ? (
        <Card
          size="small"
          title={
            <span data-testid="assessment-title">
              按《{result.data.scheme.name}》（版本 {result.data.scheme.version}）计分　
              {formatDate(result.data.from)} 至 {formatDate(result.data.to)}
            </span>
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            鼠标悬停在得分上可查看计分说明；点击指标值可查看对应案件。无可计算数据的项目不计分，其权重不计入总分，总分折算为百分制。
          </Typography.Paragraph>
          {result.data.units.length === 0 ? (
            <Typography.Text type="secondary">期间内没有可考核的单位。</Typography.Text>
          ) : (
            <ResultsTable result={result.data} catalogue={catalogue} loading={result.isFetching} />
          )}
        </Card>
      ) : null}
    </Space>
  );
}

function paramsText(item: SchemeItem, info: IndicatorInfo | undefined): string {
  const pct = info?.unit === "%";
  const v = (x: number | undefined) =>
    x === undefined ? "" : pct ? `${Math.round(x * 100 * 1e4) / 1e4}%` : `${x}${info?.unit ?? ""}`;
  const step = (x: number | undefined) =>
    x === undefined ? "" : pct ? `${Math.round(x * 100 * 1e4) / 1e4} 个百分点` : `${x} ${info?.unit ?? ""}`;
  switch (item.method) {
    case "range":
      return [
        item.min !== undefined ? `下限 ${v(item.min)}` : "",
        item.max !== undefined ? `上限 ${v(item.max)}` : "",
        `区间外每 ${step(item.step)}扣 ${item.penalty} 分`,
      ]
        .filter(Boolean)
        .join("，");
    case "target":
      return `目标值 ${v(item.target)}，零分线 ${v(item.floor)}`;
    case "relative":
      return info?.direction === "lower" ? "以各单位最低值为满分" : "以各单位最高值为满分";
    case "deduct":
      return `每件扣 ${item.points} 分`;
  }
}

function Schemes() {
  const { message } = App.useApp();
  const { meta: m } = useSession();
  const meta = m!;
  const schemes = useSchemes();
  const scoring = useScoringCatalogue(meta.catalogue, schemes.data?.registerIndicators);
  const catalogue = useMemo(() => new Map(scoring.map((i) => [i.id, i])), [scoring]);
  const [draft, setDraft] = useState<SchemeDraft | null>(null);
  const list = schemes.data;
  const copyOf = (s: SchemeRow): SchemeDraft => ({
    id: null,
    scheme: { ...s, version: "", effectiveFrom: meta.today, effectiveTo: null },
  });

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      {schemes.error ? <Alert type="error" showIcon message={errorMessage(schemes.error)} /> : null}
      {list?.canCreate ? (
        <Space>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="scheme-new"
            onClick={() => {
              const base = list.schemes.find((s) => s.id === list.inForceId) ?? list.schemes[0];
              setDraft(
                base
                  ? copyOf(base)
                  : {
                      id: null,
                      scheme: {
                        name: "",
                        version: "",
                        effectiveFrom: meta.today,
                        effectiveTo: null,
                        items: [],
                      },
                    },
              );
            }}
          >
            新建版本
          </Button>
          <Typography.Text type="secondary">
            新版本以当前施行的办法为底稿；考核结果注明所用的办法及版本。
          </Typography.Text>
        </Space>
      ) : null}
      <Table<SchemeRow>
        rowKey="id"
        size="small"
        loading={schemes.isLoading}
        dataSource={list?.schemes ?? []}
        pagination={false}
        data-testid="scheme-list"
        expandable={{
          expandedRowRender: (s) => (
            <Table<SchemeItem>
              rowKey="indicator"
              size="small"
              pagination={false}
              dataSource={s.items}
              columns={[
                { title: "序号", width: 60, render: (_, __, i) => i + 1 },
                { title: "指标", render: (_, it) => catalogue.get(it.indicator)?.name ?? it.indicator },
                { title: "权重（分）", dataIndex: "weight", width: 90 },
                { title: "计分方法", width: 100, render: (_, it) => METHOD_NAMES[it.method] },
                { title: "参数", render: (_, it) => paramsText(it, catalogue.get(it.indicator)) },
                { title: "说明", dataIndex: "note" },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: "名称",
            render: (_, s) => (
              <Space>
                {s.name}
                {s.id === list?.inForceId ? <Tag color="green">施行中</Tag> : null}
              </Space>
            ),
          },
          { title: "版本", dataIndex: "version", width: 110 },
          { title: "施行日期", width: 140, render: (_, s) => formatDate(s.effectiveFrom) },
          {
            title: "截止日期",
            width: 140,
            render: (_, s) => (s.effectiveTo ? formatDate(s.effectiveTo) : "至新办法施行"),
          },
          { title: "项目数", width: 80, render: (_, s) => s.items.length },
          {
            title: "权重合计",
            width: 90,
            render: (_, s) => s.items.reduce((n, i) => n + i.weight, 0),
          },
          { title: "修改时间", width: 170, render: (_, s) => formatDateTime(s.updatedAt) },
          {
            title: "操作",
            width: 200,
            render: (_, s) =>
              s.actions.includes("edit") ? (
                <Space>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    data-testid="scheme-edit"
                    onClick={() => setDraft({ id: s.id, scheme: s })}
                  >
                    修改
                  </Button>
                  <Button size="small" icon={<CopyOutlined />} onClick={() => setDraft(copyOf(s))}>
                    另存新版本
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      {draft ? (
        <SchemeEditor
          draft={draft}
          catalogue={scoring}
          onClose={() => setDraft(null)}
          onSaved={(s) => {
            setDraft(null);
            message.success(`已保存《${s.name}》（版本 ${s.version}）`);
          }}
        />
      ) : null}
    </Space>
  );
}
