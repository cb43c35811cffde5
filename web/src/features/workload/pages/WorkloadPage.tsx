/**
 * 工作量与分案: 加权工作量 by judge (weighted received, closed and pending, and each judge's share
 * above or below the division's mean), 本庭与全院对比, 分案建议 (the recent pending cases, each with
 * its suggestion, and the decisions recorded) and 案件权重.
 */
import { Alert, Button, Card, Drawer, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDateTime } from "../../../shared/format";
import { defaultPeriod, type PeriodChoice, periodFromQuery } from "../../../shared/period";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { PeriodPicker } from "../../indicators/components/PeriodPicker";
import {
  type CasesToAssign,
  type JudgeWorkloadRow,
  useCasesToAssign,
  useComparison,
  useDecisions,
  useWorkload,
} from "../api";
import { AssignmentPanel } from "../components/AssignmentPanel";
import { ComparisonTable } from "../components/ComparisonTable";
import { WeightsEditor } from "../components/WeightsEditor";
import { formatShare, formatWeighted, judgeRecordPath } from "../format";

const TABS = ["table", "comparison", "assignment", "weights"] as const;
type Tab = (typeof TABS)[number];

function ShareText({ v }: { v: number | null }) {
  return (
    <Typography.Text type={v !== null && v > 20 ? "danger" : undefined}>{formatShare(v)}</Typography.Text>
  );
}

export default function WorkloadPage() {
  const { meta: m, user: u } = useSession();
  const meta = m!;
  const user = u!;
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
  const fixedDivision = user.role === "chief" ? (user.division ?? undefined) : undefined;
  const division = fixedDivision ?? query.get("division") ?? undefined;
  const tab = (TABS as readonly string[]).includes(query.get("tab") ?? "")
    ? (query.get("tab") as Tab)
    : "table";
  const q = { from: period.from, to: period.to, division };

  return (
    <div>
      <Space style={{ marginBottom: 12, justifyContent: "space-between", width: "100%" }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          工作量与分案
        </Typography.Title>
        <Space wrap>
          <PeriodPicker value={period} today={meta.today} onChange={setPeriod} />
          {fixedDivision ? (
            <Tag>{fixedDivision}</Tag>
          ) : (
            <Select
              allowClear
              placeholder="全院"
              style={{ minWidth: 160 }}
              value={division}
              onChange={(v) => setQuery({ division: v })}
              options={meta.divisions.map((d) => ({ value: d.name, label: d.name }))}
              data-testid="workload-division"
            />
          )}
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => setQuery({ tab: k === "table" ? undefined : k })}
        items={[
          { key: "table", label: "加权工作量", children: tab === "table" ? <WorkloadTable q={q} /> : null },
          {
            key: "comparison",
            label: "本庭与全院对比",
            children: tab === "comparison" ? <Comparison q={q} /> : null,
          },
          {
            key: "assignment",
            label: "分案建议",
            children: tab === "assignment" ? <Assignment division={division} /> : null,
          },
          { key: "weights", label: "案件权重", children: tab === "weights" ? <WeightsEditor /> : null },
        ]}
      />
    </div>
  );
}

