/** The reasons of a suggestion, one a line (the last one, the conclusion, in bold). */
import { Typography } from "antd";

export function ReasonList({ reasons, strongLast = false }: { reasons: string[]; strongLast?: boolean }) {
  return (
    <div>
      {reasons.map((r, i) => (
        <div key={r}>
          {strongLast && i === reasons.length - 1 ? <Typography.Text strong>{r}</Typography.Text> : r}
        </div>
      ))}
    </div>
  );
}
