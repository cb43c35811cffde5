/**
 * 变更清单: the stored cases an import changes, field by field, old → new — shown with the dry
 * run's report before the user confirms, and with the result after. The server lists the first
 * `limit` cases in full and counts all of them; the screen says so.
 */
import { Alert, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import type { ImportReport } from "../../../shared/api/types";
import { formatCount } from "../../../shared/format";

type ChangeList = ImportReport["changes"];
type CaseChange = ChangeList["cases"][number];

export function ChangeList({ changes, dryRun }: { changes: ChangeList; dryRun: boolean }) {
  if (changes.total === 0) return null;
  const listed = changes.cases.length;
  const rest = changes.total - listed;
  const columns: TableColumnsType<CaseChange> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 220,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: "行", dataIndex: "row", width: 70, align: "right", render: (v: number | null) => v ?? "—" },
    {
      title: "变化（原值 → 新值）",
      dataIndex: "fields",
      render: (fields: CaseChange["fields"]) => (
        <div>
          {fields.map((f) => (
            <div key={`${f.field}|${f.after}`} data-testid="import-change-field" data-field={f.field}>
              <Tag style={{ minWidth: 76, textAlign: "center" }}>{f.field}</Tag>
              <span data-testid="import-change-before" style={{ color: "#8c8c8c" }}>
                {f.before}
              </span>
              <span style={{ margin: "0 6px" }}>→</span>
              <span data-testid="import-change-after" style={{ color: "#1d4f91", fontWeight: 500 }}>
                {f.after}
              </span>
            </div>
          ))}
        </div>
      ),
    },
  ];
  return (
    <div
      data-testid="import-changes"
      data-total={changes.total}
      data-listed={listed}
      style={{ marginBottom: 12 }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title={`${dryRun ? "此文件将修改" : "本次导入修改了"} ${formatCount(changes.total)} 件已存储的案件`}
        description={
          rest > 0
            ? `以下逐项列出前 ${formatCount(listed)} 件（按文件顺序）；另有 ${formatCount(rest)} 件${dryRun ? "同样会被修改，确认导入后" : "的"}每件的变化均记入审计日志。`
            : `以下逐项列出每件的变化${dryRun ? "，请核对后再确认导入" : ""}；每件的变化均记入审计日志。`
        }
      />
      <Table<CaseChange>
        size="small"
        rowKey="caseNumber"
        dataSource={changes.cases}
        columns={columns}
        pagination={{
          pageSize: 10,
          showTotal: (t) => `列出 ${formatCount(t)} 件`,
          size: "small",
          hideOnSinglePage: true,
        }}
        onRow={(r) => ({ "data-case": r.caseNumber }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
