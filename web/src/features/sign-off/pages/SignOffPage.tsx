/**
 * /sign-off — 阅核: the drafts waiting for me to read (a reviewer acts on the matter page), the drafts
 * I submitted (answer a 复议 and resubmit here), every draft within my scope, and the statistics by
 * reviewer and by division. A draft waiting longer than the court's setting is marked 超期待阅核.
 */
import { Alert, Card, Table, type TableColumnsType, Tabs } from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { type DraftRow, type SignOffStatistics, useDrafts, useSignOffStatistics } from "../api";
import { DraftTable } from "../components/DraftTable";
import { ResubmitDialog } from "../components/ResubmitDialog";

type Counts = SignOffStatistics["total"];

function countColumns<T extends Counts>(): TableColumnsType<T> {
  return [
    { title: "送阅", dataIndex: "drafts", width: 70 },
    { title: "阅核同意", dataIndex: "signedOff", width: 90 },
    { title: "退回复议（次）", dataIndex: "returned", width: 120 },
    { title: "提请讨论/上报", dataIndex: "escalated", width: 120 },
    { title: "待阅核", dataIndex: "waiting", width: 80 },
    {
      title: "其中超期",
      dataIndex: "overdue",
      width: 90,
      render: (v: number) => (v ? <span style={{ color: "#cf1322" }}>{v}</span> : 0),
    },
    {
      title: "平均阅核用时",
      dataIndex: "averageDaysToSignOff",
      width: 130,
      render: (v: number | null) => (v === null ? "—" : `${v} 个工作日`),
    },
  ];
}

function Statistics() {
  const res = useSignOffStatistics();
  if (res.error) return <Alert type="error" message={errorMessage(res.error)} />;
  const s = res.data;
  return (
    <>
      {s ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          message={`共送阅 ${s.total.drafts} 件：阅核同意 ${s.total.signedOff} 件，退回复议 ${s.total.returned} 次，提请讨论或上报 ${s.total.escalated} 件，待阅核 ${s.total.waiting} 件（超过 ${s.waitWorkingDays} 个工作日 ${s.total.overdue} 件）。用时按工作日计，自首次提交起至阅核同意止。`}
          data-testid="sign-off-totals"
        />
      ) : null}
      <Card size="small" title="按阅核人" style={{ marginBottom: 12 }}>
        <Table
          rowKey="reviewer"
          size="small"
          loading={res.isLoading}
          pagination={false}
          dataSource={s?.byReviewer ?? []}
          columns={[{ title: "阅核人", dataIndex: "reviewerName", width: 160 }, ...countColumns()]}
        />
      </Card>
      <Card size="small" title="按部门">
        <Table
          rowKey="division"
          size="small"
          loading={res.isLoading}
          pagination={false}
          dataSource={s?.byDivision ?? []}
          columns={[{ title: "部门", dataIndex: "division", width: 160 }, ...countColumns()]}
        />
      </Card>
    </>
  );
}

export default function SignOffPage() {
  const { user } = useSession();
  const isJudge = !!user?.judgeName;
  const [query, setQuery] = useQueryState();
  const tab = query.get("tab") ?? (isJudge ? "mine" : "queue");
  const setTab = (t: string) => setQuery({ tab: t });
  const queue = useDrafts("queue", tab === "queue");
  const mine = useDrafts("mine", tab === "mine");
  const all = useDrafts("all", tab === "all");
  const [answering, setAnswering] = useState<DraftRow | null>(null);
  const list = (res: typeof queue, testId: string, onResubmit?: (d: DraftRow) => void) =>
    res.error ? (
      <Alert type="error" message={errorMessage(res.error)} />
    ) : (
      <>
        {res.data && res.data.overdue > 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            message={`${res.data.overdue} 件文书待阅核已超过 ${res.data.waitWorkingDays} 个工作日`}
          />
        ) : null}
        <DraftTable
          rows={res.data?.rows ?? []}
          loading={res.isLoading}
          onResubmit={onResubmit}
          testId={testId}
        />
      </>
    );
  return (
    <div>
      <div className="page-title">
        <h2 style={{ margin: 0 }}>阅核</h2>
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: "queue", label: "待我阅核", children: list(queue, "sign-off-queue") },
          ...(isJudge
            ? [{ key: "mine", label: "我提交的", children: list(mine, "sign-off-mine", setAnswering) }]
            : []),
          { key: "all", label: "全部", children: list(all, "sign-off-all") },
          { key: "statistics", label: "统计", children: <Statistics /> },
        ]}
      />
      <ResubmitDialog draft={answering} onClose={() => setAnswering(null)} />
    </div>
  );
}