function WorkloadTable({ q }: { q: { from: string; to: string; division?: string } }) {
  const w = useWorkload(q);
  if (w.isError) return <Alert type="error" showIcon title={errorMessage(w.error)} />;
  const data = w.data;
  const pair = (n: number, weighted: number) => (
    <span>
      {formatWeighted(weighted)}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {" "}
        （{n} 件）
      </Typography.Text>
    </span>
  );
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {data?.weightsAreDefault ? (
        <Typography.Text type="secondary">
          案件权重为系统默认值（本院实践），可在“案件权重”中调整。
        </Typography.Text>
      ) : null}
      <Table<JudgeWorkloadRow>
        size="small"
        loading={w.isFetching}
        rowKey={(r) => `${r.division}|${r.judge}`}
        dataSource={data?.judges ?? []}
        pagination={false}
        data-testid="workload-table"
        columns={[
          { title: "部门", dataIndex: "division" },
          {
            title: "法官",
            dataIndex: "judge",
            render: (v: string, r) =>
              r.actions.includes("view-judge-record") ? (
                <Link to={judgeRecordPath(v, r.division, q)} data-testid={`judge-link-${v}`}>
                  {v}
                </Link>
              ) : (
                v
              ),
          },
          {
            title: "新收（加权）",
            key: "r",
            align: "right",
            render: (_: unknown, r) => pair(r.counts.received, r.weighted.received),
          },
          {
            title: "结案（加权）",
            key: "c",
            align: "right",
            render: (_: unknown, r) => pair(r.counts.closed, r.weighted.closed),
          },
          {
            title: "期末未结（加权）",
            key: "p",
            align: "right",
            render: (_: unknown, r) => pair(r.counts.pending, r.weighted.pending),
          },
          {
            title: "新收较本庭人均",
            key: "sr",
            align: "right",
            render: (_: unknown, r) => <ShareText v={r.share.received} />,
          },
          {
            title: "结案较本庭人均",
            key: "sc",
            align: "right",
            render: (_: unknown, r) => <ShareText v={r.share.closed} />,
          },
          {
            title: "未结较本庭人均",
            key: "sp",
            align: "right",
            render: (_: unknown, r) => <ShareText v={r.share.pending} />,
          },
        ]}
      />
      <Card size="small" title="人均加权件数">
        <Table
          size="small"
          pagination={false}
          rowKey="unit"
          dataSource={[...(data?.divisions ?? []), ...(data ? [data.court] : [])]}
          data-testid="workload-means"
          columns={[
            { title: "部门", dataIndex: "unit" },
            { title: "法官人数", dataIndex: "judges", align: "right" },
            {
              title: "人均新收",
              key: "r",
              align: "right",
              render: (_: unknown, r) => formatWeighted(r.mean.received),
            },
            {
              title: "人均结案",
              key: "c",
              align: "right",
              render: (_: unknown, r) => formatWeighted(r.mean.closed),
            },
            {
              title: "人均未结",
              key: "p",
              align: "right",
              render: (_: unknown, r) => formatWeighted(r.mean.pending),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          加权件数 = Σ 件数 × 案件权重；较本庭人均 =（本人加权件数 − 本庭人均）÷
          本庭人均。新收按立案日期、结案按结案日期在统计期间内计，未结为期末尚未结案。
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}

function Comparison({ q }: { q: { from: string; to: string; division?: string } }) {
  const c = useComparison(q, !!q.division);
  if (!q.division) return <Alert type="info" showIcon title="请选择部门，查看该部门与全院各项指标的对比" />;
  if (c.isError) return <Alert type="error" showIcon title={errorMessage(c.error)} />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {c.data ? (
        <Typography.Text>
          {c.data.division}：{c.data.rows.length} 项指标中，{c.data.weak} 项不在合理区间（标红），
          {c.data.worse} 项差于全院。件数类指标与全院各庭平均（全院合计 ÷ {c.data.divisions.length}{" "}
          个有案件的部门）比较。
        </Typography.Text>
      ) : null}
      <ComparisonTable rows={c.data?.rows ?? []} />
    </Space>
  );
}

type CaseRow = CasesToAssign["rows"][number];

function Assignment({ division }: { division?: string }) {
  const cases = useCasesToAssign(division);
  const decisions = useDecisions(division);
  const [open, setOpen] = useState<number | null>(null);
  if (cases.isError) return <Alert type="error" showIcon title={errorMessage(cases.error)} />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Card
        size="small"
        title={`新收未结案件（${cases.data ? `${cases.data.filedFrom} 起立案` : "近 30 日"}）`}
      >
        <Table<CaseRow>
          size="small"
          rowKey="caseId"
          loading={cases.isFetching}
          dataSource={cases.data?.rows ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          data-testid="cases-to-assign"
          columns={[
            {
              title: "案号",
              dataIndex: "caseNumber",
              render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
            },
            { title: "立案日期", dataIndex: "filedOn" },
            { title: "部门", dataIndex: "division" },
            { title: "程序", dataIndex: "procedure" },
            { title: "承办人", dataIndex: "judge" },
            {
              title: "分案决定",
              key: "d",
              render: (_: unknown, r) =>
                r.decided ? (
                  <Tag color={r.followed ? "green" : "blue"}>
                    {r.followed ? "按建议" : "改派"}：{r.assignedJudge}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary">未记录</Typography.Text>
                ),
            },
            {
              title: "",
              key: "open",
              render: (_: unknown, r) => (
                <Button size="small" onClick={() => setOpen(r.caseId)} data-testid={`suggest-${r.caseId}`}>
                  分案建议
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={`已记录的分案决定${decisions.data ? `（按建议 ${decisions.data.followed} 件，改派 ${decisions.data.reassigned} 件）` : ""}`}
      >
        <Table
          size="small"
          rowKey="id"
          dataSource={decisions.data?.rows ?? []}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          data-testid="decisions"
          columns={[
            { title: "案号", dataIndex: "caseNumber" },
            { title: "部门", dataIndex: "division" },
            { title: "建议", dataIndex: "suggestedJudge" },
            { title: "分案给", dataIndex: "assignedJudge" },
            {
              title: "决定",
              dataIndex: "followed",
              render: (v: boolean) =>
                v ? <Tag color="green">按建议分案</Tag> : <Tag color="blue">改派</Tag>,
            },
            { title: "理由", dataIndex: "note", render: (v: string | null) => v ?? "—" },
            { title: "记录人", dataIndex: "decidedBy" },
            { title: "时间", dataIndex: "decidedAt", render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
      <Drawer open={open !== null} width={720} title="分案建议" onClose={() => setOpen(null)} destroyOnHidden>
        {open !== null ? <AssignmentPanel caseId={open} /> : null}
      </Drawer>
    </Space>
  );
}
