/**
 * 退案流转: the 速裁 and 小额诉讼 cases that left the fast track — by 程序转换 or 变更承办部门 — with the
 * day, the days spent in the fast track, the reason and whether the court's time limit was kept;
 * filtered by division and to the late ones, exported as .xlsx.
 */
import { DownloadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Input,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatCount, formatDate } from "../../../shared/format";
import { exportTransfersBack, type TransferRow, type TransfersQuery, useTransfersBack } from "../flow-api";

const LATE_COLORS: Record<string, string> = { 逾期: "red", 按期: "green", 日期不详: "default" };

export function TransfersTab() {
  const { message } = App.useApp();
  const [division, setDivision] = useState<string | undefined>();
  const [lateOnly, setLateOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [exporting, setExporting] = useState(false);
  const q: TransfersQuery = { division, lateOnly, page, pageSize };
  const list = useTransfersBack(q);

  const columns: TableColumnsType<TransferRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
    },
    { title: "案由", dataIndex: "cause", render: (v: string | null) => v ?? "—" },
    { title: "分流方式", dataIndex: "track", render: (v: string) => <Tag color="blue">{v}</Tag> },
    { title: "立案日期", dataIndex: "filedOn", render: formatDate },
    {
      title: "退出方式",
      dataIndex: "kindLabel",
      render: (v: string, r) =>
        r.kindLabel === "程序转换"
          ? `${v}：${r.fromProcedure ?? "—"} → ${r.toProcedure ?? "—"}`
          : `${v}：${r.fromDivision ?? "—"} → ${r.toDivision ?? "—"}`,
    },
    {
      title: "退出日期",
      dataIndex: "transferredOn",
      render: (v: string, r) =>
        r.inferred ? (
          <Tooltip title="导入时发现承办部门变更，日期为导入日期，并非实际变更日期">
            {formatDate(v)}（导入日期）
          </Tooltip>
        ) : (
          formatDate(v)
        ),
    },
    { title: "在速裁快审天数", dataIndex: "daysInFastTrack", align: "right" },
    {
      title: "是否逾期",
      dataIndex: "lateLabel",
      render: (v: string, r) => (
        <Tooltip title={`退案期限：立案后 ${r.limitDays} 日内（本院《繁简分流退案流转工作细则》）`}>
          <Tag color={LATE_COLORS[v]} data-testid={`transfer-late-${r.caseId}`}>
            {v}
          </Tag>
        </Tooltip>
      ),
    },
    { title: "原因", dataIndex: "reason" },
    { title: "依据", dataIndex: "basis" },
    { title: "现承办部门", dataIndex: "division" },
    { title: "现承办人", dataIndex: "judge" },
  ];

  return (
    <div data-testid="triage-transfers">
      <Typography.Paragraph type="secondary">
        立案时适用小额诉讼程序，或由速裁部门适用简易程序审理的民初案件，此后经程序转换（《中华人民共和国民事诉讼法》第一百六十九条、第一百七十条）或变更承办部门移出速裁部门的，列为退案流转；超过本院规定期限（立案后
        {list.data?.limitDays ?? "—"} 日）退出的为逾期退案。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="现承办部门"
          style={{ width: 200 }}
          onSearch={(v) => {
            setDivision(v.trim() || undefined);
            setPage(1);
          }}
          data-testid="transfers-division"
        />
        <Space>
          <Switch
            checked={lateOnly}
            onChange={(v) => {
              setLateOnly(v);
              setPage(1);
            }}
            data-testid="transfers-late-only"
          />
          只看逾期退案
        </Space>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          disabled={!list.data?.total}
          data-testid="transfers-export"
          onClick={async () => {
            setExporting(true);
            try {
              message.success(`已导出 ${await exportTransfersBack(q)}`);
            } catch (err) {
              message.error(`导出失败：${errorMessage(err)}`);
            } finally {
              setExporting(false);
            }
          }}
        >
          导出
        </Button>
        {list.data ? (
          <Typography.Text type="secondary">
            共 {formatCount(list.data.total)} 件，其中逾期 {formatCount(list.data.late)} 件
          </Typography.Text>
        ) : null}
      </Space>
      {list.error ? <Alert type="error" showIcon message={errorMessage(list.error)} /> : null}
      <Table
        size="small"
        rowKey="caseId"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        columns={columns}
        scroll={{ x: 1400 }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${formatCount(t)} 件`,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
    </div>
  );
}
