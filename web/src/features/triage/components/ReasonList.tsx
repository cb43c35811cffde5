/**
 * The reasons of a suggestion: the conclusion (the last reason) first in bold, then the rules that
 * led to it in smaller secondary text, one a line.
 */
import { Typography } from "antd";

export function ReasonList({ reasons, strongLast = false }: { reasons: string[]; strongLast?: boolean }) {
  const last = strongLast ? reasons.at(-1) : undefined;
  const rest = last === undefined ? reasons : reasons.slice(0, -1);
  return (
    <div>
      {last !== undefined ? (
        <div>
          <Typography.Text strong>{last}</Typography.Text>
        </div>
      ) : null}
      {rest.map((r) => (
        <div key={r} style={strongLast ? { fontSize: 12 } : undefined}>
          <Typography.Text type={strongLast ? "secondary" : undefined}>{r}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
