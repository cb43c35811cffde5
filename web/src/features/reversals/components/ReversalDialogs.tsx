/**
 * The dialogs of a 发改案件 entry: the office's classification (发改原因, 责任认定, 说明 — a reason
 * that rules out 差错 says so and why), the judge's objection, and the decision on it (by the office
 * or the 审委会, with its reference; upheld, the responsibility decided).
 */
import { Alert, App, Form, Input, Modal, Radio, Select, Typography } from "antd";
import { errorMessage } from "../../../shared/api/client";
import { type ReversalRow, useClassify, useDecide, useObject, useReversalOptions } from "../api";

export type DialogKind = "classify" | "object" | "decide";

export function ReversalDialog({
  kind,
  row,
  onClose,
}: {
  kind: DialogKind | null;
  row: ReversalRow | null;
  onClose: () => void;
}) {
  if (!row || !kind) return null;
  if (kind === "classify") return <ClassifyDialog row={row} onClose={onClose} />;
  if (kind === "object") return <ObjectDialog row={row} onClose={onClose} />;
  return <DecideDialog row={row} onClose={onClose} />;
}

function ClassifyDialog({ row, onClose }: { row: ReversalRow; onClose: () => void }) {
  const { message } = App.useApp();
  const options = useReversalOptions();
  const classify = useClassify();
  const [form] = Form.useForm<{ reason: string; responsibility: string; note: string }>();
  const reasonName = Form.useWatch("reason", form);
  const reason = options.data?.reasons.find((r) => r.name === reasonName);
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await classify.mutateAsync({
        caseId: row.caseId,
        body: { ...values, note: values.note ?? "", version: row.version },
      });
      message.success("已分类");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={`发改案件分类：${row.caseNumber}`}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ "data-testid": "reversal-classify-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={classify.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="reversal-classify-dialog"
    >
      <Typography.Paragraph type="secondary">
        {row.outcome}（{row.decidedOn ?? "日期不详"}）· {row.division} · {row.judge}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          reason: row.reason ?? undefined,
          responsibility: row.responsibility ?? undefined,
          note: row.note ?? "",
        }}
      >
        <Form.Item name="reason" label="发改原因" rules={[{ required: true, message: "请选择发改原因" }]}>
          <Select
            data-testid="reversal-reason"
            options={(options.data?.reasons ?? []).map((r) => ({
              value: r.name,
              label: `${r.name}（${r.description}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="responsibility"
          label="责任认定"
          rules={[{ required: true, message: "请选择责任认定" }]}
        >
          <Radio.Group data-testid="reversal-responsibility">
            {(options.data?.responsibilities ?? []).map((r) => (
              <Radio
                key={r.name}
                value={r.name}
                disabled={reason?.excludes.includes(r.name)}
                title={r.description}
              >
                {r.name}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {reason?.basis ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={`不能认定为差错。依据：${reason.basis}`}
          />
        ) : null}
        <Form.Item name="note" label="说明（认定差错、瑕疵或原因为“其他”时必填）">
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="reversal-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ObjectDialog({ row, onClose }: { row: ReversalRow; onClose: () => void }) {
  const { message } = App.useApp();
  const object = useObject();
  const [form] = Form.useForm<{ text: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await object.mutateAsync({ caseId: row.caseId, body: { text: values.text, version: row.version } });
      message.success("已提出异议，待审管办处理");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={`对分类提出异议：${row.caseNumber}`}
      okText="提出异议"
      cancelText="取消"
      okButtonProps={{ "data-testid": "reversal-object-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={object.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="reversal-object-dialog"
    >
      <Typography.Paragraph>
        认定：{row.reason} · {row.responsibility}。{row.note}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label="异议理由"
          rules={[
            { required: true, message: "请填写异议理由" },
            { min: 10, message: "异议理由不少于 10 个字" },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="reversal-objection-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecideDialog({ row, onClose }: { row: ReversalRow; onClose: () => void }) {
  const { message } = App.useApp();
  const options = useReversalOptions();
  const decide = useDecide();
  const [form] = Form.useForm<{
    decision: string;
    decider: string;
    reference: string;
    responsibility?: string;
  }>();
  const decision = Form.useWatch("decision", form);
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await decide.mutateAsync({ caseId: row.caseId, body: { ...values, version: row.version } });
      message.success("异议已处理");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={`处理异议：${row.caseNumber}`}
      okText="保存处理结果"
      cancelText="取消"
      okButtonProps={{ "data-testid": "reversal-decide-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={decide.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="reversal-decide-dialog"
    >
      <Typography.Paragraph>
        原认定：{row.reason} · {row.responsibility}。异议（{row.objection?.by}）：{row.objection?.text}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ decider: "审管办" }}>
        <Form.Item name="decider" label="处理主体" rules={[{ required: true }]}>
          <Radio.Group options={(options.data?.deciders ?? []).map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        <Form.Item name="decision" label="处理结果" rules={[{ required: true, message: "请选择处理结果" }]}>
          <Radio.Group
            data-testid="reversal-decision"
            options={(options.data?.decisions ?? []).map((d) => ({ value: d, label: `异议${d}` }))}
          />
        </Form.Item>
        {decision === "成立" ? (
          <Form.Item
            name="responsibility"
            label="改定的责任认定"
            rules={[{ required: true, message: "请选择" }]}
          >
            <Radio.Group
              options={(options.data?.responsibilities ?? [])
                .filter((r) => r.name !== row.responsibility)
                .map((r) => ({ value: r.name, label: r.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reference"
          label="处理理由，或审委会决定的出处"
          rules={[{ required: true, message: "请填写" }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="reversal-decision-reference" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
