/** 答复并重新提交: the judge answers the 复议 opinion, may revise the conclusion and the file. */
import { App, Form, Input, Modal } from "antd";
import { errorMessage } from "../../../shared/api/client";
import { type DraftRow, useResubmitDraft } from "../api";
import { DraftFilePicker } from "./DraftFilePicker";

interface Values {
  note: string;
  conclusion: string;
  file?: File | null;
}

export function ResubmitDialog({ draft, onClose }: { draft: DraftRow | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const resubmit = useResubmitDraft();
  const { message } = App.useApp();
  if (!draft) return null;
  const onOk = async () => {
    const v = await form.validateFields();
    try {
      await resubmit.mutateAsync({
        id: draft.id,
        version: draft.version,
        note: v.note,
        conclusion: v.conclusion,
        file: v.file ?? null,
      });
      message.success("已答复并重新提交阅核");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      title={`答复复议意见：${draft.caseNumber ?? ""}`}
      open
      onCancel={onClose}
      onOk={onOk}
      okText="重新提交"
      confirmLoading={resubmit.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ conclusion: draft.conclusion }}>
        <Form.Item
          name="note"
          label="复议答复"
          rules={[
            { required: true, message: "请填写复议答复" },
            { min: 10, message: "复议答复不少于 10 个字" },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="resubmit-note" />
        </Form.Item>
        <Form.Item name="conclusion" label="裁判结论摘要" rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="file" label="修改后的文书文件（可选）">
          <DraftFilePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
