/**
 * 案件评查 (/review): 评查计划 (new plan, draw), 我的评查 (cases to score; results of one's own
 * cases to accept or object to), 评查统计 (per-judge figures). A plan's page lists its cases,
 * results, problems and rectifications.
 */
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  message,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { useSession } from "../../../shared/session/session";
import {
  type CreatePlanRequest,
  type MyReviewRow,
  type PlanSummary,
  useAnswer,
  useCreatePlan,
  useDrawPlan,
  useFigures,
  useMyReviews,
  usePlans,
  useRectifications,
} from "../api";
import { ScoreModal } from "../components/ScoreModal";

const KINDS = [
  { value: "routine", label: "常规评查" },
  { value: "focus", label: "重点评查" },
  { value: "special", label: "专项评查" },
  { value: "cross", label: "交叉评查" },
];

function NewPlanModal({ onClose }: { onClose: () => void }) {
  const create = useCreatePlan();
  const [form] = Form.useForm();
  const kind = Form.useWatch("kind", form) as string | undefined;
  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    const body: CreatePlanRequest = {
      kind: String(v.kind),
      title: String(v.title ?? ""),
      reviewers: String(v.reviewers ?? "")
        .split(/[,，\s]+/)
        .filter(Boolean),
      seed: typeof v.seed === "number" ? v.seed : null,
    };
    if (v.kind === "routine") body.month = v.month ? dayjs(v.month as never).format("YYYY-MM") : null;
    else {
      const range = v.range as [dayjs.Dayjs, dayjs.Dayjs] | undefined;
      body.from = range?.[0]?.format("YYYY-MM-DD") ?? null;
      body.to = range?.[1]?.format("YYYY-MM-DD") ?? null;
    }
    if (v.kind !== "focus") {
      body.size = typeof v.size === "number" ? v.size : null;
      body.allocation = String(v.allocation ?? "proportional");
    }
    if (v.kind === "special")
      body.filter = {
        minExtensions: typeof v.minExtensions === "number" ? v.minExtensions : null,
        cause: (v.cause as string) || null,
      };
    create.mutate(body, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title="新建评查计划"
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: "routine", allocation: "proportional", size: 10 }}
      >
        <Form.Item name="kind" label="评查类型" rules={[{ required: true }]}>
          <Select options={KINDS} data-testid="plan-kind" />
        </Form.Item>
        <Form.Item name="title" label="计划名称" rules={[{ required: true, message: "请填写计划名称" }]}>
          <Input data-testid="plan-title" />
        </Form.Item>
        {kind === "routine" ? (
          <Form.Item name="month" label="结案年月" rules={[{ required: true, message: "请选择年月" }]}>
            <DatePicker picker="month" data-testid="plan-month" />
          </Form.Item>
        ) : (
          <Form.Item name="range" label="期间" rules={[{ required: true, message: "请选择期间" }]}>
            <DatePicker.RangePicker />
          </Form.Item>
        )}
        {kind !== "focus" ? (
          <Space>
            <Form.Item name="allocation" label="抽取方式">
              <Select
                style={{ width: 160 }}
                options={[
                  { value: "proportional", label: "按部门比例" },
                  { value: "per-division", label: "每部门若干件" },
                  { value: "simple", label: "不分层" },
                ]}
              />
            </Form.Item>
            <Form.Item name="size" label="件数">
              <InputNumber min={1} data-testid="plan-size" />
            </Form.Item>
            <Form.Item name="seed" label="随机种子（可不填）">
              <InputNumber min={0} max={4294967295} data-testid="plan-seed" />
            </Form.Item>
          </Space>
        ) : null}
        {kind === "special" ? (
          <Space>
            <Form.Item name="minExtensions" label="延长审限至少（次）">
              <InputNumber min={1} />
            </Form.Item>
            <Form.Item name="cause" label="案由">
              <Input />
            </Form.Item>
          </Space>
        ) : null}
        <Form.Item
          name="reviewers"
          label="评查人账号（以逗号分隔）"
          rules={[{ required: true, message: "请填写评查人账号" }]}
        >
          <Input data-testid="plan-reviewers" />
        </Form.Item>
      </Form>
      {create.isError ? <Alert type="error" showIcon title={errorMessage(create.error)} /> : null}
    </Modal>
  );
}

