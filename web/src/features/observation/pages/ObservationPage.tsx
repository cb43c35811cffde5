/**
 * 庭审观摩 (/observations): the rounds; a round's hearings ranked by their score (the mean of the
 * members' totals, highest and lowest dropped from five scorers); a member scores a hearing item
 * by item (keyboard: Tab between the boxes, Enter submits); the office records the 座谈会,
 * proposes the top hearings as 示范庭 and confirms them.
 */
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import {
  type Hearing,
  type ObservationPlan,
  useConfirm,
  useObservation,
  useObservations,
  usePropose,
  useRecordMeeting,
  useScoreHearing,
} from "../api";

function ScoreHearingModal({
  plan,
  hearing,
  onClose,
}: {
  plan: ObservationPlan;
  hearing: Hearing;
  onClose: () => void;
}) {
  const score = useScoreHearing();
  const [values, setValues] = useState<Record<string, number | null>>(hearing.myScores ?? {});
  const submit = () => {
    const scores: Record<string, number> = {};
    for (const it of plan.sheet) scores[it.code] = values[it.code] ?? Number.NaN;
    score.mutate({ id: hearing.id, scores }, { onSuccess: onClose });
  };
  const total = plan.sheet.reduce((s, it) => s + (values[it.code] ?? 0), 0);
  return (
    <Modal
      open
      title={`庭审评分：${hearing.caseNumber}`}
      okText="提交评分"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={score.isPending}
      okButtonProps={{ "data-testid": "obs-submit" } as never}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Space direction="vertical">
          {plan.sheet.map((it) => (
            <Space key={it.code}>
              <span style={{ width: 120, display: "inline-block" }}>
                {it.name}（{it.points} 分）
              </span>
              <InputNumber
                aria-label={it.name}
                data-testid={`obs-${it.code}`}
                min={0}
                max={it.points}
                step={0.5}
                value={values[it.code] ?? null}
                onChange={(v) => setValues({ ...values, [it.code]: v })}
              />
            </Space>
          ))}
          <Typography.Text data-testid="obs-total">合计：{total} 分</Typography.Text>
          <button type="submit" hidden />
        </Space>
      </form>
      {score.isError ? <Alert type="error" showIcon title={errorMessage(score.error)} /> : null}
    </Modal>
  );
}

function MeetingModal({ plan, onClose }: { plan: ObservationPlan; onClose: () => void }) {
  const record = useRecordMeeting();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title="座谈会记录"
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      confirmLoading={record.isPending}
      onOk={async () => {
        const v = (await form.validateFields()) as {
          heldOn: string;
          reflections: string;
          problems: string;
          suggestions: string;
        };
        record.mutate({ id: plan.id, body: v }, { onSuccess: onClose });
      }}
    >
      <Form form={form} layout="vertical" initialValues={plan.meeting ?? {}}>
        <Form.Item name="heldOn" label="座谈日期（YYYY-MM-DD）" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="reflections" label="承办法官心得" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="problems" label="考评小组指出的问题" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="suggestions" label="改进建议" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      {record.isError ? <Alert type="error" showIcon title={errorMessage(record.error)} /> : null}
    </Modal>
  );
}

function PlanCard({ id }: { id: number }) {
  const plan = useObservation(id);
  const propose = usePropose();
  const confirm = useConfirm();
  const [scoring, setScoring] = useState<Hearing | null>(null);
  const [meeting, setMeeting] = useState(false);
  const p = plan.data;
  if (plan.isError) return <Alert type="error" showIcon title={errorMessage(plan.error)} />;
  if (!p) return null;
  return (
    <Card
      title={p.title}
      extra={
        p.canManage ? (
          <Space>
            <Button onClick={() => setMeeting(true)}>座谈会记录</Button>
            <Button data-testid="obs-propose" onClick={() => propose.mutate(p.id)}>
              推荐示范庭（前 {p.demonstrationCount} 名）
            </Button>
          </Space>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">
        评分规则：取考评小组成员总分的平均值；评分人数达到 {p.trimAtScorers}{" "}
        人时去掉一个最高分和一个最低分。同分时依次比较评分人数、保留的最低分、开庭日期（早者在前）、案号。
      </Typography.Paragraph>
      {propose.isError ? <Alert type="error" showIcon title={errorMessage(propose.error)} /> : null}
      <Table<Hearing>
        rowKey="id"
        dataSource={p.hearings}
        pagination={false}
        columns={[
          { title: "名次", dataIndex: "rank", width: 60, render: (v: number | null) => v ?? "—" },
          { title: "案号", dataIndex: "caseNumber" },
          { title: "承办", render: (_, h) => `${h.division} ${h.judge}` },
          { title: "开庭", render: (_, h) => `${h.heldOn} ${h.courtroom}` },
          {
            title: "得分",
            dataIndex: "score",
            render: (v: number | null, h) => <span data-testid={`obs-score-${h.id}`}>{v ?? "—"}</span>,
          },
          {
            title: "评分人数",
            dataIndex: "scorers",
            render: (v: number, h) => `${v}${h.trimmed ? "（去掉最高最低分）" : ""}`,
          },
          {
            title: "示范庭",
            render: (_, h) =>
              h.confirmed ? <Tag color="gold">示范庭</Tag> : h.proposed ? <Tag color="blue">推荐</Tag> : null,
          },
          {
            title: "操作",
            render: (_, h) => (
              <Space>
                {h.actions.includes("score") ? (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`obs-score-btn-${h.id}`}
                    onClick={() => setScoring(h)}
                  >
                    {h.myScores ? "修改评分" : "评分"}
                  </Button>
                ) : null}
                {h.actions.includes("confirm") ? (
                  <Button size="small" onClick={() => confirm.mutate(h.id)}>
                    确认示范庭
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {p.meeting ? (
        <Descriptions
          title={`座谈会（${p.meeting.heldOn}）`}
          column={1}
          size="small"
          style={{ marginTop: 16 }}
        >
          <Descriptions.Item label="承办法官心得">{p.meeting.reflections}</Descriptions.Item>
          <Descriptions.Item label="问题">{p.meeting.problems}</Descriptions.Item>
          <Descriptions.Item label="建议">{p.meeting.suggestions}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {scoring ? <ScoreHearingModal plan={p} hearing={scoring} onClose={() => setScoring(null)} /> : null}
      {meeting ? <MeetingModal plan={p} onClose={() => setMeeting(false)} /> : null}
    </Card>
  );
}

export default function ObservationPage() {
  const list = useObservations();
  const [selected, setSelected] = useState<number | null>(null);
  const current = selected ?? list.data?.[0]?.id ?? null;
  return (
    <div>
      <Typography.Title level={4}>庭审观摩评比</Typography.Title>
      {list.isError ? <Alert type="error" showIcon title={errorMessage(list.error)} /> : null}
      <Space align="start" style={{ width: "100%" }}>
        <List
          style={{ width: 240 }}
          bordered
          dataSource={list.data ?? []}
          locale={{ emptyText: "尚无观摩计划" }}
          renderItem={(p) => (
            <List.Item
              onClick={() => setSelected(p.id)}
              style={{ cursor: "pointer", background: p.id === current ? "#e6f4ff" : undefined }}
            >
              <Button type="link" onClick={() => setSelected(p.id)}>
                {p.title}
              </Button>
            </List.Item>
          )}
        />
        <div style={{ flex: 1, minWidth: 700 }}>{current !== null ? <PlanCard id={current} /> : null}</div>
      </Space>
    </div>
  );
}
