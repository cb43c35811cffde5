/**
 * /meetings — 会议: 专业法官会议 and 审判委员会 (each: upcoming and held meetings, 安排会议 for the office
 * and 院领导), the items waiting for a meeting, those discussed, and the statistics (items per month,
 * adoption of 专业法官会议 majority views, 审委会 items per division).
 */
import { Alert, Button, Card, Space, Table, Tabs } from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import {
  MEETING_KIND_NAMES,
  type MeetingKind,
  useMeetingItems,
  useMeetingStatistics,
  useMeetings,
} from "../api";
import { CreateMeetingDialog } from "../components/CreateMeetingDialog";
import { ItemTable } from "../components/ItemTable";
import { MeetingTable } from "../components/MeetingTable";

function KindTab({ kind }: { kind: MeetingKind }) {
  const { user } = useSession();
  const upcoming = useMeetings("upcoming", kind);
  const past = useMeetings("past", kind);
  const waiting = useMeetingItems("waiting", kind);
  const [creating, setCreating] = useState(false);
  const mayPlan = user?.role === "office" || user?.role === "president";
  return (
    <>
      {mayPlan ? (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setCreating(true)} data-testid={`meeting-create-${kind}`}>
            安排{MEETING_KIND_NAMES[kind]}
          </Button>
        </Space>
      ) : null}
      {upcoming.error ? <Alert type="error" message={errorMessage(upcoming.error)} /> : null}
      <Card size="small" title="待召开" style={{ marginBottom: 12 }}>
        <MeetingTable
          rows={upcoming.data?.rows ?? []}
          loading={upcoming.isLoading}
          testId={`meetings-upcoming-${kind}`}
        />
      </Card>
      <Card
        size="small"
        title={`待上会事项（${waiting.data?.rows.length ?? 0}）`}
        style={{ marginBottom: 12 }}
      >
        <ItemTable
          rows={waiting.data?.rows ?? []}
          loading={waiting.isLoading}
          testId={`meeting-items-waiting-${kind}`}
        />
      </Card>
      <Card size="small" title="已召开">
        <MeetingTable
          rows={past.data?.rows ?? []}
          loading={past.isLoading}
          testId={`meetings-past-${kind}`}
        />
      </Card>
      <CreateMeetingDialog kind={kind} open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function Statistics() {
  const res = useMeetingStatistics();
  if (res.error) return <Alert type="error" message={errorMessage(res.error)} />;
  const s = res.data;
  const rate = s?.adoption.rate;
  return (
    <>
      {s ? (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          data-testid="meeting-adoption"
          message={`专业法官会议多数意见：合议庭采纳 ${s.adoption.adopted} 件，不采纳 ${s.adoption.notAdopted} 件，待合议庭研究 ${s.adoption.waiting} 件；采纳率 ${
            rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`
          }（采纳 ÷（采纳 + 不采纳））。`}
        />
      ) : null}
      <Card size="small" title="按月上会事项" style={{ marginBottom: 12 }}>
        <Table
          rowKey="month"
          size="small"
          pagination={false}
          loading={res.isLoading}
          dataSource={s?.months ?? []}
          columns={[
            { title: "月份", dataIndex: "month", width: 120 },
            { title: "专业法官会议", dataIndex: "judges", width: 140 },
            { title: "审判委员会", dataIndex: "committee", width: 140 },
          ]}
        />
      </Card>
      <Card size="small" title="审委会事项（按部门）">
        <Table
          rowKey="division"
          size="small"
          pagination={false}
          loading={res.isLoading}
          dataSource={s?.committeeByDivision ?? []}
          columns={[
            { title: "部门", dataIndex: "division", width: 180 },
            { title: "提请", dataIndex: "referred", width: 100 },
            { title: "已决定", dataIndex: "decided", width: 100 },
          ]}
        />
      </Card>
    </>
  );
}

function DecidedTab() {
  const decided = useMeetingItems("decided");
  if (decided.error) return <Alert type="error" message={errorMessage(decided.error)} />;
  return (
    <ItemTable rows={decided.data?.rows ?? []} loading={decided.isLoading} testId="meeting-items-decided" />
  );
}

export default function MeetingsPage() {
  const [query, setQuery] = useQueryState();
  const tab = query.get("tab") ?? "judges";
  return (
    <div>
      <div className="page-title">
        <h2 style={{ margin: 0 }}>会议</h2>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(t) => setQuery({ tab: t })}
        items={[
          { key: "judges", label: "专业法官会议", children: <KindTab kind="judges" /> },
          { key: "committee", label: "审判委员会", children: <KindTab kind="committee" /> },
          { key: "decided", label: "已讨论事项", children: <DecidedTab /> },
          { key: "statistics", label: "统计", children: <Statistics /> },
        ]}
      />
    </div>
  );
}
