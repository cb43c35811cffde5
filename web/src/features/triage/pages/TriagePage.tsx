/**
 * 繁简分流: the suggested track of every pending civil first-instance case (分流建议), the cases whose
 * procedure disagrees with the rules (程序不符), the cases sent back out of the fast track
 * (退案流转), the fast-track figures by division and month (统计), and the rules' settings with
 * their history (分流规则设置).
 */
import { Card, Tabs, type TabsProps, Typography } from "antd";
import { useState } from "react";
import { MismatchesTab } from "../components/MismatchesTab";
import { SettingsTab } from "../components/SettingsTab";
import { StatsTab } from "../components/StatsTab";
import { SuggestionsTab } from "../components/SuggestionsTab";
import { TransfersTab } from "../components/TransfersTab";

export default function TriagePage() {
  const [tab, setTab] = useState("suggestions");
  const items: TabsProps["items"] = [
    {
      key: "suggestions",
      label: <span data-testid="triage-tab-suggestions">分流建议</span>,
      children: <SuggestionsTab />,
    },
    {
      key: "mismatches",
      label: <span data-testid="triage-tab-mismatches">程序不符</span>,
      children: <MismatchesTab />,
    },
    {
      key: "transfers",
      label: <span data-testid="triage-tab-transfers">退案流转</span>,
      children: <TransfersTab />,
    },
    {
      key: "stats",
      label: <span data-testid="triage-tab-stats">统计</span>,
      children: <StatsTab />,
    },
    {
      key: "settings",
      label: <span data-testid="triage-tab-settings">分流规则设置</span>,
      children: <SettingsTab />,
    },
  ];
  return (
    <div data-testid="page-triage">
      <div className="page-title">
        <Typography.Title level={4}>繁简分流</Typography.Title>
      </div>
      <Card size="small">
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
      </Card>
    </div>
  );
}
