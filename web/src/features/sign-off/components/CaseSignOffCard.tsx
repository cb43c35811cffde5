/** The case page's 阅核: “须阅核” with the reasons, the case's drafts, and 提交阅核 for its judge. */
import { AuditOutlined } from "@ant-design/icons";
import { Button, Card, Space, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useCaseSignOff } from "../api";
import { DraftTable } from "./DraftTable";
import { SubmitDraftDialog } from "./SubmitDraftDialog";

export function CaseSignOffCard({ caseId }: { caseId: string }) {
  const res = useCaseSignOff(caseId);
  const [open, setOpen] = useState(false);
  const s = res.data;
  if (!s) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space>
          <AuditOutlined />
          阅核
          {s.needed ? (
            <Tooltip title={s.reasons.map((r) => `${r.text}（依据：${r.basis}）`).join("；")}>
              <Tag color="volcano" data-testid="case-needs-sign-off">
                须阅核
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      }
      extra={
        s.canSubmit ? (
          <Button type="primary" size="small" onClick={() => setOpen(true)} data-testid="sign-off-submit">
            提交阅核
          </Button>
        ) : null
      }
    >
      {s.needed ? (
        <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="sign-off-reasons">
          须阅核：{s.reasons.map((r) => r.text).join("；")}
        </Typography.Paragraph>
      ) : null}
      {s.drafts.length > 0 ? (
        <DraftTable rows={s.drafts} />
      ) : (
        <Typography.Text type="secondary">本案尚无送阅文书</Typography.Text>
      )}
      <SubmitDraftDialog
        caseId={s.caseId}
        caseNumber={s.caseNumber}
        open={open}
        onClose={() => setOpen(false)}
      />
    </Card>
  );
}
