/**
 * 考核得分 on a judge's record. The assessment engine is wired in separately: this section takes the
 * score when there is one and renders nothing without it (no made-up figures).
 */
import { Card, Statistic, Table, Typography } from "antd";

export interface AssessmentScore {
  schemeName: string;
  total: number;
  items: { name: string; points: number; explanation: string }[];
}

export function AssessmentScoreSection({ score }: { score?: AssessmentScore | null }) {
  if (!score) return null;
  return (
    <Card size="small" title="考核得分" style={{ marginBottom: 12 }} data-testid="record-assessment">
      <Statistic title={score.schemeName} value={score.total} precision={1} suffix="分" />
      <Table
        size="small"
        rowKey="name"
        pagination={false}
        style={{ marginTop: 8 }}
        dataSource={score.items}
        columns={[
          { title: "考核项目", dataIndex: "name" },
          { title: "得分", dataIndex: "points", align: "right" },
          {
            title: "说明",
            dataIndex: "explanation",
            render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
