/**
 * 提交阅核: the judge gives the document's type and title, the conclusion in brief (theirs alone to
 * write), what the case is (发回重审, discussed by the 审委会 or a 专业法官会议) and the file; then the
 * draft goes to its reviewer and the matter page opens.
 */
import { App, Checkbox, Form, Input, Modal, Select } from "antd";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { DOCUMENT_TYPES, useSubmitDraft } from "../api";
import { DraftFilePicker } from "./DraftFilePicker";

interface Values {
  documentType: (typeof DOCUMENT_TYPES)[number];
  documentTitle: string;
  conclusion: string;
  facts?: ("remandRetrial" | "discussedByCommittee" | "discussedByMeeting")[];
  file: File | null;
}

export function SubmitDraftDialog({
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
  const [form] = Form.useForm<Values>();
  const submit = useSubmitDraft();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onOk = async () => {
    const v = await form.validateFields();
    if (!v.file) return;
    try {
      const m = await submit.mutateAsync({
        caseId,
        documentType: v.documentType,
        documentTitle: v.documentTitle,
        conclusion: v.conclusion,
        remandRetrial: v.facts?.includes("remandRetrial") ?? false,
        discussedByCommittee: v.facts?.includes("discussedByCommittee") ?? false,
        discussedByMeeting: v.facts?.includes("discussedByMeeting") ?? false,
        file: v.file,
      });
      message.success("已提交阅核");
      form.resetFields();
      onClose();
      void navigate(`/matters/${m.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      title={`提交阅核：${caseNumber}`}
      open={open}
      onCancel={onClose}
      onOk={onOk}
      okText="提交阅核"
      confirmLoading={submit.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ documentType: "判决书" }}>
        <Form.Item name="documentType" label="文书类型" rules={[{ required: true }]}>
          <Select options={DOCUMENT_TYPES.map((t) => ({ value: t, label: t }))} />
        </Form.Item>
        <Form.Item
          name="documentTitle"
          label="文书标题"
          rules={[
            { required: true, message: "请填写文书标题" },
            { min: 2, message: "文书标题不少于 2 个字" },
          ]}
        >
          <Input maxLength={100} data-testid="sign-off-title" />
        </Form.Item>
        <Form.Item
          name="conclusion"
          label="裁判结论摘要"
          extra="只有承办法官可以填写或修改；阅核人不能改变裁判结论，只能同意、退回复议或提请讨论。"
          rules={[{ required: true, message: "请填写裁判结论摘要" }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="sign-off-conclusion" />
        </Form.Item>
        <Form.Item name="facts" label="案件情况">
          <Checkbox.Group
            options={[
              { value: "remandRetrial", label: "发回重审案件" },
              { value: "discussedByCommittee", label: "经审委会讨论决定" },
              { value: "discussedByMeeting", label: "经专业法官会议讨论" },
            ]}
          />
        </Form.Item>
        <Form.Item name="file" label="文书文件" rules={[{ required: true, message: "请选择文书文件" }]}>
          <DraftFilePicker testId="sign-off-file" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
