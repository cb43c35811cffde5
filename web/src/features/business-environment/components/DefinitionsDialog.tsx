/**
 * The pack's definitions (口径) as a form: the office adjusts them to the year's evaluation manual.
 * The server checks the whole and names a bad field; nothing is stored half.
 */
import { App, Form, Input, InputNumber, Modal, Select, Switch, Typography } from "antd";
import { errorMessage } from "../../../shared/api/client";
import { type Definitions, type DefinitionsView, useUpdateDefinitions } from "../api";

const LISTS: { name: keyof Definitions; label: string }[] = [
  { name: "firstInstanceTypeCodes", label: "一审案件类型代字" },
  { name: "causes", label: "商事案由（不填为全部案由）" },
  { name: "enforcementTypeCodes", label: "执行案件类型代字" },
  { name: "completionModes", label: "执行完毕结案方式" },
  { name: "mediationModes", label: "调解结案方式" },
  { name: "withdrawalModes", label: "撤诉结案方式" },
];

export function DefinitionsDialog({ view, onClose }: { view: DefinitionsView; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Definitions>();
  const update = useUpdateDefinitions();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await update.mutateAsync({ ...v, timeLimitDays: v.timeLimitDays ?? null, note: v.note ?? "" });
      message.success("已保存营商环境指标口径");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      width={640}
      title="营商环境指标口径"
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={update.isPending}
      okButtonProps={{ disabled: !view.canEdit }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{view.basis}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={view.definitions} disabled={!view.canEdit}>
        <Form.Item name="manualYear" label="评价手册年度" rules={[{ required: true, message: "请填写年度" }]}>
          <InputNumber min={2018} max={2100} />
        </Form.Item>
        <Form.Item name="enterpriseOnly" label="仅统计涉企案件" valuePropName="checked">
          <Switch />
        </Form.Item>
        {LISTS.map((l) => (
          <Form.Item key={l.name} name={l.name} label={l.label}>
            <Select mode="tags" tokenSeparators={[",", "，", "、"]} open={false} />
          </Form.Item>
        ))}
        <Form.Item name="timeLimitDays" label="审限内结案：立案后天数（不填为按法定审限）">
          <InputNumber min={1} max={3650} />
        </Form.Item>
        <Form.Item name="typicalCount" label="典型案例条数">
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="note" label="口径说明">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
