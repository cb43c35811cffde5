/**
 * 归档 (颗粒归仓): archive lag (归档日期 − 结案日期) by division and judge, the archive rate per
 * closing month, and the closed cases not archived past the period (本院规定, default 90 days), with
 * the list's .xlsx per division for the 案件管理中心.
 */
import { DownloadOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  DatePicker,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import {
  downloadUnarchived,
  type LagRow,
  type UnarchivedQuery,
  type UnarchivedRow,
  useArchiving,
  useUnarchived,
} from "../api";

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const days = (x: number | null) => (x === null ? "—" : `${x} 天`);

function lagColumns(byJudge: boolean): TableColumnsType<LagRow> {
  return [
    { title: "承办部门", dataIndex: "division" },
    ...(byJudge ? [{ title: "承办人", dataIndex: "judge" }] : []),
    { title: "结案数", dataIndex: "closed" },
    { title: "已归档", dataIndex: "archived" },
    { title: "归档率", dataIndex: "archiveRate", render: percent },
    { title: "平均归档天数", dataIndex: "meanLagDays", render: days },
    { title: "逾期归档", dataIndex: "archivedLate" },
    {
      title: "逾期未归档",
      dataIndex: "overdue",
      render: (v: number) => (v > 0 ? <Tag color="red">{v}</Tag> : v),
    },
  ];
}

function Unarchived({ divisions, overdueDays }: { divisions: string[]; overdueDays: number }) {
  const { message } = App.useApp();
  const [q, setQ] = useState<UnarchivedQuery>({ overdueOnly: "true", page: 1, pageSize: 50 });
  const list = useUnarchived(q);
  const columns: TableColumnsType<UnarchivedRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      render: (v: string, r) => <Link to={`/cases/${r.id}`}>{v}</Link>,
    },
    { title: "案由", dataIndex: "cause", render: (v: string | null) => v ?? "—" },
    { title: "承办部门", dataIndex: "division" },
    { title: "承办人", dataIndex: "judge" },
    { title: "结案日期", dataIndex: "closedOn" },
    { title: "结案方式", dataIndex: "closureMode", render: (v: string | null) => v ?? "—" },
    {
      title: "结案后天数",
      dataIndex: "daysSinceClosing",
      render: (v: number, r) => (r.overdue ? <Tag color="red">{v} 天（逾期）</Tag> : `${v} 天`),
    },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="承办部门"
          style={{ width: 180 }}
          value={q.division}
          onChange={(v) => setQ((o) => ({ ...o, division: v, page: 1 }))}
          options={divisions.map((d) => ({ value: d, label: d }))}
        />
        <Select
          style={{ width: 200 }}
          value={q.overdueOnly}
          onChange={(v) => setQ((o) => ({ ...o, overdueOnly: v, page: 1 }))}
          options={[
            { value: "true", label: `结案超过 ${overdueDays} 天未归档` },
            { value: "false", label: "全部未归档" },
          ]}
        />
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadUnarchived(q).catch((e) => message.error(errorMessage(e)))}
        >
          导出清单（Excel）
        </Button>
      </Space>
      <Table<UnarchivedRow>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        pagination={{
          current: q.page,
          pageSize: q.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setQ((o) => ({ ...o, page, pageSize })),
        }}
      />
    </>
  );
}

export default function ArchivingPage() {
  const [range, setRange] = useState<[string, string]>([
    `${dayjs().year()}-01-01`,
    dayjs().format("YYYY-MM-DD"),
  ]);
  const figures = useArchiving({ from: range[0], to: range[1] });
  const f = figures.data;
  const divisions = (f?.divisions ?? []).map((d) => d.division);
  return (
    <Card
      title="归档管理（颗粒归仓）"
      extra={
        <DatePicker.RangePicker
          value={[dayjs(range[0]), dayjs(range[1])]}
          allowClear={false}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0].format("YYYY-MM-DD"), v[1].format("YYYY-MM-DD")]);
          }}
        />
      }
    >
      {f ? (
        <Typography.Paragraph>
          {f.from} 至 {f.to} 结案 {f.total.closed} 件，已归档 {f.total.archived} 件，归档率{" "}
          {percent(f.total.archiveRate)}，平均归档天数 {days(f.total.meanLagDays)}；结案超过{" "}
          {f.archiveOverdueDays} 天仍未归档 {f.total.overdue} 件。归档期限为本院规定（结案后{" "}
          {f.archiveOverdueDays}{" "}
          天），依据最高人民法院、国家档案局《人民法院诉讼文书立卷归档办法》做好立卷归档工作。
        </Typography.Paragraph>
      ) : null}
      <Tabs
        items={[
          {
            key: "division",
            label: "按部门",
            children: (
              <Table<LagRow>
                rowKey="division"
                size="small"
                loading={figures.isFetching}
                columns={lagColumns(false)}
                dataSource={f?.divisions ?? []}
                pagination={false}
              />
            ),
          },
          {
            key: "judge",
            label: "按承办人",
            children: (
              <Table<LagRow>
                rowKey={(r) => `${r.division}|${r.judge}`}
                size="small"
                loading={figures.isFetching}
                columns={lagColumns(true)}
                dataSource={f?.judges ?? []}
                pagination={{ pageSize: 50 }}
              />
            ),
          },
          {
            key: "month",
            label: "按月归档率",
            children: (
              <Table
                rowKey="month"
                size="small"
                dataSource={f?.months ?? []}
                pagination={false}
                columns={[
                  {
                    title: "结案月份",
                    dataIndex: "month",
                    render: (v: string) => `${v.slice(0, 4)}年${Number(v.slice(5, 7))}月`,
                  },
                  { title: "结案数", dataIndex: "closed" },
                  { title: "已归档", dataIndex: "archived" },
                  { title: "归档率", dataIndex: "archiveRate", render: percent },
                  { title: "平均归档天数", dataIndex: "meanLagDays", render: days },
                ]}
              />
            ),
          },
          {
            key: "unarchived",
            label: "未归档清单",
            children: <Unarchived divisions={divisions} overdueDays={f?.archiveOverdueDays ?? 90} />,
          },
        ]}
      />
    </Card>
  );
}
