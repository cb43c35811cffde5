/**
 * The 判后 dialogs: 登记释明 (date, way, risk points as tags or free text, 类案指引), 督促记录 (the
 * contacts so far and a new one), 登记履行结果 (全部履行 / 部分履行 / 未履行 with the amounts).
 * The server checks every field; its message (naming the field) is shown as it comes.
 */
import { App, Form, Input, InputNumber, List, Modal, Radio, Select, Typography } from "antd";
import { errorMessage } from "../../../shared/api/client";
import { formatDate } from "../../../shared/format";
import {
  CONTACT_WAYS,
  EXPLANATION_WAYS,
  type ExplanationTask,
  OUTCOMES,
  type PerformanceTask,
  RISK_POINT_TAGS,
  usePerformanceDetail,
  useRecordContact,
  useRecordExplanation,
  useRecordOutcome,
} from "../api";

const todayIso = () => {
  const d = new Date(Date.now() + 8 * 3600_000);
  return d.toISOString().slice(0, 10);
};

export function ExplanationDialog({ task, onClose }: { task: ExplanationTask | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useRecordExplanation();
  // Filled from initialValues each time the dialog opens (the form is cleared when it closes), not
  // by an effect after it was shown, which could overwrite what had already been entered.
  const x = task?.explanation;
  const initial = {
    explainedOn: x?.explainedOn ?? todayIso(),
    way: x?.way ?? "当庭",
    riskPoints: x?.riskPoints ?? [],
    riskNote: x?.riskNote ?? "",
    guidance: x?.guidance ?? "",
  };
  const submit = async () => {
    if (!task) return;
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ caseId: task.caseId, body: v });
      message.success(`已登记 ${task.caseNumber} 的判后释明`);
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open={task !== null}
      title={`登记判后释明 · ${task?.caseNumber ?? ""}`}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ "data-testid": "aftercare-explain-save" } as never}
    >
      <Form form={form} layout="vertical" clearOnDestroy initialValues={initial}>
        <Form.Item
          name="explainedOn"
          label="释明日期"
          rules={[{ required: true, message: "请填写释明日期" }]}
        >
          <Input type="date" data-testid="aftercare-explain-date" />
        </Form.Item>
        <Form.Item name="way" label="释明方式" rules={[{ required: true }]}>
          <Radio.Group options={EXPLANATION_WAYS.map((w) => ({ label: w, value: w }))} />
        </Form.Item>
        <Form.Item name="riskPoints" label="释明的风险点" extra="可选择常见风险点，也可直接输入后回车">
          <Select
            mode="tags"
            options={RISK_POINT_TAGS.map((t) => ({ label: t, value: t }))}
            placeholder="选择或输入风险点"
            data-testid="aftercare-explain-risks"
          />
        </Form.Item>
        <Form.Item name="riskNote" label="风险点补充说明">
          <Input.TextArea rows={2} data-testid="aftercare-explain-note" />
        </Form.Item>
        <Form.Item name="guidance" label="类案指引" extra="向当事人提示的类案案号或类案裁判规则">
          <Input.TextArea
            rows={2}
            placeholder="如：（2024）内0602民初88号"
            data-testid="aftercare-explain-guidance"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ContactsDialog({ task, onClose }: { task: PerformanceTask | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const detail = usePerformanceDetail(task?.caseId ?? null);
  const save = useRecordContact();
  // Filled from initialValues each time the dialog opens (the form is cleared when it closes), not
  // by an effect after it was shown, which could overwrite what had already been entered.
  const initial = { contactedOn: todayIso(), way: "电话", note: "" };
  const submit = async () => {
    if (!task) return;
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ caseId: task.caseId, body: v });
      message.success("已登记督促记录");
      form.setFieldsValue({ note: "" });
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open={task !== null}
      title={`督促履行记录 · ${task?.caseNumber ?? ""}`}
      onOk={task?.canRecord ? () => void submit() : onClose}
      okText={task?.canRecord ? "登记本次督促" : "关闭"}
      cancelText="关闭"
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okButtonProps={{ "data-testid": "aftercare-contact-save" } as never}
    >
      <List
        size="small"
        bordered
        locale={{ emptyText: "尚无督促记录" }}
        dataSource={detail.data?.contacts ?? []}
        renderItem={(c) => (
          <List.Item>
            {formatDate(c.contactedOn)}　{c.way}　{c.note}
            <Typography.Text type="secondary">（{c.recordedBy}）</Typography.Text>
          </List.Item>
        )}
        style={{ marginBottom: 16 }}
      />
      {task?.canRecord ? (
        <Form form={form} layout="vertical" clearOnDestroy initialValues={initial}>
          <Form.Item
            name="contactedOn"
            label="督促日期"
            rules={[{ required: true, message: "请填写督促日期" }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="way" label="督促方式" rules={[{ required: true }]}>
            <Radio.Group options={CONTACT_WAYS.map((w) => ({ label: w, value: w }))} />
          </Form.Item>
          <Form.Item name="note" label="督促情况" rules={[{ required: true, message: "请填写督促情况" }]}>
            <Input.TextArea rows={2} data-testid="aftercare-contact-note" />
          </Form.Item>
        </Form>
      ) : task?.enforcementCase ? (
        <Typography.Text type="secondary">
          执行案件 {task.enforcementCase} 以该案为原审案号，督促履行已自动结束（未履行）。
        </Typography.Text>
      ) : null}
    </Modal>
  );
}

export function OutcomeDialog({ task, onClose }: { task: PerformanceTask | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useRecordOutcome();
  const outcome = Form.useWatch("outcome", form);
  // Filled from initialValues each time the dialog opens (the form is cleared when it closes), not
  // by an effect after it was shown, which could overwrite what had already been entered.
  const r = task?.recorded;
  const initial = {
    outcome: r?.outcome ?? "全部履行",
    decidedOn: r?.decidedOn ?? todayIso(),
    dueYuan: r?.dueYuan ?? task?.amountYuan,
    performedYuan: r?.performedYuan ?? null,
    note: r?.note ?? "",
  };
  const submit = async () => {
    if (!task) return;
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        caseId: task.caseId,
        body: { ...v, dueYuan: v.dueYuan ?? null, performedYuan: v.performedYuan ?? null },
      });
      message.success(`已登记 ${task.caseNumber} 的履行结果`);
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open={task !== null}
      title={`登记履行结果 · ${task?.caseNumber ?? ""}`}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ "data-testid": "aftercare-outcome-save" } as never}
    >
      <Form form={form} layout="vertical" clearOnDestroy initialValues={initial}>
        <Form.Item name="outcome" label="履行结果" rules={[{ required: true }]}>
          <Radio.Group
            options={OUTCOMES.map((o) => ({ label: o, value: o }))}
            data-testid="aftercare-outcome-choice"
          />
        </Form.Item>
        <Form.Item name="decidedOn" label="确认日期" rules={[{ required: true, message: "请填写确认日期" }]}>
          <Input type="date" data-testid="aftercare-outcome-date" />
        </Form.Item>
        <Form.Item name="dueYuan" label="应履行金额（元）" extra="默认为标的额">
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="performedYuan"
          label="已履行金额（元）"
          extra={outcome === "部分履行" ? "部分履行的，请填写已履行金额" : "全部履行、未履行的可不填"}
        >
          <InputNumber min={0} style={{ width: 200 }} data-testid="aftercare-outcome-paid" />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
