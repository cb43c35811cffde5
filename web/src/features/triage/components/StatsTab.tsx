/**
 * 快审统计: the catalogue's fast-track figures — 速裁快审分流率, 平均与中位审理天数, 退案率, 符合条件案件
 * 小额诉讼适用率 — for a period, by division or by month, within the reader's scope.
 */
import { Alert, DatePicker, Radio, Space, Table, type TableColumnsType, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { formatCount, formatMonth } from "../../../shared/format";
import { type FastTrackStatsRow, type StatsQuery, useFastTrackStats } from "../flow-api";

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const days = (x: number | null) => (x === null ? "—" : x.toFixed(1));

function defaultRange(): [string, string] {
  const y = dayjs().year();
  return [`${y}-01-01`, dayjs().format("YYYY-MM-DD")];
}

export function StatsTab() {
  const [[from, to], setRange] = useState<[string, string]>(defaultRange);
  const [by, setBy] = useState<StatsQuery["by"]>("division");
  const stats = useFastTrackStats({ from, to, by });

  const columns: TableColumnsType<FastTrackStatsRow> = [
    {
      title: by === "month" ? "月份" : "承办部门",
      dataIndex: "key",
      render: (v: string) => (by === "month" ? formatMonth(v) : v),
    },
    { title: "民初新收", dataIndex: "filed", align: "right", render: formatCount },
    { title: "进入速裁快审", dataIndex: "entered", align: "right", render: formatCount },
    { title: "速裁快审分流率", dataIndex: "share", align: "right", render: percent },
    { title: "未退出结案", dataIndex: "closedInTrack", align: "right", render: formatCount },
    { title: "平均审理天数", dataIndex: "avgDays", align: "right", render: days },
    { title: "审理天数中位数", dataIndex: "medianDays", align: "right", render: days },
    { title: "已退出", dataIndex: "transferredBack", align: "right", render: formatCount },
    { title: "退案率", dataIndex: "backRate", align: "right", render: percent },
    { title: "符合小额条件结案", dataIndex: "eligibleClosed", align: "right", render: formatCount },
    { title: "其中小额诉讼结案", dataIndex: "smallClaimsClosed", align: "right", render: formatCount },
    { title: "符合条件案件小额诉讼适用率", dataIndex: "eligibleRate", align: "right", render: percent },
  ];

  return (
    <div data-testid="triage-stats">
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0].format("YYYY-MM-DD"), v[1].format("YYYY-MM-DD")]);
          }}
        />
        <Radio.Group
          value={by}
          onChange={(e) => setBy(e.target.value)}
          optionType="button"
          options={[
            { value: "division", label: "按部门" },
            { value: "month", label: "按月" },
            { value: "all", label: "全院" },
          ]}
        />
      </Space>
      {stats.error ? <Alert type="error" showIcon message={errorMessage(stats.error)} /> : null}
      <Table
        size="small"
        rowKey="key"
        loading={stats.isFetching}
        dataSource={stats.data?.rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 1300 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        口径：进入速裁快审指立案时适用小额诉讼程序，或立案时由速裁部门适用简易程序；平均与中位审理天数只计未经程序转换或移出速裁部门而结案的案件；退案率以立案时进入速裁快审的新收案件为分母；小额诉讼适用率以符合《中华人民共和国民事诉讼法》第一百六十五条、第一百六十六条规定条件的结案为分母（与以全部民初结案为分母的“小额诉讼程序适用率”不同）。按部门统计时以案件现承办部门归属。
      </Typography.Paragraph>
    </div>
  );
}
