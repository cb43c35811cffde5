/**
 * /my-cases — 我的在办案件: a judge's own pending cases (the server's scope: their cases only), the
 * most urgent first — overdue by the most days, then the fewest days left — each with its open
 * alerts by level. A judge's first screen; the dashboard links here.
 */
import { DashboardOutlined } from "@ant-design/icons";
import { Button, Card, Space, Statistic, Typography } from "antd";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { exportCases, useCases } from "../api";
import { CaseListTable } from "../components/CaseListTable";
import { CASE_SORTS } from "./CaseSearchPage";

export default function MyCasesPage() {
  const { user, can } = useSession();
  const navigate = useNavigate();
  const [query, setQuery] = useQueryState();
  const page = Math.max(1, Number(query.get("page")) || 1);
  const pageSize = Math.min(1000, Math.max(1, Number(query.get("pageSize")) || 50));
  const sortField = query.get("sort");
  const sort = sortField
    ? { field: sortField, order: query.get("order") === "desc" ? ("desc" as const) : ("asc" as const) }
    : null;
  const list = useCases({ status: "pending", page, pageSize, sort: sort?.field, order: sort?.order });
  const overdue = useCases({ status: "overdue", pageSize: 1 });
  const total = list.data?.total ?? null;

  const title = user?.role === "judge" ? "我的在办案件" : "在办案件";
  return (
    <div data-testid="page-my-cases">
      <div className="page-title">
        <Space size={10} wrap align="center">
          <Typography.Title level={4}>{title}</Typography.Title>
          <Typography.Text type="secondary">
            {user?.judgeName ? `${user.judgeName} 承办的未结案件，` : "未结案件，"}
            超期最久、剩余天数最少的在前。
          </Typography.Text>
        </Space>
        {can("view-indicators") ? (
          <Button icon={<DashboardOutlined />} onClick={() => navigate("/")} data-testid="my-cases-dashboard">
            质效总览
          </Button>
        ) : null}
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space size={40} wrap>
          <Statistic title="在办案件" value={total ?? "—"} suffix="件" data-testid="my-cases-total" />
          <Statistic
            title="超审限"
            value={overdue.data?.total ?? "—"}
            suffix="件"
            styles={{ content: { color: overdue.data?.total ? "#cf1322" : undefined } }}
            data-testid="my-cases-overdue"
          />
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <div style={{ display: "flex", justifyContent: "flex-end", gap: 8, padding: "8px 12px" }}>
          <ExportButtons
            total={total}
            testIdPrefix="my-cases"
            onExport={(which) =>
              exportCases({
                status: "pending",
                sort: sort?.field,
                order: sort?.order,
                ...(which === "page" ? { page, pageSize } : {}),
              })
            }
          />
        </div>
        {list.error ? (
          <Typography.Text type="danger" style={{ display: "block", padding: 8 }}>
            {errorMessage(list.error)}
          </Typography.Text>
        ) : null}
        <CaseListTable
          rows={list.data?.rows ?? []}
          total={total}
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
          testId="my-cases-table"
        />
      </Card>
    </div>
  );
}
