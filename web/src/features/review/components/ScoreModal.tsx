/**
 * 评查打分: the plan's score sheet, section by section; for each item its listed deductions as
 * check boxes, and an optional free deduction (points and a note). Works with the keyboard alone:
 * Tab moves through the boxes and fields in sheet order, Space ticks a box, Ctrl+Enter submits.
 * The running score is shown as boxes are ticked; the server scores and classes it.
 */
import { Alert, Checkbox, Divider, Input, InputNumber, Modal, Space, Typography } from "antd";
import { type KeyboardEvent, useMemo, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { type ScoreSheet, useScore, useSheet } from "../api";

interface Props {
  sampleId: number;
  version: number;
  caseNumber: string;
  sheetVersion?: number;
  onClose: () => void;
}

export function ScoreModal({ sampleId, version, caseNumber, sheetVersion, onClose }: Props) {
  const sheet = useSheet(sheetVersion);
  const score = useScore();
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [free, setFree] = useState<Record<string, { points: number | null; note: string }>>({});
  const [comment, setComment] = useState("");
  const s: ScoreSheet | undefined = sheet.data;
  const deducted = useMemo(() => {
    if (!s) return 0;
    let d = 0;
    for (const sec of s.sections)
      for (const it of sec.items) {
        for (const x of it.deductions) if (ticked[x.code]) d += x.points;
        d += free[it.code]?.points ?? 0;
      }
    return d;
  }, [s, ticked, free]);

  const submit = () => {
    if (!s) return;
    const findings = s.sections.flatMap((sec) =>
      sec.items.flatMap((it) => [
        ...it.deductions
          .filter((x) => ticked[x.code])
          .map((x) => ({ itemCode: it.code, deductionCode: x.code, note: free[it.code]?.note ?? "" })),
        ...(free[it.code]?.points
          ? [{ itemCode: it.code, points: free[it.code]?.points ?? 0, note: free[it.code]?.note ?? "" }]
          : []),
      ]),
    );
    score.mutate({ id: sampleId, body: { version, findings, comment } }, { onSuccess: onClose });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
  };

  return (
    <Modal
      open
      width={820}
      title={`评查打分：${caseNumber}`}
      okText="提交评查结果"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={score.isPending}
      okButtonProps={{ "data-testid": "score-submit" } as never}
    >
      <form onKeyDown={onKeyDown} onSubmit={(e) => e.preventDefault()} data-testid="score-form">
        {s ? (
          <>
            <Typography.Paragraph type="secondary">
              {s.name}（第 {s.version} 版，满分 {s.total} 分）。勾选发现的问题；Tab
              键移动，空格键勾选，Ctrl+Enter 提交。当前得分：
              <Typography.Text strong data-testid="score-running">
                {s.total - deducted}
              </Typography.Text>
            </Typography.Paragraph>
            {s.sections.map((sec) => (
              <div key={sec.code}>
                <Divider titlePlacement="start" style={{ margin: "8px 0" }}>
                  {sec.name}
                </Divider>
                {sec.items.map((it) => (
                  <div key={it.code} style={{ marginBottom: 8 }}>
                    <Typography.Text>
                      {it.text}（{it.points} 分）
                    </Typography.Text>
                    <div>
                      <Space wrap>
                        {it.deductions.map((x) => (
                          <Checkbox
                            key={x.code}
                            data-testid={`deduct-${x.code}`}
                            checked={ticked[x.code] === true}
                            onChange={(e) => setTicked({ ...ticked, [x.code]: e.target.checked })}
                          >
                            {x.text}（{x.severity === "error" ? "差错" : "瑕疵"}，扣 {x.points} 分）
                          </Checkbox>
                        ))}
                        <InputNumber
                          aria-label={`${it.text} 自定扣分`}
                          placeholder="自定扣分"
                          min={0}
                          max={it.points}
                          step={0.5}
                          value={free[it.code]?.points ?? null}
                          onChange={(v) =>
                            setFree({ ...free, [it.code]: { note: free[it.code]?.note ?? "", points: v } })
                          }
                        />
                        <Input
                          aria-label={`${it.text} 问题说明`}
                          placeholder="问题说明"
                          style={{ width: 240 }}
                          value={free[it.code]?.note ?? ""}
                          onChange={(e) =>
                            setFree({
                              ...free,
                              [it.code]: { points: free[it.code]?.points ?? null, note: e.target.value },
                            })
                          }
                        />
                      </Space>
                    </div>
                  </div>
                ))}
              </div>
            ))}
            <Input.TextArea
              aria-label="评查意见"
              placeholder="评查意见"
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </>
        ) : (
          <Typography.Text type="secondary">正在读取评查表…</Typography.Text>
        )}
        {score.isError ? (
          <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(score.error)} />
        ) : null}
      </form>
    </Modal>
  );
}
