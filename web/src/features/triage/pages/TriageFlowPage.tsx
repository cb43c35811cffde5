/**
 * 繁简分流 — 退案流转 and 快审统计, on a page of their own until they join the 繁简分流 page's tabs
 * (a temporary address, /triage/flow).
 */
import { Card, Tabs, Typography } from "antd";
import { StatsTab } from "../components/StatsTab";
import { TransfersTab } from "../components/TransfersTab";

export default function TriageFlowPage() {
  return (
    <div data-testid="page-triage-flow">
      <div className="page-title">
        <Typography.Title level={4}>繁简分流：退案流转与统计</Typography.Title>
      </div>
      <Card size="small">
        <Tabs
          items={[
            { key: "transfers", label: "退案流转", children: <TransfersTab /> },
            { key: "stats", label: "统计", children: <StatsTab /> },
          ]}
        />
      </Card>
    </div>
  );
}
