/**
 * 报表归档: the scheduled reports archived with the day their data were computed as of, filtered by
 * report and period, each file downloaded (the server checks its SHA-256). The 审管办 and the
 * administrator also see the jobs: their last runs and failures, 立即运行, the settings.
 */
import {
  App,
  Button,
  Card,
  Flex,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useSession } from "../../../shared/session/session";
import { type ArchivedReportRow, downloadArchived, useArchive } from "../api";
import { JobsPanel } from "../components/JobsPanel";

const size = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;

function ArchiveTable() {
  const { message } = App.useApp();
  const [job, setJob] = useState<string | undefined>();
  const [period, setPeriod] = useState("");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const list = useArchive({ job, period: period.trim() || undefined, page, pageSize });
  const columns: TableColumnsType<ArchivedReportRow> = [
    { title: "报表", dataIndex: "jobTitle", width: 180 },
    { title: "期间", dataIndex: "periodLabel", width: 90 },
    {
      title: "版本",
      dataIndex: "scopeName",
      width: 130,
      render: (v: string, r) => <Tag color={r.scope === "court" ? "blue" : "green"}>{v}</Tag>,
    },
    { title: "标题", dataIndex: "title" },
    { title: "数据截至", dataIndex: "dataDate", width: 110 },
    {
      title: "文件",
      dataIndex: "fileName",
      render: (name: string, r) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          data-testid={`archive-download-${r.id}`}
          onClick={() => downloadArchived(r).catch((err) => message.error(errorMessage(err)))}
        >
          {name}
        </Button>
      ),
    },
    { title: "大小", dataIndex: "size", width: 90, align: "right", render: size },
  ];
  return (
    <Card size="small">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部报表"
          style={{ width: 220 }}
          value={job}
          onChange={(v) => {
            setJob(v);
            setPage(1);
          }}
          options={(list.data?.jobs ?? []).map((j) => ({ value: j.name, label: j.title }))}
          aria-label="报表"
          data-testid="archive-job"
        />
        <Input
          allowClear
          placeholder="期间，如 2024-06 或 2024Q4"
          style={{ width: 220 }}
          value={period}
          onChange={(e) => {
            setPeriod(e.target.value);
            setPage(1);
          }}
          aria-label="期间"
          data-testid="archive-period"
        />
        <Typography.Text type="secondary">共 {list.data?.total ?? 0} 个文件</Typography.Text>
      </Space>
      <Table<ArchivedReportRow>
        data-testid="archive-table"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: "暂无归档报表" }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
    </Card>
  );
}

export default function ReportArchivePage() {
  const { can } = useSession();
  const canManage = can("manage-jobs");
  return (
    <Flex vertical gap="small" data-testid="page-report-archive">
      <Typography.Title level={4} style={{ margin: 0 }}>
        报表归档
      </Typography.Title>
      {canManage ? (
        <Tabs
          items={[
            { key: "archive", label: "归档报表", children: <ArchiveTable /> },
            { key: "jobs", label: "定时任务", children: <JobsPanel /> },
          ]}
        />
      ) : (
        <ArchiveTable />
      )}
    </Flex>
  );
}
