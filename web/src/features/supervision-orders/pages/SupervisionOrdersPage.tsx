/**
 * 督办单 (/supervision-orders): 我发起的, 待我答复, 已逾期 and all within the reader's scope — paged
 * on the server, exported to .xlsx. Each order links to its matter page, where the judge answers
 * and the issuer closes (销号) or returns it. The tab and page live in the URL.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Table, type TableColumnsType, Tabs, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatCount, formatDate } from "../../../shared/format";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { exportOrders, type OrderQuery, type OrderRow, type OrderTab, useOrders } from "../api";
import { OrderStateTag } from "../components/OrderStateTag";

const TABS: OrderTab[] = ["mine", "answer", "overdue", "all"];
const TAB_NAMES: Record<OrderTab, string> = {
  mine: "我发起的",
  answer: "待我答复",
  overdue: "已逾期",
  all: "全部",
};
const EMPTY: Record<OrderTab, string> = {
  mine: "没有您发起的督办单",
  answer: "没有待您答复的督办单",
  overdue: "没有逾期未答复的督办单",
  all: "没有督办单",
};

const columns: TableColumnsType<OrderRow> = [
  {
    title: "督办事项",
    dataIndex: "title",
    width: 260,
    render: (v: string, r) => (
      <Link to={`/matters/${r.id}`} data-testid={`order-link-${r.id}`}>
        {v}
      </Link>
    ),
  },
  {
    title: "状态",
    dataIndex: "stateLabel",
    width: 150,
    render: (_: string, r) => (
      <Space size={4}>
        <OrderStateTag order={r} testId={`order-state-${r.id}`} />
        {r.overdue ? <Tag color="red">逾期</Tag> : null}
      </Space>
    ),
  },
  {
    title: "案号",
    dataIndex: "caseNumber",
    width: 210,
    render: (v: string | null, r) =>
      r.caseId !== null ? (
        <Link to={`/cases/${r.caseId}`}>{v}</Link>
      ) : (
        `${v ?? "—"}${r.caseCount > 1 ? ` 等 ${r.caseCount} 件` : ""}`
      ),
  },
  { title: "承办部门", dataIndex: "division", width: 130, ellipsis: true },
  { title: "承办人", dataIndex: "judge", width: 90 },
  { title: "督办要求", dataIndex: "request", width: 260, ellipsis: true },
  { title: "答复期限", dataIndex: "replyDue", width: 110, render: formatDate },
  {
    title: "情况说明",
    dataIndex: "explanation",
    width: 240,
    ellipsis: true,
    render: (v: string | null, r) =>
      v ? `${v}${r.measures.length ? `（${r.measures.join("、")}）` : ""}` : "—",
  },
  { title: "发起人", dataIndex: "initiator", width: 110 },
  { title: "发起日", dataIndex: "openedOn", width: 110, render: formatDate },
];

export default function SupervisionOrdersPage() {
  const [query, setQuery] = useQueryState();
  const tabParam = query.get("tab") as OrderTab | null;
  const { user } = useSession();
  // A judge comes here to answer; the office and the chiefs to follow what they issued.
  const tab: OrderTab =
    tabParam && TABS.includes(tabParam) ? tabParam : user?.role === "judge" ? "answer" : "mine";
  const page = Math.max(1, Number(query.get("page")) || 1);
  const pageSize = Math.min(1000, Math.max(1, Number(query.get("pageSize")) || 20));
  const q: OrderQuery = { tab, page, pageSize };
  const list = useOrders(q);
  const total = list.data?.total ?? 0;

  return (
    <div className="page" data-testid="orders-page">
      <Typography.Title level={4}>督办单</Typography.Title>
      <Typography.Paragraph type="secondary">
        审管办或庭长对预警、案件发起督办，承办法官在答复期限内说明情况及已采取的措施，发起人审核后销号或退回重答；
        逾期未答复的，系统自动报庭长、分管院领导督促。点击督办事项办理。
      </Typography.Paragraph>
      <Card size="small">
        <div
          className="toolbar"
          style={{ display: "flex", justifyContent: "space-between", flexWrap: "wrap" }}
        >
          <Tabs
            activeKey={tab}
            onChange={(k) => setQuery({ tab: k, page: undefined })}
            items={TABS.map((t) => ({
              key: t,
              label: <span data-testid={`orders-tab-${t}`}>{TAB_NAMES[t]}</span>,
            }))}
          />
          <Space size={8}>
            <Typography.Text type="secondary">
              共 <b data-testid="orders-total">{formatCount(total)}</b> 件
            </Typography.Text>
            <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} title="刷新" />
            <ExportButtons
              total={total}
              testIdPrefix="orders"
              onExport={(which) => exportOrders(which === "page" ? q : { tab }, TAB_NAMES[tab])}
            />
          </Space>
        </div>
        {list.error ? (
          <Alert type="error" showIcon title={errorMessage(list.error)} style={{ margin: 8 }} />
        ) : null}
        <Table<OrderRow>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.rows ?? []}
          columns={columns}
          scroll={{ x: 1700 }}
          data-testid="orders-table"
          onRow={(r) => ({ "data-testid": `order-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: EMPTY[tab] }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (t) => `共 ${formatCount(t)} 件`,
          }}
          onChange={(pg) =>
            setQuery({
              page: pg.current === 1 ? undefined : pg.current,
              pageSize: pg.pageSize === 20 ? undefined : pg.pageSize,
            })
          }
        />
      </Card>
    </div>
  );
}
