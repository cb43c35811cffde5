/**
 * 我的待办 (/inbox): the reader's open tasks — addressed to them, to them as a case's judge, or to a
 * position they hold — the earliest due (hence the overdue, in red) first, with working days left
 * on the legal calendar; 我发起的; 已办. Paged on the server; each tab exports to .xlsx. The tab and
 * page live in the URL.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Badge, Button, Card, Space, Table, type TableColumnsType, Tabs, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatCount, formatDate } from "../../../shared/format";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { AftercarePending } from "../../aftercare/components/AftercarePending";
import { exportInbox, useInbox, useInboxCount } from "../api";
import { WorkingDaysLeft } from "../components/MatterTasks";
import type { InboxQuery, InboxRow, InboxTab } from "../types";

const TABS: InboxTab[] = ["todo", "initiated", "done"];
const TAB_NAMES: Record<InboxTab, string> = { todo: "待办", initiated: "我发起的", done: "已办" };
const EMPTY: Record<InboxTab, string> = {
  todo: "没有待办事项",
  initiated: "没有您发起的事项",
  done: "没有您办理过的事项",
};

function columnsFor(tab: InboxTab): TableColumnsType<InboxRow> {
  const matter: TableColumnsType<InboxRow> = [
    { title: "事项类型", dataIndex: "kindName", width: 120 },
    {
      title: "事项",
      dataIndex: "title",
      width: 260,
      render: (v: string, r) => (
        <Link to={`/matters/${r.matterId}`} data-testid={`inbox-matter-${r.matterId}`}>
          {v}
        </Link>
      ),
    },
  ];
  const state = {
    title: "状态",
    dataIndex: "stateLabel",
    width: 100,
    render: (v: string, r: InboxRow) => <Tag color={r.terminal ? "default" : "processing"}>{v}</Tag>,
  };
  const where: TableColumnsType<InboxRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 210,
      render: (v: string | null, r) =>
        r.caseId !== null ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : (v ?? "—"),
    },
    { title: "承办部门", dataIndex: "division", width: 130, ellipsis: true },
    { title: "承办人", dataIndex: "judge", width: 90 },
  ];
  if (tab === "todo")
    return [
      ...matter,
      { title: "待办事项", dataIndex: "taskTitle", width: 140 },
      {
        title: "期限",
        dataIndex: "dueOn",
        width: 130,
        render: (v: string | null, r) => (
          <span style={r.overdue ? { color: "#cf1322" } : undefined}>{formatDate(v)}</span>
        ),
      },
      {
        title: "剩余工作日",
        dataIndex: "workingDaysLeft",
        width: 140,
        render: (v: number | null) => <WorkingDaysLeft value={v} />,
      },
      state,
      ...where,
    ];
  return [
    ...matter,
    state,
    ...where,
    tab === "done"
      ? { title: "最近办理", dataIndex: "actedOn", width: 130, render: formatDate }
      : { title: "发起日期", dataIndex: "openedOn", width: 130, render: formatDate },
    { title: "办结日期", dataIndex: "closedOn", width: 130, render: formatDate },
  ];
}

export default function InboxPage() {
  const [query, setQuery] = useQueryState();
  const tabParam = query.get("tab") as InboxTab | null;
  const tab: InboxTab = tabParam && TABS.includes(tabParam) ? tabParam : "todo";
  const page = Math.max(1, Number(query.get("page")) || 1);
  const pageSize = Math.min(1000, Math.max(1, Number(query.get("pageSize")) || 20));
  const q: InboxQuery = { tab, page, pageSize };
  const list = useInbox(q);
  const count = useInboxCount(true);
  const rows = list.data?.tab === tab ? list.data.rows : [];
  const total = list.data?.tab === tab ? list.data.total : 0;
  const { can } = useSession();

  return (
    <div data-testid="page-inbox">
      <div className="page-title">
        <Space size={10} align="center">
          <Typography.Title level={4}>我的待办</Typography.Title>
          <Typography.Text type="secondary">
            交由您本人、您承办的案件或您所任职务办理的事项；期限按法定工作日计算，已逾期的以红色标出。
          </Typography.Text>
        </Space>
      </div>
      <AftercarePending enabled={can("view-cases")} />
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setQuery({ tab: k === "todo" ? undefined : k, page: undefined })}
          items={TABS.map((t) => ({
            key: t,
            label:
              t === "todo" ? (
                <Space size={6}>
                  待办
                  <Badge count={count.data?.open ?? 0} overflowCount={9999} data-testid="inbox-tab-count" />
                </Space>
              ) : (
                TAB_NAMES[t]
              ),
          }))}
          tabBarExtraContent={
            <Space size={8}>
              <Typography.Text type="secondary">
                共 <b data-testid="inbox-total">{formatCount(total)}</b> 项
                {tab === "todo" && count.data?.overdue ? (
                  <>
                    ，其中逾期{" "}
                    <b style={{ color: "#cf1322" }} data-testid="inbox-overdue">
                      {formatCount(count.data.overdue)}
                    </b>{" "}
                    项
                  </>
                ) : null}
              </Typography.Text>
              <Button
                icon={<ReloadOutlined />}
                title="刷新"
                onClick={() => {
                  void list.refetch();
                  void count.refetch();
                }}
              />
              <ExportButtons
                total={total}
                testIdPrefix="inbox"
                onExport={(which) => exportInbox(which === "page" ? q : { tab })}
              />
            </Space>
          }
        />
        {list.error ? (
          <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 8 }} />
        ) : null}
        <Table<InboxRow>
          size="small"
          rowKey={(r) => `${r.matterId}-${r.taskId ?? ""}`}
          loading={list.isFetching}
          dataSource={rows}
          columns={columnsFor(tab)}
          scroll={{ x: 1300 }}
          data-testid="inbox-table"
          rowClassName={(r) => (r.overdue ? "row-overdue" : "")}
          onRow={(r) =>
            ({
              "data-testid": `inbox-row-${r.matterId}`,
              "data-overdue": r.overdue ? "1" : "0",
            }) as HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: EMPTY[tab] }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showQuickJumper: true,
            showTotal: (t) => `共 ${formatCount(t)} 项`,
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
