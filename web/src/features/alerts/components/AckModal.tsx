import { App, Descriptions, Input, Modal, Tag } from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import type { AlertRow } from "../../../shared/api/types";
import { SEVERITY_COLORS, SEVERITY_NAMES } from "../../../shared/format";
import { useAcknowledgeAlert } from "../api";

/**
 * 确认 (acknowledge) an alert with a note, 处理意见 (POST /api/alerts/:id/ack). The lists, counts
 * and case pages showing it are updated by the mutation (api.ts).
 */
export function AckModal({
  alert,
  onClose,
  onDone,
}: {
  alert: AlertRow | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  // The note belongs to the alert it was written for: opening another alert starts empty. Derived
  // while rendering, not reset in an effect, which ran after the dialog was shown and could wipe
  // what had already been typed into it.
  const [draft, setDraft] = useState<{ id: number | null; note: string }>({ id: null, note: "" });
  const note = alert && draft.id === alert.id ? draft.note : "";
  const setNote = (value: string) => setDraft({ id: alert?.id ?? null, note: value });
  const ack = useAcknowledgeAlert();

  const submit = () => {
    if (!alert) return;
    if (!note.trim()) {
      message.warning("请填写处理意见");
      return;
    }
    ack.mutate(
      { id: alert.id, note: note.trim() },
      {
        onSuccess: () => {
          message.success("已确认");
          onDone();
        },
        onError: (err) => message.error(`确认失败：${errorMessage(err)}`),
      },
    );
  };

  return (
    <Modal
      open={!!alert}
      title="确认预警"
      okText="确认"
      cancelText="取消"
      onOk={submit}
      confirmLoading={ack.isPending}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "ack-submit" } as Record<string, string>}
      destroyOnHidden
    >
      {alert ? (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label="案号">{alert.caseNumber}</Descriptions.Item>
            <Descriptions.Item label="预警">
              <Tag color={SEVERITY_COLORS[alert.severity]}>
                {SEVERITY_NAMES[alert.severity] ?? alert.severity}
              </Tag>
              {alert.title}
            </Descriptions.Item>
            <Descriptions.Item label="原因">{alert.reason}</Descriptions.Item>
          </Descriptions>
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="处理意见，如：已督促承办法官，预计 5 日内结案"
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={500}
            showCount
            data-testid="ack-note"
          />
        </>
      ) : null}
    </Modal>
  );
}
