import { Select, Space, Typography } from "antd";
import type { VisibleCourt } from "../courts";

/**
 * 法院: one of the courts a multi-court account sees, or 全部可见法院 (value undefined). Shown only
 * by pages whose account sees more than one court (useVisibleCourts).
 */
export function CourtPicker({
  courts,
  value,
  onChange,
  testId,
}: {
  courts: readonly VisibleCourt[];
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  testId: string;
}) {
  return (
    <Space size={6}>
      <Typography.Text type="secondary">法院</Typography.Text>
      <Select
        value={value ?? "__all"}
        style={{ width: 240 }}
        onChange={(v) => onChange(v === "__all" ? undefined : v)}
        options={[
          { value: "__all", label: "全部可见法院" },
          ...courts.map((c) => ({ value: c.code, label: c.name })),
        ]}
        data-testid={testId}
        popupMatchSelectWidth={300}
      />
    </Space>
  );
}