function PlansTab() {
  const plans = usePlans();
  const draw = useDrawPlan();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  return (
    <Card
      extra={
        user?.role === "office" ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-plan">
            新建评查计划
          </Button>
        ) : null
      }
    >
      {plans.isError ? <Alert type="error" showIcon title={errorMessage(plans.error)} /> : null}
      {draw.isError ? <Alert type="error" showIcon title={errorMessage(draw.error)} /> : null}
      <Table<PlanSummary>
        rowKey="id"
        loading={plans.isLoading}
        dataSource={plans.data ?? []}
        pagination={false}
        locale={{ emptyText: "尚无评查计划" }}
        columns={[
          {
            title: "计划",
            dataIndex: "title",
            render: (v: string, r) => <Link to={`/review/plans/${r.id}`}>{v}</Link>,
          },
          { title: "类型", dataIndex: "kindLabel", width: 100 },
          { title: "期间", width: 200, render: (_, r) => `${r.periodFrom} 至 ${r.periodTo}` },
          { title: "随机种子", dataIndex: "seed", width: 110 },
          {
            title: "状态",
            dataIndex: "stateLabel",
            width: 90,
            render: (v: string) => <Tag color={v === "待抽取" ? "orange" : "blue"}>{v}</Tag>,
          },
          {
            title: "操作",
            width: 100,
            render: (_, r) =>
              r.actions.includes("draw") ? (
                <Button
                  size="small"
                  data-testid={`draw-${r.id}`}
                  loading={draw.isPending}
                  onClick={() =>
                    draw.mutate(r.id, {
                      onSuccess: (o) =>
                        void message.success(
                          `抽取 ${o.drawn} 件（可抽取 ${o.eligible} 件，回避近期已评查 ${o.skipped} 件）${o.unassigned.length ? `，${o.unassigned.length} 件无可分配评查人` : ""}`,
                        ),
                    })
                  }
                >
                  抽取
                </Button>
              ) : null,
          },
        ]}
      />
      {creating ? <NewPlanModal onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}

function AnswerModal({ row, onClose }: { row: MyReviewRow; onClose: () => void }) {
  const answer = useAnswer();
  const [reason, setReason] = useState("");
  return (
    <Modal
      open
      title={`评查结果反馈：${row.caseNumber}（${row.score ?? "—"} 分，${row.className ?? "—"}）`}
      onCancel={onClose}
      footer={[
        <Button key="c" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="o"
          danger
          data-testid="answer-object"
          loading={answer.isPending}
          onClick={() =>
            answer.mutate(
              { id: row.sampleId, body: { version: row.matterVersion ?? 0, answer: "object", reason } },
              { onSuccess: onClose },
            )
          }
        >
          提出异议
        </Button>,
        <Button
          key="a"
          type="primary"
          data-testid="answer-accept"
          loading={answer.isPending}
          onClick={() =>
            answer.mutate(
              { id: row.sampleId, body: { version: row.matterVersion ?? 0, answer: "accept" } },
              { onSuccess: onClose },
            )
          }
        >
          确认结果
        </Button>,
      ]}
    >
      <Input.TextArea
        rows={4}
        placeholder="提出异议时请写明理由（不少于 10 个字）"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid="answer-reason"
      />
      {answer.isError ? (
        <Alert type="error" showIcon style={{ marginTop: 8 }} title={errorMessage(answer.error)} />
      ) : null}
    </Modal>
  );
}

function MineTab() {
  const mine = useMyReviews();
  const [scoring, setScoring] = useState<MyReviewRow | null>(null);
  const [answering, setAnswering] = useState<MyReviewRow | null>(null);
  const cols = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      render: (v: string, r: MyReviewRow) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
    },
    { title: "计划", dataIndex: "planTitle" },
    { title: "承办", render: (_: unknown, r: MyReviewRow) => `${r.division} ${r.judge}` },
    { title: "状态", dataIndex: "stateLabel", width: 110 },
    { title: "得分", dataIndex: "score", width: 80 },
    { title: "等次", dataIndex: "className", width: 80 },
  ];
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {mine.isError ? <Alert type="error" showIcon title={errorMessage(mine.error)} /> : null}
      <Card title="待我评查">
        <Table<MyReviewRow>
          rowKey="sampleId"
          dataSource={mine.data?.toReview ?? []}
          pagination={false}
          locale={{ emptyText: "没有待您评查的案件" }}
          columns={[
            ...cols,
            {
              title: "操作",
              width: 90,
              render: (_, r) =>
                r.state === "assigned" ? (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`score-${r.sampleId}`}
                    onClick={() => setScoring(r)}
                  >
                    评查
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title="本人承办案件的评查结果">
        <Table<MyReviewRow>
          rowKey="sampleId"
          dataSource={mine.data?.ofMyCases ?? []}
          pagination={false}
          locale={{ emptyText: "没有评查结果" }}
          columns={[
            ...cols,
            {
              title: "操作",
              width: 90,
              render: (_, r) =>
                r.state === "sent" ? (
                  <Button size="small" data-testid={`answer-${r.sampleId}`} onClick={() => setAnswering(r)}>
                    反馈
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {scoring ? (
        <ScoreModal
          sampleId={scoring.sampleId}
          version={scoring.matterVersion ?? 0}
          caseNumber={scoring.caseNumber}
          onClose={() => setScoring(null)}
        />
      ) : null}
      {answering ? <AnswerModal row={answering} onClose={() => setAnswering(null)} /> : null}
    </Space>
  );
}

function FiguresTab() {
  const year = dayjs().format("YYYY");
  const [range, setRange] = useState<[string, string]>([`${year}-01-01`, dayjs().format("YYYY-MM-DD")]);
  const figures = useFigures(range[0], range[1]);
  return (
    <Card
      extra={
        <DatePicker.RangePicker
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0].format("YYYY-MM-DD"), v[1].format("YYYY-MM-DD")])}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        评查台账口径：期间内提交评查结果的案件；平均分以异议处理后的分数为准；差错数为最低等次（差错/不合格）的件数；逾期整改为截至期末（或今日）逾期未整改的件数。
      </Typography.Paragraph>
      <Table
        rowKey={(r) => `${r.division}|${r.judge}`}
        loading={figures.isLoading}
        dataSource={figures.data ?? []}
        pagination={false}
        columns={[
          { title: "部门", dataIndex: "division" },
          { title: "承办人", dataIndex: "judge" },
          { title: "评查案件数", dataIndex: "reviewedCases" },
          { title: "平均分", dataIndex: "averageScore", render: (v: number | null) => v ?? "—" },
          { title: "差错数", dataIndex: "errorCount" },
          {
            title: "逾期整改",
            dataIndex: "overdueRectifications",
            render: (v: number) => (v > 0 ? <Tag color="red">{v}</Tag> : v),
          },
        ]}
      />
    </Card>
  );
}

function RectificationsTab() {
  const list = useRectifications();
  return (
    <Card
      extra={
        <Space>
          <Tag>未完成 {list.data?.open ?? 0} 件</Tag>
          <Tag color={(list.data?.overdue ?? 0) > 0 ? "red" : undefined} data-testid="rect-overdue">
            逾期 {list.data?.overdue ?? 0} 件
          </Tag>
        </Space>
      }
    >
      {list.isError ? <Alert type="error" showIcon title={errorMessage(list.error)} /> : null}
      <Table
        rowKey="matterId"
        loading={list.isLoading}
        dataSource={list.data?.rows ?? []}
        pagination={{ pageSize: 50 }}
        locale={{ emptyText: "无整改事项" }}
        columns={[
          {
            title: "案号",
            dataIndex: "caseNumber",
            render: (v: string, r) => <Link to={`/matters/${r.matterId}`}>{v}</Link>,
          },
          {
            title: "计划",
            dataIndex: "planTitle",
            render: (v: string, r) => <Link to={`/review/plans/${r.planId}`}>{v}</Link>,
          },
          { title: "承办", render: (_, r) => `${r.division} ${r.judge}` },
          { title: "整改期限", dataIndex: "dueOn", render: (v: string | null) => v ?? "—" },
          {
            title: "状态",
            render: (_, r) => (
              <Space>
                {r.stateLabel}
                {r.overdue ? <Tag color="red">逾期</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

export default function ReviewPage() {
  return (
    <div>
      <Typography.Title level={4}>案件评查</Typography.Title>
      <Tabs
        items={[
          { key: "plans", label: "评查计划", children: <PlansTab /> },
          { key: "mine", label: "我的评查", children: <MineTab /> },
          { key: "rectifications", label: "整改情况", children: <RectificationsTab /> },
          { key: "figures", label: "评查统计", children: <FiguresTab /> },
        ]}
      />
    </div>
  );
}
