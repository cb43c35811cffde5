/**
 * 程序不符: cases whose procedure at filing disagrees with the rules — 宜简未简 (the rules call them
 * simple, tried under 普通程序) and 宜繁未繁 (the reverse) — among the pending cases and those closed
 * within a period (default: last quarter), with the reasons; filters, paging, export.
 */
import {
  Alert,
  DatePicker,
  Segmented,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatDate, formatYuan } from "../../../shared/format";
import { useSession } from "../../../shared/session/session";
import {
  exportMismatches,
  type MismatchQuery,
  type MismatchRow,
  TRACK_COLORS,
  type Track,
  useMismatches,
} from "../api";
import { ReasonList } from "./ReasonList";

const KIND_LABELS: Record<string, string> = {
  "simple-as-ordinary": "宜简未简",
  "ordinary-as-simple": "宜繁未繁",
};

export function MismatchesTab() {
  const { meta } = useSession();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [status, setStatus] = useState("all");
  const [kind, setKind] = useState<string | undefined>();
  const [division, setDivision] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q: MismatchQuery = { ...period, status, kind, division, page, pageSize };
  const list = useMismatches(q);
  const count = (k: string) => list.data?.counts.find((c) => c.kind === k)?.count ?? 0;

  const columns: TableColumnsType<MismatchRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 200,
      render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
    },
    {
      title: "不符情形",
      dataIndex: "kind",
      width: 100,
      render: (k: string, r) => (
        <Tag color={k === "simple-as-ordinary" ? "orange" : "red"} title={r.kindLabel}>
          {KIND_LABELS[k] ?? k}
        </Tag>
      ),
    },
    {
      title: "建议程序",
      dataIndex: "track",
      width: 110,
      render: (t: Track) => <Tag color={TRACK_COLORS[t]}>{t}</Tag>,
    },
    {
      title: "实际程序",
      dataIndex: "actualTrack",
      width: 110,
      render: (t: Track | null, r) => (t ? <Tag color={TRACK_COLORS[t]}>{t}</Tag> : (r.procedure ?? "—")),
    },
    { title: "案由", dataIndex: "cause", width: 140, render: (v: string | null) => v ?? "—" },
    {
      title: "标的额",
      dataIndex: "amountYuan",
      width: 120,
      align: "right",
      render: (v: number | null) => formatYuan(v),
    },
    { title: "承办部门", dataIndex: "division", width: 120 },
    { title: "承办人", dataIndex: "judge", width: 80 },
    { title: "立案日期", dataIndex: "filedOn", width: 100, render: formatDate },
    {
      title: "结案日期",
      dataIndex: "closedOn",
      width: 100,
      render: (v: string | null) => (v ? formatDate(v) : "未结"),
    },
    {
      title: "结论（展开看全部理由）",
      dataIndex: "reasons",
      width: 360,
      render: (r: string[]) => <Typography.Text strong>{r.at(-1)}</Typography.Text>,
    },
  ];

  return (
    <div data-testid="triage-mismatches">
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(String(v));
            setPage(1);
          }}
          options={[
            { value: "all", label: "未结及期间内已结" },
            { value: "pending", label: "未结" },
            { value: "closed", label: "期间内已结" },
          ]}
        />
        <DatePicker.RangePicker
          allowClear
          placeholder={["结案期间首日", "末日"]}
          value={period.from && period.to ? [dayjs(period.from), dayjs(period.to)] : null}
          onChange={(v) => {
            setPeriod(
              v?.[0] && v[1] ? { from: v[0].format("YYYY-MM-DD"), to: v[1].format("YYYY-MM-DD") } : {},
            );
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder="不符情形"
          style={{ width: 200 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={Object.entries(KIND_LABELS).map(([value, label]) => ({
            value,
            label: `${label}（${count(value)}）`,
          }))}
          data-testid="triage-filter-kind"
        />
        <Select
          allowClear
          showSearch
          placeholder="承办部门"
          style={{ width: 180 }}
          value={division}
          onChange={(v) => {
            setDivision(v);
            setPage(1);
          }}
          options={(meta?.divisions ?? []).map((d) => ({ value: d.name, label: d.name }))}
        />
        <ExportButtons
          total={list.data?.total ?? null}
          testIdPrefix="triage-mismatches"
          onExport={(which) => exportMismatches(which === "page" ? q : { ...q, page: undefined })}
        />
      </Space>
      {list.data ? (
        <Typography.Paragraph type="secondary">
          结案期间 {formatDate(list.data.from)} 至 {formatDate(list.data.to)}（默认上一季度）：宜简未简{" "}
          {count("simple-as-ordinary")} 件，宜繁未繁 {count("ordinary-as-simple")}{" "}
          件。实际程序以立案时登记的审理程序为准，速裁团队适用简易程序的视为速裁。
        </Typography.Paragraph>
      ) : null}
      {list.isError ? <Alert type="error" showIcon title={errorMessage(list.error)} /> : null}
      <Table<MismatchRow>
        size="small"
        rowKey="caseId"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        columns={columns}
        scroll={{ x: 1500 }}
        expandable={{ expandedRowRender: (r) => <ReasonList reasons={r.reasons} /> }}
        data-testid="triage-mismatches-table"
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => `共 ${n} 件`,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
    </div>
  );
}
