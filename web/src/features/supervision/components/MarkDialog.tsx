/** 提请标注: a category (category 四 — a complaint about the judge — only by hand) and a reason. */
import { App, Form, Input, Modal, Select } from "antd";
import { errorMessage } from "../../../shared/api/client";
import { CATEGORY_LABELS, useMarkSupervisedCase } from "../api";

export function MarkDialog({
  caseId,
  caseNumber,
  open,
  onClose,
}: {
  caseId: number;
  caseNumber: string;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ category: number; note: string }>();
  const mark = useMarkSupervisedCase(caseId);
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await mark.mutateAsync(values);
      message.success("已提请标注，待庭长或审管办确认");
      form.resetFields();
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      title={`提请标注四类案件：${caseNumber}`}
      open={open}
      onOk={() => void submit()}
      okText="提请标注"
      cancelText="取消"
      confirmLoading={mark.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="supervision-mark-dialog"
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="category" label="类别" rules={[{ required: true, message: "请选择类别" }]}>
          <Select
            data-testid="supervision-mark-category"
            options={Object.entries(CATEGORY_LABELS).map(([value, label]) => ({
              value: Number(value),
              label,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="理由"
          rules={[
            { required: true, message: "请填写理由" },
            { min: 10, message: "理由不少于 10 个字" },
          ]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="supervision-mark-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
