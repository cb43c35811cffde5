/** 组织评析会: the selected 发改案件, a name, the day, place, host and attendees. */
import { App, Form, Input, Modal, Typography } from "antd";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { type ReversalRow, useCreateMeeting } from "../api";

export function NewMeetingDialog({
  rows,
  open,
  onClose,
}: {
  rows: ReversalRow[];
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const [form] = Form.useForm<{
    title: string;
    heldOn: string;
    place?: string;
    host?: string;
    attendees?: string;
  }>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const m = await create.mutateAsync({ ...values, caseIds: rows.map((r) => r.caseId) });
      message.success("已创建评析会");
      onClose();
      void navigate(`/review-meetings/${m.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open={open}
      title="组织评析会"
      okText="创建"
      cancelText="取消"
      okButtonProps={{ "data-testid": "review-meeting-new-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="review-meeting-new-dialog"
    >
      <Typography.Paragraph>
        评析案件（{rows.length} 件）：{rows.map((r) => r.caseNumber).join("、")}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="title" label="名称" rules={[{ required: true, min: 2, message: "请填写名称" }]}>
          <Input maxLength={200} data-testid="review-meeting-title" />
        </Form.Item>
        <Form.Item name="heldOn" label="召开日期" rules={[{ required: true, message: "请选择日期" }]}>
          <Input type="date" data-testid="review-meeting-date" />
        </Form.Item>
        <Form.Item name="place" label="地点">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="host" label="主持人">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="attendees" label="参加人员">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
