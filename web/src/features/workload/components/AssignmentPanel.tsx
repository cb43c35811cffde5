/**
 * 分案建议 for a pending case: every eligible judge's weighted pending load and recent intake, the
 * suggested judge first; "按建议分案" and "改派" when the reader may decide (from `actions`). It is
 * never applied by itself; the decision is recorded, the imported case data is not changed.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { formatDateTime } from "../../../shared/format";
import { type Suggestion, useRecordDecision, useSuggestion } from "../api";

type Candidate = Suggestion["candidates"][number];

export function AssignmentPanel({ caseId, compact = false }: { caseId: number; compact?: boolean }) {
  const { message } = App.useApp();
  const q = useSuggestion(caseId);
  const record = useRecordDecision();
  const [reassigning, setReassigning] = useState(false);
  const [judge, setJudge] = useState<string | undefined>();
  const [note, setNote] = useState("");

  if (q.isError) return compact ? null : <Alert type="error" showIcon title={errorMessage(q.error)} />;
  const s = q.data;
  if (!s) return compact ? null : <Card size="small" loading />;
  // On the case page the panel shows for a new case (pending, filed in the last 30 days) or one decided.
  if (compact && !s.decision && !(s.pending && s.recentlyFiled)) return null;

  const decide = async (followed: boolean) => {
    try {
      const d = await record.mutateAsync({
        caseId,
        followed,
        judge: followed ? undefined : judge,
        note: note.trim() || undefined,
      });
      message.success(d.followed ? `已按建议分案给${d.assignedJudge}` : `已改派给${d.assignedJudge}`);
      setReassigning(false);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns = [
    { title: "排序", dataIndex: "rank", width: 60 },
    {
      title: "法官",
      dataIndex: "judge",
      render: (v: string, c: Candidate) => (
        <Space size={4}>
          {v}
          {c.rank === 1 ? <Tag color="green">建议</Tag> : null}
        </Space>
      ),
    },
    { title: "未结加权", dataIndex: "weightedPending", align: "right" as const },
    { title: "近 90 日新收加权", dataIndex: "weightedRecent", align: "right" as const },
    { title: "未结件数", dataIndex: "pending", align: "right" as const },
  ];

  return (
    <Card
      size="small"
      title="分案建议"
      style={{ marginBottom: 12 }}
      data-testid="assignment-panel"
      extra={
        s.actions.length > 0 ? (
          <Space>
            {s.actions.includes("follow") ? (
              <Button
                type="primary"
                size="small"
                loading={record.isPending}
                onClick={() => void decide(true)}
                data-testid="assign-follow"
              >
                按建议分案
              </Button>
            ) : null}
            {s.actions.includes("reassign") ? (
              <Button size="small" onClick={() => setReassigning(true)} data-testid="assign-other">
                改派
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="案号">{s.caseNumber}</Descriptions.Item>
        <Descriptions.Item label="本案权重">
          {s.typeCode} {s.procedure} · {s.weight}
        </Descriptions.Item>
        <Descriptions.Item label="建议承办人">
          <Typography.Text strong data-testid="suggested-judge">
            {s.suggested ?? "无可分案的法官"}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="候选范围">
          {s.eligibility === "staff"
            ? "人员名册中本庭在岗员额法官"
            : "本庭近期有案件的承办人（未维护人员名册）"}
        </Descriptions.Item>
      </Descriptions>
      {s.decision ? (
        <Alert
          type={s.decision.followed ? "success" : "info"}
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="decision-recorded"
          title={
            s.decision.followed
              ? `已按建议分案：${s.decision.assignedJudge}`
              : `已改派：${s.decision.assignedJudge}（建议为${s.decision.suggestedJudge}）`
          }
          description={`${s.decision.decidedBy} · ${formatDateTime(s.decision.decidedAt)}${s.decision.note ? ` · 理由：${s.decision.note}` : ""}`}
        />
      ) : null}
      <Table<Candidate>
        size="small"
        rowKey="judge"
        pagination={false}
        columns={columns}
        dataSource={s.candidates}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        按截至 {s.asOf} 的未结加权件数由少到多排序（本案不计入）；相同时依次比较近 90 日（{s.recentFrom}{" "}
        起）新收加权件数、未结件数、姓名。 建议仅供参考，不自动分案；记录分案决定不改变导入的案件数据。
      </Typography.Paragraph>
      <Modal
        open={reassigning}
        title="改派"
        okText="记录改派"
        cancelText="取消"
        okButtonProps={{ disabled: !judge, loading: record.isPending }}
        onOk={() => void decide(false)}
        onCancel={() => setReassigning(false)}
      >
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Select
            style={{ width: "100%" }}
            placeholder="选择承办法官"
            value={judge}
            onChange={setJudge}
            options={s.candidates
              .filter((c) => c.judge !== s.suggested)
              .map((c) => ({ value: c.judge, label: `${c.judge}（未结加权 ${c.weightedPending}）` }))}
            data-testid="reassign-judge"
          />
          <Input.TextArea
            rows={3}
            placeholder="改派理由（可选）"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
          />
        </Space>
      </Modal>
    </Card>
  );
}
