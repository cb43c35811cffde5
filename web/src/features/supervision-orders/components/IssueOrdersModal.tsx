/**
 * 发起督办: a request (督办要求, at least 10 characters) and a reply date — working days from today
 * on the legal calendar (the court's default when left empty) or a date — for the chosen alerts;
 * the server makes one order per judge and says how many.
 */
import { App, DatePicker, Input, InputNumber, Modal, Radio, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useIssueOrders } from "../api";

export function IssueOrdersModal({
  open,
  alertIds,
  judges,
  onClose,
  onDone,
}: {
  open: boolean;
  alertIds: number[];
  /** How many judges the chosen alerts concern (one order each). */
  judges: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const issue = useIssueOrders();
  const [request, setRequest] = useState("");
  const [mode, setMode] = useState<"days" | "date">("days");
  const [days, setDays] = useState<number | null>(null);
  const [date, setDate] = useState<Dayjs | null>(null);

  // Emptied when the dialog closes, so that it opens empty. Not in an effect on opening: that ran
  // after the dialog was shown and could wipe a request already typed into it.
  const reset = () => {
    setRequest("");
    setMode("days");
    setDays(null);
    setDate(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const submit = () => {
    const text = request.trim();
    if ([...text].length < 10) {
      message.warning(`督办要求不少于 10 个字（现为 ${[...text].length} 个字）`);
      return;
    }
    if (mode === "date" && !date) {
      message.warning("请选择答复期限");
      return;
    }
    issue.mutate(
      {
        alertIds,
        request: text,
        replyDue: mode === "date" && date ? date.format("YYYY-MM-DD") : null,
        replyWorkingDays: mode === "days" ? days : null,
      },
      {
        onSuccess: ({ orders }) => {
          message.success(`已发起督办单 ${orders.length} 件（答复期限 ${orders[0]?.replyDue ?? ""}）`);
          reset();
          onDone();
        },
        onError: (err) => message.error(`发起督办失败：${errorMessage(err)}`),
      },
    );
  };

  return (
    <Modal
      open={open}
      title="发起督办"
      okText="发起"
      cancelText="取消"
      onOk={submit}
      confirmLoading={issue.isPending}
      onCancel={close}
      okButtonProps={{ "data-testid": "issue-submit" } as Record<string, string>}
      destroyOnHidden
    >
      <Typography.Paragraph>
        已选 <b>{alertIds.length}</b> 条预警，涉及承办人 <b>{judges}</b> 名：每名承办人一份督办单。
      </Typography.Paragraph>
      <Input.TextArea
        value={request}
        onChange={(e) => setRequest(e.target.value)}
        placeholder="督办要求（不少于 10 个字），如：请说明超审限原因及结案安排"
        autoSize={{ minRows: 3, maxRows: 6 }}
        maxLength={1000}
        showCount
        data-testid="issue-request"
      />
      <Space style={{ marginTop: 12 }} wrap>
        <span>答复期限：</span>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
          <Radio value="days">
            <InputNumber
              min={1}
              max={60}
              value={days}
              onChange={(v) => setDays(v)}
              placeholder="默认"
              style={{ width: 90 }}
              data-testid="issue-days"
            />{" "}
            个工作日内
          </Radio>
          <Radio value="date">
            指定日期 <DatePicker value={date} onChange={(d) => setDate(d)} data-testid="issue-date" />
          </Radio>
        </Radio.Group>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        工作日按国务院公布的节假日安排计算（含调休上班日）；不填则按本院设置（默认 3 个工作日）。
        逾期未答复的督办单自动报庭长、分管院领导督促。
      </Typography.Paragraph>
    </Modal>
  );
}
