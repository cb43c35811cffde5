/**
 * 类案裁判规则: search by status, 案由 and words; the office drafts a rule (title, 案由 from the
 * catalogue, text, source cases by 案号), changes a draft, records the 审委会's adoption (day and
 * reference) and retires an adopted rule.
 */
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDate } from "../../../shared/format";
import { type CaseRule, STATUS_COLORS, useCaseRules, useRuleStep, useSaveRule } from "../api";

type Dialog = { kind: "edit"; rule: CaseRule | null } | { kind: "adopt" | "retire"; rule: CaseRule };

export default function CaseRulesPage() {
  const [params] = useSearchParams();
  const [status, setStatus] = useState<string | undefined>();
  const [cause, setCause] = useState(params.get("cause") ?? "");
  const [words, setWords] = useState("");
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const list = useCaseRules({ status, cause: cause.trim(), q: words.trim() });

  const columns: TableColumnsType<CaseRule> = [
    {
      title: "规则名称",
      dataIndex: "title",
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: "案由", dataIndex: "cause" },
    {
      title: "状态",
      dataIndex: "statusName",
      render: (v: string, r) => (
        <Tag color={STATUS_COLORS[r.status]} data-testid={`case-rule-status-${r.id}`}>
          {v}
        </Tag>
      ),
    },
    {
      title: "审委会通过",
      key: "adopted",
      render: (_: unknown, r) => (r.adoptedOn ? `${formatDate(r.adoptedOn)}（${r.adoptionReference}）` : "—"),
    },
    {
      title: "来源案件",
      dataIndex: "sources",
      render: (s: CaseRule["sources"]) =>
        s.length === 0
          ? "—"
          : s.map((x, i) => (
              <span key={x.caseId}>
                {i > 0 ? "、" : ""}
                <Link to={`/cases/${x.caseId}`}>{x.caseNumber}</Link>
              </span>
            )),
    },
    {
      title: "操作",
      key: "actions",
      render: (_: unknown, r) => (
        <Space size={4}>
          {r.actions.includes("edit-case-rule") ? (
            <Button size="small" onClick={() => setDialog({ kind: "edit", rule: r })}>
              修改
            </Button>
          ) : null}
          {r.actions.includes("adopt-case-rule") ? (
            <Button
              size="small"
              onClick={() => setDialog({ kind: "adopt", rule: r })}
              data-testid={`case-rule-adopt-${r.id}`}
            >
              登记审委会通过
            </Button>
          ) : null}
          {r.actions.includes("retire-case-rule") ? (
            <Button size="small" danger onClick={() => setDialog({ kind: "retire", rule: r })}>
              废止
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="page-case-rules">
      <div className="page-title">
        <Typography.Title level={4}>类案裁判规则</Typography.Title>
      </div>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 150 }}
            value={status}
            onChange={setStatus}
            options={[
              { value: "draft", label: "草稿" },
              { value: "adopted", label: "审委会已通过" },
              { value: "retired", label: "已废止" },
            ]}
          />
          <Input
            placeholder="案由"
            style={{ width: 200 }}
            value={cause}
            onChange={(e) => setCause(e.target.value)}
            allowClear
            data-testid="case-rules-cause"
          />
          <Input
            placeholder="名称或内容中的文字"
            style={{ width: 220 }}
            value={words}
            onChange={(e) => setWords(e.target.value)}
            allowClear
          />
          {list.data?.canCreate ? (
            <Button
              type="primary"
              onClick={() => setDialog({ kind: "edit", rule: null })}
              data-testid="case-rule-new"
            >
              起草规则
            </Button>
          ) : null}
        </Space>
        <Table<CaseRule>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.rows ?? []}
          columns={columns}
          expandable={{
            expandedRowRender: (r) => (
              <div>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{r.ruleText}</Typography.Paragraph>
                {r.retiredOn ? (
                  <Typography.Text type="danger">
                    {formatDate(r.retiredOn)} 废止：{r.retirementNote}
                  </Typography.Text>
                ) : null}
              </div>
            ),
          }}
          pagination={{ defaultPageSize: 50, showTotal: (n) => `共 ${n} 条` }}
          locale={{ emptyText: "没有符合条件的规则" }}
          data-testid="case-rules-table"
        />
      </Card>
      {dialog?.kind === "edit" ? <EditDialog rule={dialog.rule} onClose={() => setDialog(null)} /> : null}
      {dialog && dialog.kind !== "edit" ? (
        <StepDialog kind={dialog.kind} rule={dialog.rule} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}

function EditDialog({ rule, onClose }: { rule: CaseRule | null; onClose: () => void }) {
  const { message } = App.useApp();
  const save = useSaveRule();
  const [form] = Form.useForm<{ title: string; cause: string; ruleText: string; sources: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    const sourceCaseNumbers = (v.sources ?? "")
      .split(/[\n,，、;；]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    try {
      await save.mutateAsync({
        id: rule?.id,
        body: {
          title: v.title,
          cause: v.cause,
          ruleText: v.ruleText,
          sourceCaseNumbers,
          ...(rule ? { version: rule.version } : {}),
        },
      });
      message.success("已保存");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      width={680}
      title={rule ? "修改规则" : "起草类案裁判规则"}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ "data-testid": "case-rule-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="case-rule-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          rule
            ? {
                title: rule.title,
                cause: rule.cause,
                ruleText: rule.ruleText,
                sources: rule.sources.map((s) => s.caseNumber).join("\n"),
              }
            : {}
        }
      >
        <Form.Item name="title" label="规则名称" rules={[{ required: true, min: 4, message: "至少 4 个字" }]}>
          <Input maxLength={200} data-testid="case-rule-title" />
        </Form.Item>
        <Form.Item
          name="cause"
          label="案由（案由目录中的名称，如 民间借贷纠纷）"
          rules={[{ required: true, message: "请填写案由" }]}
        >
          <Input maxLength={80} data-testid="case-rule-cause" />
        </Form.Item>
        <Form.Item
          name="ruleText"
          label="规则内容"
          rules={[{ required: true, min: 10, message: "至少 10 个字" }]}
        >
          <Input.TextArea rows={6} maxLength={8000} showCount data-testid="case-rule-text" />
        </Form.Item>
        <Form.Item name="sources" label="来源案件（案号，每行一个）">
          <Input.TextArea rows={3} data-testid="case-rule-sources" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StepDialog({
  kind,
  rule,
  onClose,
}: {
  kind: "adopt" | "retire";
  rule: CaseRule;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const step = useRuleStep();
  const [form] = Form.useForm<{ on: string; text: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    const body =
      kind === "adopt"
        ? { adoptedOn: v.on, reference: v.text, version: rule.version }
        : { retiredOn: v.on, note: v.text, version: rule.version };
    try {
      await step.mutateAsync({ id: rule.id, step: kind, body });
      message.success(kind === "adopt" ? "已登记审委会通过" : "已废止");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={`${kind === "adopt" ? "登记审委会通过" : "废止"}：${rule.title}`}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ "data-testid": "case-rule-step-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={step.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="case-rule-step-dialog"
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="on"
          label={kind === "adopt" ? "审委会通过日期" : "废止日期"}
          rules={[{ required: true, message: "请选择日期" }]}
        >
          <Input type="date" data-testid="case-rule-step-date" />
        </Form.Item>
        <Form.Item
          name="text"
          label={kind === "adopt" ? "审委会决定的出处（如 审判委员会2025年第5次会议）" : "废止原因"}
          rules={[{ required: true, min: 2, message: "请填写" }]}
        >
          <Input maxLength={500} data-testid="case-rule-step-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
