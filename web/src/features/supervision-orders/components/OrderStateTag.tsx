import { Tag } from "antd";
import { Link } from "react-router";

const COLORS: Record<string, string> = {
  issued: "processing",
  returned: "warning",
  answered: "cyan",
  "escalated-chief": "error",
  "escalated-leader": "error",
  closed: "default",
};

/** A 督办单's state as a tag linking to the order (its matter page). */
export function OrderStateTag({
  order,
  testId,
}: {
  order: { id: number; state: string; stateLabel: string };
  testId?: string;
}) {
  return (
    <Link to={`/matters/${order.id}`} data-testid={testId}>
      <Tag color={COLORS[order.state] ?? "default"} style={{ cursor: "pointer" }}>
        {order.state === "closed" ? "督办" : "督办中"}·{order.stateLabel}
      </Tag>
    </Link>
  );
}
