/** 我的待办's line for the 判后 tasks (they live on the 判后 page, not in the workflow's task table). */
import { Alert } from "antd";
import { Link } from "react-router";
import { useAftercarePending } from "../api";

export function AftercarePending({ enabled }: { enabled: boolean }) {
  const pending = useAftercarePending(enabled);
  const p = pending.data;
  if (!p || p.explanations + p.performance === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="inbox-aftercare"
      message={
        <span>
          判后待办：待释明 {p.explanations} 件、待督促履行 {p.performance} 件（{p.from} 以来）。
          <Link to="/aftercare">去办理</Link>
        </span>
      }
    />
  );
}
