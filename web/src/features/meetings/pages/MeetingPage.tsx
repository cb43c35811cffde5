/**
 * /meetings/:id — one meeting: its schedule, chair and secretary; attendees (members present and
 * absent, 列席, 回避 with the reason) and, for the 审委会, the quorum; the speaking order with its rule;
 * the agenda (add an item waiting for this kind of meeting); each item's opinions and result; the
 * minutes (.docx).
 */
import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Descriptions, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDate } from "../../../shared/format";
import { downloadMinutes, useAddItem, useMeeting, useMeetingItems } from "../api";
import { AgendaItemCard } from "../components/AgendaItemCard";
import { AttendeesDialog } from "../components/AttendeesDialog";

export default function MeetingPage() {
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const res = useMeeting(id);
  const m = res.data;
  const waiting = useMeetingItems("waiting", m?.kind, !!m?.actions.includes("add-item"));
  const add = useAddItem(id);
  const [editing, setEditing] = useState(false);
  if (res.error) return <Alert type="error" message={errorMessage(res.error)} />;
  if (!m) return null;
  return (
    <div>
      <div className="page-title">
        <Space>
          <h2 style={{ margin: 0 }} data-testid="meeting-title">
            {m.title}
          </h2>
          <Tag>{m.kindName}</Tag>
          <Tag color={m.status === "held" ? "success" : "processing"}>{m.statusName}</Tag>
        </Space>
        <Button
          icon={<DownloadOutlined />}
          data-testid="meeting-minutes"
          onClick={() => void downloadMinutes(m).catch((e) => message.error(errorMessage(e)))}
        >
          下载会议纪要
        </Button>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label="时间">{`${formatDate(m.scheduledOn)} ${m.startTime}`}</Descriptions.Item>
          <Descriptions.Item label="地点">{m.place}</Descriptions.Item>
          <Descriptions.Item label="主持人">{m.chairName ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="记录人">{m.secretary}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title="参会人员"
        style={{ marginBottom: 12 }}
        extra={
          m.actions.includes("attendees") ? (
            <Button size="small" onClick={() => setEditing(true)} data-testid="meeting-edit-attendees">
              调整参会人员
            </Button>
          ) : null
        }
      >
        {m.quorum ? (
          <Alert
            type={m.quorum.met ? "success" : "warning"}
            showIcon
            style={{ marginBottom: 8 }}
            message={m.quorum.text}
            data-testid="meeting-quorum"
          />
        ) : null}
        <Table
          rowKey="staffId"
          size="small"
          pagination={false}
          dataSource={m.attendees}
          data-testid="meeting-attendees"
          columns={[
            { title: "姓名", dataIndex: "name", width: 120 },
            { title: "部门", dataIndex: "division", width: 160 },
            { title: "职务", key: "pos", width: 200, render: (_, a) => a.positionNames.join("、") },
            { title: "身份", dataIndex: "roleName", width: 100 },
            {
              title: "出席",
              key: "present",
              width: 80,
              render: (_, a) => (a.role === "recused" ? "—" : a.present ? "出席" : "缺席"),
            },
            { title: "回避理由", dataIndex: "reason" },
          ]}
        />
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="meeting-order">
          发言顺序：{m.speakingOrder.map((s) => s.name).join(" → ") || "—"}（{m.orderRule}）
        </Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title={`议程（${m.agenda.length}）`}
        style={{ marginBottom: 12 }}
        extra={
          m.actions.includes("add-item") ? (
            <Select
              size="small"
              style={{ width: 360 }}
              placeholder="列入待上会事项"
              value={null}
              loading={waiting.isLoading || add.isPending}
              data-testid="meeting-add-item"
              options={(waiting.data?.rows ?? []).map((r) => ({
                value: r.matterId,
                label: `${r.caseNumber ?? r.title}（${r.source}）`,
              }))}
              onChange={(matterId: number) =>
                void add
                  .mutateAsync(matterId)
                  .then(() => message.success("已列入议程"))
                  .catch((e) => message.error(errorMessage(e)))
              }
            />
          ) : null
        }
      >
        {m.agenda.length === 0 ? <Typography.Text type="secondary">尚未列入议题</Typography.Text> : null}
      </Card>
      {m.agenda.map((it, i) => (
        <AgendaItemCard key={it.matterId} meeting={m} item={it} index={i} />
      ))}
      <AttendeesDialog meeting={m} open={editing} onClose={() => setEditing(false)} />
    </div>
  );
}
