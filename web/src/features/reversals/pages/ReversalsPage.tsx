/**
 * 发改案件: the register (entries whose appellate result falls in the period, filtered; the office
 * classifies, the judge objects, the office decides; selected entries go to a 评析会), its figures
 * by division or judge (by outcome, 发改原因, 责任认定, 差错占比 — each row drills to its entries),
 * and the 评析会 with their progress and minutes.
 */
import { DownloadOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDate } from "../../../shared/format";
import {
  downloadMinutes,
  RESPONSIBILITY_COLORS,
  type ReversalQuery,
  type ReversalRow,
  type ReviewMeeting,
  STATE_COLORS,
  useReversalOptions,
  useReversalStatistics,
  useReversals,
  useReviewMeetings,
} from "../api";
import { NewMeetingDialog } from "../components/NewMeetingDialog";
import { type DialogKind, ReversalDialog } from "../components/ReversalDialogs";

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

export default function ReversalsPage() {
  const { message } = App.useApp();
  const [tab, setTab] = useState("register");
  const [q, setQ] = useState<ReversalQuery>({});
  const [by, setBy] = useState<"division" | "judge">("division");
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<{ kind: DialogKind; row: ReversalRow } | null>(null);
  const [meetingOpen, setMeetingOpen] = useState(false);
  const list = useReversals(q);
  const stats = useReversalStatistics({ ...q, by });
  const options = useReversalOptions();
  const meetings = useReviewMeetings();
  const rows = list.data?.rows ?? [];
  const set = (patch: Partial<ReversalQuery>) => setQ((old) => ({ ...old, ...patch }));
  const divisions = [...new Set(rows.map((r) => r.division))].sort();

  const columns: TableColumnsType<ReversalRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
    },
    { title: "承办部门", dataIndex: "division" },
    { title: "承办人", dataIndex: "judge" },
    {
      title: "二审结果",
      dataIndex: "outcome",
      render: (v: string, r) => (
        <Space size={4}>
          <Tag color={v === "改判" ? "volcano" : "orange"}>{v}</Tag>
          {r.disagreement ? (
            <Tooltip title={r.disagreement}>
              <Tag color="gold">来源不一致</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: "二审结果日期",
      dataIndex: "decidedOn",
      render: (v: string | null) => (v ? formatDate(v) : "日期不详"),
    },
    { title: "发改原因", dataIndex: "reason", render: (v: string | null) => v ?? "—" },
    {
      title: "责任认定",
      dataIndex: "responsibility",
      render: (v: string | null, r) =>
        v ? (
          <Tooltip title={r.note}>
            <Tag color={RESPONSIBILITY_COLORS[v]}>{v}</Tag>
          </Tooltip>
        ) : (
          "—"
        ),
    },
    {
      title: "状态",
      dataIndex: "stateName",
      render: (v: string, r) => (
        <Tooltip
          title={
            r.objection
              ? `异议（${r.objection.by}）：${r.objection.text}${r.objection.decision ? `；${r.objection.decider}认定异议${r.objection.decision}：${r.objection.reference}` : ""}`
              : undefined
          }
        >
          <Tag color={STATE_COLORS[r.state]} data-testid={`reversal-state-${r.caseId}`}>
            {v}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: "评析",
      dataIndex: "reviews",
      render: (v: ReversalRow["reviews"]) =>
        v.length === 0 ? (
          "—"
        ) : (
          <Space size={4} wrap>
            {v.map((x) => (
              <Link key={x.meetingId} to={`/review-meetings/${x.meetingId}`}>
                <Tag color={x.complete ? "green" : "blue"}>{x.complete ? "评析完毕" : "评析中"}</Tag>
              </Link>
            ))}
          </Space>
        ),
    },
    {
      title: "操作",
      key: "actions",
      render: (_: unknown, r) => (
        <Space size={4}>
          {r.actions.includes("classify-reversal") ? (
            <Button
              size="small"
              onClick={() => setDialog({ kind: "classify", row: r })}
              data-testid={`reversal-classify-${r.caseId}`}
            >
              {r.state === "unclassified" ? "分类" : "修改分类"}
            </Button>
          ) : null}
          {r.actions.includes("object-reversal") ? (
            <Button
              size="small"
              onClick={() => setDialog({ kind: "object", row: r })}
              data-testid={`reversal-object-${r.caseId}`}
            >
              提出异议
            </Button>
          ) : null}
          {r.actions.includes("decide-reversal-objection") ? (
            <Button
              size="small"
              onClick={() => setDialog({ kind: "decide", row: r })}
              data-testid={`reversal-decide-${r.caseId}`}
            >
              处理异议
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  const reasonNames = options.data?.reasons.map((r) => r.name) ?? [];
  type Tally = NonNullable<typeof stats.data>["total"];
  const drill = (t: Tally) => {
    setQ((old) => ({
      ...old,
      division: t.key === "全院" ? undefined : t.division,
      judge: t.judge ?? undefined,
    }));
    setTab("register");
  };
  const statColumns: TableColumnsType<Tally> = [
    {
      title: by === "judge" ? "部门／承办人" : "部门",
      dataIndex: "key",
      render: (v: string, t) => (
        <Button type="link" size="small" onClick={() => drill(t)}>
          {v}
        </Button>
      ),
    },
    { title: "发改件数", dataIndex: "total" },
    { title: "改判", dataIndex: "reversed" },
    { title: "发回重审", dataIndex: "remanded" },
    { title: "已分类", dataIndex: "classified" },
    ...reasonNames.map((n) => ({
      title: n,
      key: `r-${n}`,
      render: (_: unknown, t: Tally) => t.byReason[n] ?? 0,
    })),
    ...["差错", "瑕疵", "非差错"].map((n) => ({
      title: n,
      key: `s-${n}`,
      render: (_: unknown, t: Tally) => t.byResponsibility[n] ?? 0,
    })),
    { title: "差错占比", dataIndex: "errorShare", render: percent },
  ];

  const meetingColumns: TableColumnsType<ReviewMeeting> = [
    {
      title: "评析会",
      dataIndex: "title",
      render: (v: string, m) => (
        <Link to={`/review-meetings/${m.id}`} data-testid={`review-meeting-link-${m.id}`}>
          {v}
        </Link>
      ),
    },
    { title: "召开日期", dataIndex: "heldOn", render: formatDate },
    { title: "主持人", dataIndex: "host" },
    {
      title: "评析完毕",
      key: "progress",
      render: (_: unknown, m) => `${m.completeCount} / ${m.entryCount}`,
    },
    {
      title: "纪要",
      key: "minutes",
      render: (_: unknown, m) => (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => downloadMinutes(m).catch((err) => message.error(errorMessage(err)))}
        >
          下载纪要
        </Button>
      ),
    },
  ];

  const filters = (
    <Space wrap style={{ marginBottom: 12 }}>
      <span>二审结果日期</span>
      <Input
        type="date"
        style={{ width: 150 }}
        value={q.from ?? ""}
        onChange={(e) => set({ from: e.target.value || undefined })}
        data-testid="reversals-from"
      />
      <span>至</span>
      <Input
        type="date"
        style={{ width: 150 }}
        value={q.to ?? ""}
        onChange={(e) => set({ to: e.target.value || undefined })}
        data-testid="reversals-to"
      />
      <Select
        allowClear
        placeholder="承办部门"
        style={{ width: 160 }}
        value={q.division}
        onChange={(v) => set({ division: v, judge: undefined })}
        options={divisions.map((d) => ({ value: d, label: d }))}
      />
      {q.judge ? (
        <Tag closable onClose={() => set({ judge: undefined })}>
          承办人：{q.judge}
        </Tag>
      ) : null}
      <Select
        allowClear
        placeholder="二审结果"
        style={{ width: 120 }}
        value={q.outcome}
        onChange={(v) => set({ outcome: v })}
        options={["改判", "发回重审"].map((v) => ({ value: v, label: v }))}
      />
      <Select
        allowClear
        placeholder="分类状态"
        style={{ width: 130 }}
        value={q.state}
        onChange={(v) => set({ state: v })}
        options={[
          { value: "unclassified", label: "未分类" },
          { value: "classified", label: "已分类" },
          { value: "objected", label: "异议待处理" },
          { value: "decided", label: "异议已处理" },
        ]}
      />
      <Select
        allowClear
        placeholder="发改原因"
        style={{ width: 180 }}
        value={q.reason}
        onChange={(v) => set({ reason: v })}
        options={reasonNames.map((v) => ({ value: v, label: v }))}
      />
      <Select
        allowClear
        placeholder="责任认定"
        style={{ width: 120 }}
        value={q.responsibility}
        onChange={(v) => set({ responsibility: v })}
        options={["差错", "瑕疵", "非差错"].map((v) => ({ value: v, label: v }))}
      />
    </Space>
  );

  const selectedRows = rows.filter((r) => selected.includes(r.caseId));
  return (
    <div data-testid="page-reversals">
      <div className="page-title">
        <Typography.Title level={4}>发改案件</Typography.Title>
      </div>
      <Card size="small">
        {filters}
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: "register",
              label: <span data-testid="reversals-tab-register">发改台账（{list.data?.total ?? 0}）</span>,
              children: (
                <>
                  {meetings.data?.canCreate ? (
                    <Space style={{ marginBottom: 8 }}>
                      <Button
                        type="primary"
                        disabled={selectedRows.length === 0}
                        onClick={() => setMeetingOpen(true)}
                        data-testid="review-meeting-new"
                      >
                        组织评析会（已选 {selectedRows.length} 件）
                      </Button>
                    </Space>
                  ) : null}
                  {list.data && list.data.unmatched.length > 0 ? (
                    <Typography.Paragraph type="secondary">
                      另有 {list.data.unmatched.length}{" "}
                      件二审改判、发回重审案件的原审案号在数据中找不到对应的一审案件：
                      {list.data.unmatched
                        .map((u) => `${u.caseNumber}（原审 ${u.originCaseNumber}）`)
                        .join("、")}
                    </Typography.Paragraph>
                  ) : null}
                  <Table<ReversalRow>
                    size="small"
                    rowKey="caseId"
                    loading={list.isFetching}
                    dataSource={rows}
                    columns={columns}
                    rowSelection={
                      meetings.data?.canCreate
                        ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) }
                        : undefined
                    }
                    pagination={{
                      defaultPageSize: 50,
                      showSizeChanger: true,
                      showTotal: (n) => `共 ${n} 件`,
                    }}
                    scroll={{ x: 1100 }}
                    locale={{ emptyText: "期间内没有发改案件" }}
                    data-testid="reversals-table"
                  />
                </>
              ),
            },
            {
              key: "statistics",
              label: <span data-testid="reversals-tab-statistics">统计</span>,
              children: (
                <>
                  <Space style={{ marginBottom: 8 }}>
                    <span>分组</span>
                    <Select
                      value={by}
                      onChange={setBy}
                      style={{ width: 120 }}
                      options={[
                        { value: "division", label: "按部门" },
                        { value: "judge", label: "按承办人" },
                      ]}
                    />
                    <Typography.Text type="secondary">
                      差错占比 = 认定为差错的件数 ÷ 已分类件数；点击分组查看案件
                    </Typography.Text>
                  </Space>
                  <Table<Tally>
                    size="small"
                    rowKey="key"
                    loading={stats.isFetching}
                    dataSource={stats.data ? [...stats.data.rows, stats.data.total] : []}
                    columns={statColumns}
                    pagination={false}
                    scroll={{ x: 1200 }}
                    data-testid="reversals-statistics"
                  />
                </>
              ),
            },
            {
              key: "meetings",
              label: (
                <span data-testid="reversals-tab-meetings">评析会（{meetings.data?.rows.length ?? 0}）</span>
              ),
              children: (
                <Table<ReviewMeeting>
                  size="small"
                  rowKey="id"
                  dataSource={meetings.data?.rows ?? []}
                  columns={meetingColumns}
                  pagination={false}
                  locale={{ emptyText: "还没有评析会" }}
                  data-testid="review-meetings-table"
                />
              ),
            },
          ]}
        />
      </Card>
      <ReversalDialog kind={dialog?.kind ?? null} row={dialog?.row ?? null} onClose={() => setDialog(null)} />
      <NewMeetingDialog rows={selectedRows} open={meetingOpen} onClose={() => setMeetingOpen(false)} />
    </div>
  );
}
