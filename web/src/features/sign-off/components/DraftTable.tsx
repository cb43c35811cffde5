/** A list of 阅核 drafts: the case, the document, its state, the reviewer, how long it has waited. */
import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Space, Table, type TableColumnsType, Tag, Tooltip } from "antd";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDate } from "../../../shared/format";
import { type DraftRow, downloadDraftFile } from "../api";

const STATE_COLORS: Record<string, string> = {
  submitted: "processing",
  resubmitted: "processing",
  "leader-review": "purple",
  returned: "warning",
  "signed-off": "success",
  "referred-meeting": "cyan",
  "referred-committee": "magenta",
};

export function DraftTable({
  rows,
  loading,
  onResubmit,
  testId,
}: {
  rows: DraftRow[];
  loading?: boolean;
  /** Offered on a returned draft (the judge's list). */
  onResubmit?: (d: DraftRow) => void;
  testId?: string;
}) {
  const { message } = App.useApp();
  const columns: TableColumnsType<DraftRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 200,
      render: (v: string | null, r) => (r.caseId ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : v),
    },
    { title: "文书", key: "doc", width: 220, render: (_, r) => `${r.documentType}：${r.documentTitle}` },
    { title: "承办人", key: "judge", width: 150, render: (_, r) => `${r.judge}（${r.division}）` },
    {
      title: "状态",
      dataIndex: "stateLabel",
      width: 150,
      render: (label: string, r) => (
        <Space size={4} wrap>
          <Tag color={STATE_COLORS[r.state] ?? "default"} data-testid="draft-state">
            {label}
          </Tag>
          {r.overdue ? <Tag color="red">超期待阅核</Tag> : null}
        </Space>
      ),
    },
    { title: "阅核人", dataIndex: "reviewerName", width: 140 },
    { title: "提交日期", dataIndex: "submittedOn", width: 110, render: formatDate },
    {
      title: "已等待",
      dataIndex: "waitedDays",
      width: 100,
      render: (v: number | null) => (v === null ? "—" : `${v} 个工作日`),
    },
    { title: "复议", dataIndex: "returns", width: 60, render: (v: number) => (v ? `${v} 次` : "—") },
    {
      title: "须阅核原因",
      dataIndex: "reasons",
      width: 180,
      render: (v: string[]) => (v.length ? v.join("；") : <span style={{ color: "#8c8c8c" }}>主动提交</span>),
    },
    {
      title: "操作",
      key: "actions",
      width: 210,
      render: (_, r) => (
        <Space size={4}>
          <Link to={`/matters/${r.id}`} data-testid="draft-open">
            办理
          </Link>
          {r.file ? (
            <Tooltip title={`SHA-256：${r.file.sha256}`}>
              <Button
                size="small"
                type="link"
                icon={<DownloadOutlined />}
                onClick={() =>
                  void downloadDraftFile(r.file?.id as number, r.file?.name ?? "文书").catch((e) =>
                    message.error(errorMessage(e)),
                  )
                }
              >
                文书
              </Button>
            </Tooltip>
          ) : null}
          {onResubmit && r.state === "returned" ? (
            <Button size="small" onClick={() => onResubmit(r)} data-testid="draft-resubmit">
              答复并重新提交
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<DraftRow>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1500 }}
      data-testid={testId}
    />
  );
}
