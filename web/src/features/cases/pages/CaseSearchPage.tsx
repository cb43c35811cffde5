/**
 * /cases?q=…: the case search (案号, a party or the judge, within the user's scope) from the box in
 * the header, with the status and division filters; every column, the most urgent first unless a
 * column is chosen, each case's open alerts; a row opens the case. The query is in the address.
 */
import { Card, Input, Select, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import type { CaseListQuery } from "../../../shared/api/types";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatCount, STATUS_NAMES } from "../../../shared/format";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { exportCases, useCases } from "../api";
import { CaseListTable } from "../components/CaseListTable";

/** The sort keys /api/cases accepts. */
export const CASE_SORTS = [
  "urgency",
  "case_number",
  "filed_on",
  "closed_on",
  "deadline",
  "days_left",
  "natural_days",
  "division",
  "judge",
] as const;

const STATUSES: { value: NonNullable<CaseListQuery["status"]>; label: string }[] = [
  { value: "pending", label: "全部未结" },
  { value: "overdue", label: STATUS_NAMES.overdue as string },
  { value: "running", label: STATUS_NAMES.running as string },
  { value: "closed-late", label: STATUS_NAMES["closed-late"] as string },
  { value: "closed-on-time", label: STATUS_NAMES["closed-on-time"] as string },
  { value: "no-limit", label: STATUS_NAMES["no-limit"] as string },
];

export default function CaseSearchPage() {
  const { meta, user } = useSession();
  const [query, setQuery] = useQueryState();
  const q = query.get("q") ?? "";
  const status = (query.get("status") as CaseListQuery["status"] | null) ?? undefined;
  const division = query.get("division") ?? undefined;
  const page = Math.max(1, Number(query.get("page")) || 1);
  const pageSize = Math.min(1000, Math.max(1, Number(query.get("pageSize")) || 50));
  const sortField = query.get("sort");
  const sort = sortField
    ? { field: sortField, order: query.get("order") === "desc" ? ("desc" as const) : ("asc" as const) }
    : null;
  const filters: CaseListQuery = { q: q || undefined, status, division };
  const listQuery: CaseListQuery = { ...filters, page, pageSize, sort: sort?.field, order: sort?.order };
  const list = useCases(listQuery);

  // The box shows what is being typed; the address (and the list) follow on 搜索 or Enter.
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const ownDivisionOnly = user?.role === "chief" || user?.role === "judge";

  return (
    <div data-testid="page-case-search">
      <div className="page-title">
        <Space size={10} wrap align="center">
          <Typography.Title level={4}>案件查询</Typography.Title>
          <Typography.Text type="secondary">
            按案号、当事人或承办人查找，超期最久、剩余天数最少的案件在前。
          </Typography.Text>
        </Space>
      </div>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <div
          style={{
            display: "flex",
            justifyContent: "space-between",
            gap: 8,
            padding: "8px 12px",
            flexWrap: "wrap",
            borderBottom: "1px solid #f0f0f0",
          }}
        >
          <Space size={8} wrap>
            <Input.Search
              allowClear
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => setQuery({ q: v.trim() || undefined, page: undefined })}
              placeholder="案号、当事人或承办人"
              style={{ width: 280 }}
              maxLength={100}
              data-testid="case-search-input"
            />
            <Select
              allowClear
              placeholder="审限状态"
              style={{ width: 130 }}
              value={status}
              onChange={(v) => setQuery({ status: v, page: undefined })}
              options={STATUSES}
              data-testid="case-search-status"
            />
            {ownDivisionOnly ? null : (
              <Select
                allowClear
                placeholder="承办部门"
                style={{ width: 170 }}
                value={division}
                onChange={(v) => setQuery({ division: v, page: undefined })}
                options={(meta?.divisions ?? []).map((d) => ({ value: d.name, label: d.name }))}
                data-testid="case-search-division"
              />
            )}
          </Space>
          <Space size={8}>
            <Typography.Text type="secondary">
              共 <b data-testid="case-search-total">{formatCount(list.data?.total ?? null)}</b> 件
            </Typography.Text>
            <ExportButtons
              total={list.data?.total ?? null}
              testIdPrefix="case-search"
              onExport={(which) =>
                exportCases(
                  which === "page" ? listQuery : { ...filters, sort: sort?.field, order: sort?.order },
                )
              }
            />
          </Space>
        </div>
        {list.error ? (
          <Typography.Text type="danger" style={{ display: "block", padding: 8 }}>
            {errorMessage(list.error)}
          </Typography.Text>
        ) : null}
        <CaseListTable
          rows={list.data?.rows ?? []}
          total={list.data?.total ?? null}
          loading={list.isFetching}
          page={page}
          pageSize={pageSize}
          sort={sort}
          sortable={CASE_SORTS}
          onChange={(v) =>
            setQuery({
              page: v.page === 1 ? undefined : v.page,
              pageSize: v.pageSize === 50 ? undefined : v.pageSize,
              sort: v.sort?.field,
              order: v.sort?.order,
            })
          }
          testId="case-search-table"
          scrollY="calc(100vh - 300px)"
        />
      </Card>
    </div>
  );
}
