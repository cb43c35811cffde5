/**
 * 全程留痕: every step taken on a matter, in order — who, when, what (the action), the state it
 * went from and to, the note and every other value given. Values are shown as text (React escapes
 * them), never as markup.
 */
import { ArrowRightOutlined } from "@ant-design/icons";
import { Space, Tag, Timeline, Typography } from "antd";
import { formatDateTime } from "../../../shared/format";
import type { TraceRow } from "../types";

/** A value given in a step, as text: lists joined with 、, yes/no in words. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v)) return v.map(valueText).join("、");
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export function MatterTrace({
  trace,
  labels = {},
  testId = "matter-trace",
}: {
  trace: readonly TraceRow[];
  /** Chinese labels of the input fields (name → label); a field without one is shown by its value alone. */
  labels?: Readonly<Record<string, string>>;
  testId?: string;
}) {
  if (trace.length === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        暂无办理记录
      </Typography.Text>
    );
  const steps = [...trace].sort((a, b) => a.seq - b.seq);
  return (
    <div data-testid={testId}>
      <Timeline
        items={steps.map((t, i) => ({
          key: t.seq,
          color: i === steps.length - 1 ? "blue" : "gray",
          content: (
            <div data-testid="trace-step" data-action={t.action}>
              <Space size={6} wrap>
                <Typography.Text strong data-testid="trace-label">
                  {t.label}
                </Typography.Text>
                <Typography.Text data-testid="trace-by">{t.byName || t.by}</Typography.Text>
                <Typography.Text type="secondary">{formatDateTime(t.at)}</Typography.Text>
                <span data-testid="trace-states">
                  {t.fromLabel ? <Tag>{t.fromLabel}</Tag> : null}
                  {t.fromLabel ? <ArrowRightOutlined style={{ fontSize: 11, marginInlineEnd: 8 }} /> : null}
                  <Tag color="blue">{t.toLabel}</Tag>
                </span>
              </Space>
              {t.note ? (
                <div style={{ marginTop: 4, whiteSpace: "pre-wrap" }} data-testid="trace-note">
                  {t.note}
                </div>
              ) : null}
              {Object.entries(t.input)
                .filter(([k]) => k !== "note")
                .map(([k, v]) => (
                  <div key={k} style={{ marginTop: 2, whiteSpace: "pre-wrap" }} data-testid="trace-input">
                    {labels[k] ? <Typography.Text type="secondary">{labels[k]}：</Typography.Text> : null}
                    {valueText(v)}
                  </div>
                ))}
            </div>
          ),
        }))}
      />
    </div>
  );
}
