import { Spin } from "antd";

/** A screen (or the session) is loading. */
export function Loading() {
  return (
    <div style={{ padding: 80, textAlign: "center" }}>
      <Spin size="large" />
    </div>
  );
}
