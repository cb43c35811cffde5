/**
 * 执行不能案件库: every enforcement case closed by 终结本次执行程序, with its debtors, the amount
 * outstanding, the next property search due (overdue ones first), the searches recorded and the
 * 恢复执行 proposal or case; the figures above (size, overdue, due within 30 days, 发现财产, recovery
 * rate). The judge, the chief or the office records a search or proposes 恢复执行.
 */
import {
  Button,
  Card,
  Col,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { formatYuan } from "../../../shared/format";
import { useSession } from "../../../shared/session/session";
import { STATE_COLORS, type TerminationQuery, type TerminationRow, useTerminationLibrary } from "../api";
import { EntryDialog, type EntryDialogKind } from "../components/EntryDialogs";

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const yuan = (fen: number | null) => (fen === null ? "—" : formatYuan(fen / 100));

const STATES = [
  { value: "overdue", label: "查询逾期" },
  { value: "due", label: "待查询" },
  { value: "resumed", label: "已恢复执行" },
  { value: "watch-ended", label: "已满五年" },
];

export default function TerminationLibraryPage() {
  const { meta } = useSession();
  const today = meta?.today ?? new Date().toISOString().slice(0, 10);
  const [q, setQ] = useState<TerminationQuery>({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<{ kind: EntryDialogKind; row: TerminationRow } | null>(null);
  const list = useTerminationLibrary(q);
  const f = list.data?.figures;
  const set = (patch: Partial<TerminationQuery>) => setQ((old) => ({ ...old, page: 1, ...patch }));

  const columns: TableColumnsType<TerminationRow> = [
    { title: "案号", dataIndex: "caseNumber", width: 200 },
    { title: "承办部门", dataIndex: "division", width: 120 },
    { title: "承办人", dataIndex: "judge", width: 80 },
    { title: "被执行人", dataIndex: "defendants", ellipsis: true },
    { title: "未执行到位金额", dataIndex: "outstandingFen", width: 130, align: "right", render: yuan },
    { title: "终本日期", dataIndex: "closedOn", width: 110 },
    {
      title: "下次查询",
      key: "due",
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={STATE_COLORS[r.state]}>{r.stateName}</Tag>
          {r.nextDueOn && <span>{r.nextDueOn}</span>}
          {r.state === "overdue" && <Typography.Text type="danger">逾期 {r.overdueDays} 天</Typography.Text>}
        </Space>
      ),
    },
    {
      title: "最近查询",
      key: "last",
      width: 170,
      render: (_, r) => {
        const s = r.searches[0];
        if (!s) return <Typography.Text type="secondary">未登记</Typography.Text>;
        return (
          <Space size={4} wrap>
            <span>{s.searchedOn}</span>
            <Tag color={s.result === "发现财产" ? "orange" : "default"}>{s.result}</Tag>
          </Space>
        );
      },
    },
    {
      title: "恢复执行",
      key: "resume",
      width: 180,
      render: (_, r) =>
        r.resumption ? (
          <span>{r.resumption.caseNumber}</span>
        ) : r.proposal ? (
          <Tag color="gold">已建议 {r.proposal.proposedOn}</Tag>
        ) : null,
    },
    {
      title: "操作",
      key: "actions",
      width: 190,
      render: (_, r) => (
        <Space size={4}>
          {r.actions.includes("record-termination-search") && (
            <Button size="small" onClick={() => setDialog({ kind: "search", row: r })}>
              登记查询
            </Button>
          )}
          {r.actions.includes("propose-resumption") && (
            <Button size="small" type="primary" onClick={() => setDialog({ kind: "proposal", row: r })}>
              建议恢复执行
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }} data-testid="page-termination-library">
      <Typography.Title level={4} style={{ margin: 0 }}>
        执行不能案件库
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        以终结本次执行程序方式结案的执行案件均入库。终本后五年内每六个月应查询一次被执行人财产（最高人民法院《关于严格规范终结本次执行程序的规定（试行）》第九条第二款），期间按民法典第二百零二条计算；恢复执行案件（执恢）以本案为原审案号立案后移出。
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col span={4}>
          <Card size="small">
            <Statistic title="库内案件" value={f?.size ?? 0} suffix="件" />
          </Card>
        </Col>
        <Col span={4}>
          <Card size="small">
            <Statistic
              title="查询逾期"
              value={f?.overdue ?? 0}
              suffix="件"
              valueStyle={{ color: "#CF1322" }}
            />
          </Card>
        </Col>
        <Col span={4}>
          <Card size="small">
            <Statistic title="30 日内应查询" value={f?.dueWithin30 ?? 0} suffix="件" />
          </Card>
        </Col>
        <Col span={4}>
          <Card size="small">
            <Statistic title="发现财产待恢复" value={f?.propertyFound ?? 0} suffix="件" />
          </Card>
        </Col>
        <Col span={4}>
          <Card size="small">
            <Statistic title="已恢复执行" value={f?.resumed ?? 0} suffix="件" />
          </Card>
        </Col>
        <Col span={4}>
          <Card size="small">
            <Statistic title="恢复执行率" value={percent(f?.recoveryRate ?? null)} />
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 140 }}
            options={STATES}
            value={q.state}
            onChange={(v) => set({ state: v })}
          />
          <Select
            allowClear
            placeholder="承办部门"
            style={{ width: 160 }}
            options={(meta?.divisions ?? []).map((d) => ({ value: d, label: d }))}
            value={q.division}
            onChange={(v) => set({ division: v })}
          />
          <Input.Search
            allowClear
            placeholder="案号或被执行人"
            style={{ width: 220 }}
            onSearch={(v) => set({ q: v })}
          />
        </Space>
        <Table<TerminationRow>
          rowKey="caseId"
          size="small"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.rows ?? []}
          scroll={{ x: 1400 }}
          expandable={{
            rowExpandable: (r) => r.searches.length > 0,
            expandedRowRender: (r) => (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={r.searches}
                columns={[
                  { title: "查询日期", dataIndex: "searchedOn", width: 120 },
                  { title: "结果", dataIndex: "result", width: 100 },
                  { title: "说明", dataIndex: "note" },
                  { title: "登记人", dataIndex: "recordedBy", width: 120 },
                ]}
              />
            ),
          }}
          pagination={{
            current: q.page,
            pageSize: q.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (t) => `共 ${t} 件`,
            onChange: (page, pageSize) => setQ((old) => ({ ...old, page, pageSize })),
          }}
        />
      </Card>
      {dialog && (
        <EntryDialog kind={dialog.kind} row={dialog.row} today={today} onClose={() => setDialog(null)} />
      )}
    </Space>
  );
}
