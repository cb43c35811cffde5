/**
 * 数据导入: upload an .xlsx workbook or cases.csv + events.csv, see the dry run's report (every
 * problem by sheet, row and column), confirm only when there are no errors, and the import history.
 */
import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  InboxOutlined,
} from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Result,
  Space,
  Statistic,
  Steps,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from "antd";
import { type HTMLAttributes, useRef, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import type { ImportHistoryRow, ImportIssue, ImportReport } from "../../../shared/api/types";
import { formatCount, formatDateTime } from "../../../shared/format";
import { useCommitImport, useImportHistory, useValidateImport } from "../api";
import { ChangeList } from "../components/ChangeList";

const MAX_FILES = 2;

function issueValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "（空）";
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

function fileNames(v: string | string[]): string {
  return Array.isArray(v) ? v.join("、") : v;
}

const STATUS_TAGS: Record<string, { color: string; text: string }> = {
  imported: { color: "green", text: "已导入" },
  unchanged: { color: "default", text: "无变化" },
  committed: { color: "green", text: "已导入" },
  done: { color: "green", text: "已导入" },
  ok: { color: "green", text: "已导入" },
  success: { color: "green", text: "已导入" },
  validated: { color: "blue", text: "已校验" },
  "dry-run": { color: "blue", text: "仅校验" },
  rejected: { color: "red", text: "已拒绝" },
  failed: { color: "red", text: "失败" },
  error: { color: "red", text: "失败" },
  running: { color: "gold", text: "进行中" },
  // Cases and events committed, their facts and the alerts not yet: completed at the next start.
  "facts-pending": { color: "gold", text: "统计待补算" },
};

function ReportView({ report }: { report: ImportReport }) {
  const issues: (ImportIssue & { key: string })[] = [
    ...report.errors.map((e, i) => ({ ...e, severity: "error" as const, key: `e${i}` })),
    ...report.warnings.map((w, i) => ({ ...w, severity: "warning" as const, key: `w${i}` })),
  ];
  const columns: TableColumnsType<ImportIssue & { key: string }> = [
    {
      title: "级别",
      dataIndex: "severity",
      width: 70,
      filters: [
        { text: "错误", value: "error" },
        { text: "警告", value: "warning" },
      ],
      onFilter: (v, r) => r.severity === v,
      render: (s: string) => (s === "error" ? <Tag color="red">错误</Tag> : <Tag color="orange">警告</Tag>),
    },
    { title: "工作表", dataIndex: "sheet", width: 110 },
    {
      title: "行",
      dataIndex: "row",
      width: 70,
      align: "right",
      sorter: (a, b) => (a.row ?? 0) - (b.row ?? 0),
      render: (v) => v ?? "—",
    },
    { title: "列", dataIndex: "column", width: 110, render: (v) => v ?? "—" },
    {
      title: "值",
      dataIndex: "value",
      width: 180,
      ellipsis: true,
      render: (v: unknown) => <Typography.Text code>{issueValue(v)}</Typography.Text>,
    },
    {
      title: "问题",
      dataIndex: "message",
      render: (m: string, r) => (
        <span style={{ color: r.severity === "error" ? "#cf1322" : "#d46b08" }}>{m}</span>
      ),
    },
  ];

  return (
    <div data-testid="import-report" data-errors={report.errorCount} data-warnings={report.warningCount}>
      <Alert
        type={report.errorCount > 0 ? "error" : report.warningCount > 0 ? "warning" : "success"}
        showIcon
        title={
          report.errorCount > 0
            ? `校验未通过：${formatCount(report.errorCount)} 个错误，${formatCount(report.warningCount)} 个警告。文件整体不予导入，请修改后重新上传。`
            : report.dryRun
              ? `校验通过${report.warningCount ? `（${formatCount(report.warningCount)} 个警告，不影响导入）` : ""}，可以确认导入。`
              : "导入完成。"
        }
        description={report.summary}
        style={{ marginBottom: 12 }}
        data-testid="import-summary"
      />
      <Space size={32} wrap style={{ marginBottom: 12 }}>
        <Statistic title="案件行" value={report.cases.total} />
        {report.errorCount === 0 ? (
          <>
            <Statistic title={report.dryRun ? "将新增案件" : "新增案件"} value={report.cases.inserted} />
            <Statistic title={report.dryRun ? "将更新案件" : "更新案件"} value={report.cases.updated} />
            <Statistic title="未变化" value={report.cases.unchanged} />
          </>
        ) : null}
        <Statistic title="审限变更行" value={report.events.total} />
        {report.errorCount === 0 ? (
          <Statistic title={report.dryRun ? "将新增变更" : "新增变更"} value={report.events.inserted} />
        ) : null}
        <Statistic
          title="错误"
          value={report.errorCount}
          styles={{ content: { color: report.errorCount ? "#cf1322" : undefined } }}
        />
        <Statistic
          title="警告"
          value={report.warningCount}
          styles={{ content: { color: report.warningCount ? "#d46b08" : undefined } }}
        />
      </Space>
      <ChangeList changes={report.changes} dryRun={report.dryRun} />
      {issues.length > 0 ? (
        <Table
          size="small"
          rowKey="key"
          dataSource={issues}
          columns={columns}
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${formatCount(t)} 条`, size: "small" }}
          scroll={{ x: 900 }}
          data-testid="import-issues"
          onRow={(r) => ({ "data-severity": r.severity }) as HTMLAttributes<HTMLElement>}
        />
      ) : null}
    </div>
  );
}

export default function ImportPage() {
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const validation = useValidateImport();
  const commitment = useCommitImport();
  // The dry run's report until it is committed (or the files change); the commit's result after.
  const checked = validation.data ?? null;
  const result = commitment.data ?? null;
  const failure = validation.error ?? commitment.error;
  const error = failure ? errorMessage(failure) : null;
  const [histPage, setHistPage] = useState(1);
  const [histSize, setHistSize] = useState(10);
  const history = useImportHistory({ page: histPage, pageSize: histSize });
  const reportRef = useRef<HTMLDivElement>(null);
  const reveal = () => setTimeout(() => reportRef.current?.scrollIntoView({ block: "start" }), 0);

  const reset = () => {
    validation.reset();
    commitment.reset();
  };

  const validate = () => {
    reset();
    const list = files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
    if (list.length === 0) {
      message.warning("请先选择文件");
      return;
    }
    validation.mutate(list as File[], { onSuccess: reveal });
  };

  const commit = () => {
    if (!checked?.token) return;
    commitment.mutate(checked.token, {
      onSuccess: () => {
        validation.reset();
        setFiles([]);
        message.success("导入完成");
        reveal();
      },
    });
  };

  const step = result ? 3 : checked ? (checked.report.errorCount > 0 ? 1 : 2) : files.length ? 1 : 0;

  const historyColumns: TableColumnsType<ImportHistoryRow> = [
    { title: "编号", dataIndex: "id", width: 70 },
    { title: "开始时间", dataIndex: "startedAt", width: 160, render: formatDateTime },
    { title: "文件", dataIndex: "fileNames", ellipsis: true, render: fileNames },
    {
      title: "状态",
      dataIndex: "status",
      width: 90,
      render: (s: string, r) => {
        const t = r.dryRun && s !== "rejected" ? STATUS_TAGS["dry-run"] : STATUS_TAGS[s];
        return <Tag color={t?.color ?? "default"}>{t?.text ?? s}</Tag>;
      },
    },
    { title: "案件", dataIndex: "casesTotal", width: 80, align: "right", render: formatCount },
    { title: "新增", dataIndex: "casesInserted", width: 70, align: "right", render: formatCount },
    { title: "更新", dataIndex: "casesUpdated", width: 70, align: "right", render: formatCount },
    { title: "变更记录", dataIndex: "eventsInserted", width: 90, align: "right", render: formatCount },
    {
      title: "错误",
      dataIndex: "errors",
      width: 70,
      align: "right",
      render: (n: number) => <span style={{ color: n ? "#cf1322" : undefined }}>{formatCount(n)}</span>,
    },
    {
      title: "警告",
      dataIndex: "warnings",
      width: 70,
      align: "right",
      render: (n: number) => <span style={{ color: n ? "#d46b08" : undefined }}>{formatCount(n)}</span>,
    },
    { title: "操作人", dataIndex: "userName", width: 110 },
  ];

  return (
    <div data-testid="page-import">
      <div className="page-title">
        <Typography.Title level={4}>数据导入</Typography.Title>
        <Typography.Text type="secondary">
          上传审判管理系统导出的案件数据：一个 .xlsx 工作簿（工作表“案件”“审限变更”），或 cases.csv 与
          events.csv 两个文件（UTF-8 或 GB18030）。
        </Typography.Text>
      </div>

      <Card size="small" style={{ marginBottom: 12 }}>
        <Steps
          size="small"
          current={step}
          style={{ marginBottom: 16, maxWidth: 760 }}
          items={[{ title: "选择文件" }, { title: "校验" }, { title: "确认导入" }, { title: "完成" }]}
        />
        <div data-testid="import-upload">
          <Upload.Dragger
            multiple
            accept=".xlsx,.csv"
            fileList={files}
            beforeUpload={() => false}
            maxCount={MAX_FILES}
            onChange={({ fileList }) => {
              setFiles(fileList.slice(-MAX_FILES));
              reset();
            }}
            style={{ padding: "4px 0" }}
          >
            <div
              style={{
                display: "flex",
                alignItems: "center",
                justifyContent: "center",
                gap: 14,
                padding: "6px 0",
              }}
            >
              <InboxOutlined style={{ fontSize: 34, color: "#1d4f91" }} />
              <div style={{ textAlign: "left" }}>
                <div style={{ fontSize: 15 }}>点击或拖拽文件到此处</div>
                <Typography.Text type="secondary">
                  .xlsx 一个文件，或 cases.csv + events.csv；先校验，无错误后再确认导入
                </Typography.Text>
              </div>
            </div>
          </Upload.Dragger>
        </div>
        <Space style={{ marginTop: 12 }}>
          <Button
            type="primary"
            icon={<FileSearchOutlined />}
            loading={validation.isPending}
            disabled={files.length === 0}
            onClick={validate}
            data-testid="import-validate"
          >
            校验
          </Button>
        </Space>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="import-error" />
        ) : null}
      </Card>

      <div ref={reportRef} style={{ scrollMarginTop: 12 }} />
      {checked ? (
        <Card
          size="small"
          title="校验结果（未写入数据库）"
          style={{ marginBottom: 12 }}
          extra={
            checked.token && checked.report.errorCount === 0 ? (
              <Button
                type="primary"
                icon={<CloudUploadOutlined />}
                loading={commitment.isPending}
                onClick={commit}
                data-testid="import-commit"
                style={{ background: "#389e0d" }}
              >
                确认导入
              </Button>
            ) : null
          }
        >
          <ReportView report={checked.report} />
        </Card>
      ) : null}

      {result ? (
        <Card size="small" style={{ marginBottom: 12 }} data-testid="import-result">
          <Result
            status={result.ok ? "success" : "error"}
            icon={result.ok ? <CheckCircleOutlined /> : undefined}
            title={result.ok ? "导入完成" : "导入失败"}
            subTitle={result.summary}
            style={{ padding: "12px 0" }}
          />
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="新增案件">{formatCount(result.cases.inserted)}</Descriptions.Item>
            <Descriptions.Item label="更新案件">{formatCount(result.cases.updated)}</Descriptions.Item>
            <Descriptions.Item label="未变化">{formatCount(result.cases.unchanged)}</Descriptions.Item>
            <Descriptions.Item label="新增审限变更">{formatCount(result.events.inserted)}</Descriptions.Item>
            <Descriptions.Item label="已存在的变更">
              {formatCount(result.events.alreadyStored)}
            </Descriptions.Item>
            <Descriptions.Item label="用时">{(result.ms / 1000).toFixed(1)} 秒</Descriptions.Item>
          </Descriptions>
          {result.warnings.length || result.errors.length || result.changes.total ? (
            <div style={{ marginTop: 12 }}>
              <ReportView report={result} />
            </div>
          ) : null}
        </Card>
      ) : null}

      <Card size="small" title="导入记录" styles={{ body: { padding: 0 } }}>
        {history.error ? (
          <Alert type="error" showIcon title={errorMessage(history.error)} style={{ margin: 8 }} />
        ) : null}
        <Table<ImportHistoryRow>
          size="small"
          rowKey="id"
          loading={history.isFetching}
          dataSource={history.data?.rows ?? []}
          columns={historyColumns}
          scroll={{ x: 1100 }}
          data-testid="import-history"
          pagination={{
            current: histPage,
            pageSize: histSize,
            total: history.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50],
            showTotal: (t) => `共 ${formatCount(t)} 次`,
            onChange: (p, s) => {
              setHistPage(s !== histSize ? 1 : p);
              setHistSize(s);
            },
          }}
        />
      </Card>
    </div>
  );
}
