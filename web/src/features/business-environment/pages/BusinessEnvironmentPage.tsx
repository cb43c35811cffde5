/**
 * 涉企与营商环境: the indicator panel of 涉企 cases beside the other cases (by division, 案由 or the
 * whole court), and the 营商环境 "解决商业纠纷" evidence pack for a period — its figures, the typical-
 * case lists, 下载 .xlsx / .docx, and the definitions (口径) the office adjusts to the year's manual.
 */
import { DownloadOutlined, SettingOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Descriptions,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Typography,
} from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { formatYuan } from "../../../shared/format";
import { defaultPeriod, type PeriodChoice } from "../../../shared/period";
import { useSession } from "../../../shared/session/session";
import { PeriodPicker } from "../../indicators/components/PeriodPicker";
import { downloadPack, type TypicalCase, useDefinitions, useEnterprisePanel, usePack } from "../api";
import { DefinitionsDialog } from "../components/DefinitionsDialog";

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(2)}%`);
const days = (x: number | null) => (x === null ? "—" : `${x.toFixed(1)} 天`);

const PANEL_NAMES: Record<string, string> = {
  filed: "新收",
  closed: "结案",
  clearance_rate: "结收比",
  avg_duration_days: "平均审理天数",
  on_time_rate: "法定审限内结案率",
  mediation_rate: "调解率",
  withdrawal_rate: "撤诉率",
  appeal_rate: "上诉率",
  reversal_remand_rate: "改发率",
  enforcement_completion_rate: "执行完毕率",
  enforcement_recovery_rate: "执行到位率",
};

const typicalColumns: TableColumnsType<TypicalCase> = [
  { title: "案号", dataIndex: "caseNumber", width: 200 },
  { title: "承办部门", dataIndex: "division", width: 120 },
  { title: "案由", dataIndex: "cause", width: 140 },
  { title: "当事人", dataIndex: "parties", ellipsis: true },
  { title: "立案日期", dataIndex: "filedOn", width: 110 },
  { title: "结案日期", dataIndex: "closedOn", width: 110 },
  { title: "审理天数", dataIndex: "days", width: 90, align: "right" },
  { title: "结案方式", dataIndex: "closureMode", width: 90 },
  {
    title: "标的额",
    dataIndex: "amountFen",
    width: 130,
    align: "right",
    render: (v: number | null) => (v === null ? "—" : formatYuan(v / 100)),
  },
];

function PanelTab({ period }: { period: PeriodChoice }) {
  const [by, setBy] = useState<"division" | "cause" | "court">("division");
  const panel = useEnterprisePanel({ from: period.from, to: period.to, by });
  const keys = [
    ...new Set(
      [...(panel.data?.enterprise.groups ?? []), ...(panel.data?.other.groups ?? [])].map((g) => g.key),
    ),
  ];
  const ids = Object.keys(PANEL_NAMES);
  const rows = keys.flatMap((key) =>
    (["enterprise", "other"] as const).map((side) => {
      const g = panel.data?.[side].groups.find((x) => x.key === key);
      return { key: `${key}|${side}`, group: key, side: side === "enterprise" ? "涉企" : "非涉企", g };
    }),
  );
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: by === "cause" ? "案由" : by === "division" ? "承办部门" : "范围",
      dataIndex: "group",
      width: 160,
    },
    { title: "类别", dataIndex: "side", width: 80 },
    ...ids.map((id) => ({
      title: PANEL_NAMES[id],
      key: id,
      width: 110,
      align: "right" as const,
      render: (_: unknown, r: (typeof rows)[number]) => {
        const f = r.g?.indicators[id];
        if (!f || f.value === null) return "—";
        if (id === "filed" || id === "closed") return `${f.value} 件`;
        if (id === "avg_duration_days") return `${f.value.toFixed(1)} 天`;
        return pct(f.value);
      },
    })),
  ];
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Segmented
        value={by}
        onChange={(v) => setBy(v as typeof by)}
        options={[
          { value: "division", label: "按部门" },
          { value: "cause", label: "按案由" },
          { value: "court", label: "全院" },
        ]}
      />
      <Table
        size="small"
        loading={panel.isFetching}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1400 }}
        pagination={{ pageSize: 40, hideOnSinglePage: true }}
      />
    </Space>
  );
}

function PackTab({ period }: { period: PeriodChoice }) {
  const { message } = App.useApp();
  const pack = usePack({ from: period.from, to: period.to });
  const defs = useDefinitions();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const f = pack.data?.figures;
  const save = async (format: "xlsx" | "docx") => {
    setBusy(format);
    try {
      const name = await downloadPack({ from: period.from, to: period.to }, format);
      message.success(`已下载 ${name}`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={busy === "xlsx"}
          onClick={() => save("xlsx")}
          data-testid="pack-xlsx"
        >
          下载 xlsx
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={busy === "docx"}
          onClick={() => save("docx")}
          data-testid="pack-docx"
        >
          下载 docx
        </Button>
        <Button icon={<SettingOutlined />} onClick={() => setEditing(true)} disabled={!defs.data}>
          指标口径
        </Button>
        {defs.data && (
          <Typography.Text type="secondary">
            口径：{defs.data.definitions.manualYear} 年度评价手册
            {defs.data.stored ? "（本院已调整）" : "（默认）"}
          </Typography.Text>
        )}
      </Space>
      <Descriptions bordered size="small" column={3}>
        <Descriptions.Item label="商事一审结案数">{f ? `${f.closed} 件` : "—"}</Descriptions.Item>
        <Descriptions.Item label="平均审理天数">{days(f?.averageDays ?? null)}</Descriptions.Item>
        <Descriptions.Item label="审理天数中位数">{days(f?.medianDays ?? null)}</Descriptions.Item>
        <Descriptions.Item label="立案至执行完毕平均天数">
          {days(f?.averageDaysToCompletion ?? null)}
        </Descriptions.Item>
        <Descriptions.Item label="审限内结案率">{pct(f?.withinLimitShare ?? null)}</Descriptions.Item>
        <Descriptions.Item label="调解率">{pct(f?.mediationShare ?? null)}</Descriptions.Item>
        <Descriptions.Item label="撤诉率">{pct(f?.withdrawalShare ?? null)}</Descriptions.Item>
        <Descriptions.Item label="涉企执行完毕率">{pct(f?.completionShare ?? null)}</Descriptions.Item>
        <Descriptions.Item label="涉企执行到位率">{pct(f?.recoveryRate ?? null)}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title="标的额最大的案件">
        <Table
          rowKey="caseNumber"
          size="small"
          pagination={false}
          columns={typicalColumns}
          dataSource={pack.data?.largest ?? []}
          scroll={{ x: 1100 }}
        />
      </Card>
      <Card size="small" title="审理最快的案件">
        <Table
          rowKey="caseNumber"
          size="small"
          pagination={false}
          columns={typicalColumns}
          dataSource={pack.data?.fastest ?? []}
          scroll={{ x: 1100 }}
        />
      </Card>
      <Card size="small" title="调解结案的案件">
        <Table
          rowKey="caseNumber"
          size="small"
          pagination={false}
          columns={typicalColumns}
          dataSource={pack.data?.mediatedCases ?? []}
          scroll={{ x: 1100 }}
        />
      </Card>
      {editing && defs.data && <DefinitionsDialog view={defs.data} onClose={() => setEditing(false)} />}
    </Space>
  );
}

export default function BusinessEnvironmentPage() {
  const { meta } = useSession();
  const today = meta?.today ?? new Date().toISOString().slice(0, 10);
  const [period, setPeriod] = useState<PeriodChoice>(() => defaultPeriod(today));
  const [tab, setTab] = useState("pack");
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }} data-testid="page-business-environment">
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          涉企与营商环境
        </Typography.Title>
        <PeriodPicker value={period} today={today} onChange={setPeriod} />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: "pack", label: "解决商业纠纷佐证材料", children: <PackTab period={period} /> },
          { key: "panel", label: "涉企案件质效", children: <PanelTab period={period} /> },
        ]}
      />
    </Space>
  );
}
