/**
 * The case page's 上会记录: every 上会事项 of the case (专业法官会议, 审委会) with its state, meeting and
 * result; 提交专业法官会议 / 提请审委会 for the case's judge, its chief, the office and 院领导.
 */
import { TeamOutlined } from "@ant-design/icons";
import { App, Button, Card, Form, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useSession } from "../../../shared/session/session";
import { DraftFilePicker } from "../../sign-off/components/DraftFilePicker";
import { MEETING_KIND_NAMES, type MeetingKind, type ReferInput, useCaseMeetings, useReferCase } from "../api";
import { ItemTable } from "./ItemTable";

function ReferDialog({
  caseId,
  kind,
  onClose,
}: {
  caseId: string;
  kind: MeetingKind | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { user } = useSession();
  const [form] = Form.useForm<Omit<ReferInput, "meetingKind" | "fileIds"> & { file?: File | null }>();
  const refer = useReferCase(caseId);
  const submit = async () => {
    if (!kind) return;
    const v = await form.validateFields();
    try {
      await refer.mutateAsync({ ...v, meetingKind: kind });
      message.success(`已提请${MEETING_KIND_NAMES[kind]}，待审管办安排上会`);
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const need = (label: string) => [{ required: true, min: 2, message: `请填写${label}（不少于 2 个字）` }];
  return (
    <Modal
      title={kind === "committee" ? "提请审判委员会讨论" : "提交专业法官会议讨论"}
      open={kind !== null}
      onOk={() => void submit()}
      okText="提请"
      cancelText="取消"
      confirmLoading={refer.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      data-testid="meeting-refer-dialog"
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="summary" label="案情摘要" rules={need("案情摘要")}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="refer-summary" />
        </Form.Item>
        <Form.Item name="issues" label="争议焦点" rules={need("争议焦点")}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="refer-issues" />
        </Form.Item>
        <Form.Item name="panelOpinion" label="合议庭意见" rules={need("合议庭意见")}>
          <Input.TextArea rows={2} maxLength={4000} data-testid="refer-opinion" />
        </Form.Item>
        <Form.Item name="similarCases" label="类案检索报告">
          <Input.TextArea rows={2} maxLength={8000} />
        </Form.Item>
        {user?.judgeName ? (
          <Form.Item name="file" label="类案检索报告文件（可选）">
            <DraftFilePicker testId="refer-file" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label="提请理由">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CaseMeetingsPanel({ caseId }: { caseId: string }) {
  const res = useCaseMeetings(caseId);
  const [referring, setReferring] = useState<MeetingKind | null>(null);
  const s = res.data;
  if (!s) return null;
  if (s.rows.length === 0 && s.actions.length === 0) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="case-meetings"
      title={
        <Space>
          <TeamOutlined />
          上会记录（专业法官会议、审判委员会）
        </Space>
      }
      extra={
        <Space>
          {s.actions.includes("refer-judges") ? (
            <Button size="small" onClick={() => setReferring("judges")} data-testid="case-refer-judges">
              提交专业法官会议
            </Button>
          ) : null}
          {s.actions.includes("refer-committee") ? (
            <Button size="small" onClick={() => setReferring("committee")} data-testid="case-refer-committee">
              提请审委会
            </Button>
          ) : null}
        </Space>
      }
    >
      {s.rows.length > 0 ? (
        <ItemTable rows={s.rows} testId="case-meeting-items" />
      ) : (
        <Typography.Text type="secondary">本案尚未提请上会</Typography.Text>
      )}
      <ReferDialog caseId={caseId} kind={referring} onClose={() => setReferring(null)} />
    </Card>
  );
}
