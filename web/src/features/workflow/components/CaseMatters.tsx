/**
 * 监管与流程记录 on a case's page: every matter on the case (督办, 四类案件监管, 阅核 …), each with
 * its state, its open tasks and its trace in order (全程留痕), and a link to act on it.
 */
import { Card, Empty, Space, Typography } from "antd";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDate } from "../../../shared/format";
import { useCaseMatters, useWorkflowKinds } from "../api";
import { fieldLabels, MatterStateTag } from "./MatterHeader";
import { WorkingDaysLeft } from "./MatterTasks";
import { MatterTrace } from "./MatterTrace";

export function CaseMatters({ caseId }: { caseId: number | string }) {
  const res = useCaseMatters(caseId);
  const kinds = useWorkflowKinds();
  const matters = res.data?.matters ?? [];
  return (
    <Card
      size="small"
      title={`监管与流程记录（${matters.length}）`}
      style={{ marginBottom: 12 }}
      loading={res.isLoading}
      data-testid="case-matters"
    >
      {res.error ? <Typography.Text type="danger">{errorMessage(res.error)}</Typography.Text> : null}
      {!res.error && matters.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本案没有督办、监管或阅核事项" />
      ) : null}
      {matters.map((m) => {
        const open = m.tasks.filter((t) => t.state === "open");
        return (
          <div
            key={m.id}
            style={{ borderTop: "1px solid #f0f0f0", paddingTop: 10, marginBottom: 4 }}
            data-testid={`case-matter-${m.id}`}
          >
            <Space size={8} wrap style={{ marginBottom: 8 }}>
              <Typography.Text strong>{m.kindName}</Typography.Text>
              <Link to={`/matters/${m.id}`} data-testid={`case-matter-link-${m.id}`}>
                {m.title}
              </Link>
              <MatterStateTag matter={m} />
              <Typography.Text type="secondary">
                {m.initiatorName} 于 {formatDate(m.openedOn)} 发起
                {m.closedOn ? `，${formatDate(m.closedOn)} 办结` : ""}
              </Typography.Text>
            </Space>
            {open.map((t) => (
              <div key={t.id} style={{ marginBottom: 6 }}>
                <Typography.Text type="secondary">待办：</Typography.Text>
                {t.title}（{t.assignee}）期限 {formatDate(t.dueOn)}{" "}
                <WorkingDaysLeft value={t.workingDaysLeft} />
              </div>
            ))}
            <MatterTrace
              trace={m.trace}
              labels={fieldLabels(m, kinds.data)}
              testId={`case-matter-trace-${m.id}`}
            />
          </div>
        );
      })}
    </Card>
  );
}
