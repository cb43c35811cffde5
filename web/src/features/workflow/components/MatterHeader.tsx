/** A matter's facts: its kind, state, case (a link), division, judge, who opened it and when. */
import { Descriptions, Tag } from "antd";
import { Link } from "react-router";
import { formatDate } from "../../../shared/format";
import type { MatterView, WorkflowKinds } from "../types";

export function MatterStateTag({ matter }: { matter: Pick<MatterView, "stateLabel" | "terminal"> }) {
  return (
    <Tag color={matter.terminal ? "default" : "processing"} data-testid="matter-state">
      {matter.stateLabel}
    </Tag>
  );
}

export function MatterHeader({ matter }: { matter: MatterView }) {
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered data-testid="matter-header">
      <Descriptions.Item label="事项类型">{matter.kindName}</Descriptions.Item>
      <Descriptions.Item label="状态">
        <MatterStateTag matter={matter} />
      </Descriptions.Item>
      <Descriptions.Item label="案号">
        {matter.caseId !== null ? (
          <Link to={`/cases/${matter.caseId}`} data-testid="matter-case">
            {matter.caseNumber ?? `案件 ${matter.caseId}`}
          </Link>
        ) : (
          (matter.caseNumber ?? "—")
        )}
      </Descriptions.Item>
      <Descriptions.Item label="承办部门">{matter.division || "—"}</Descriptions.Item>
      <Descriptions.Item label="承办人">{matter.judge || "—"}</Descriptions.Item>
      <Descriptions.Item label="发起人">{matter.initiatorName}</Descriptions.Item>
      <Descriptions.Item label="发起日期">{formatDate(matter.openedOn)}</Descriptions.Item>
      <Descriptions.Item label="办结日期">{formatDate(matter.closedOn)}</Descriptions.Item>
    </Descriptions>
  );
}

/**
 * The Chinese labels of the fields the matter's steps ask for (name → label), for its trace: those
 * of its kind (every step), then those of the steps open now.
 */
export function fieldLabels(
  matter: Pick<MatterView, "actions" | "kind">,
  kinds?: WorkflowKinds,
): Record<string, string> {
  const labels: Record<string, string> = { ...kinds?.kinds.find((k) => k.id === matter.kind)?.fieldLabels };
  for (const a of matter.actions) for (const f of a.fields) labels[f.name] ??= f.label;
  return labels;
}
