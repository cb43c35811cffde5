/**
 * /indicators/cases?indicator=…&part=…&from=…&to=…[&by=…&group=…&division=…&judge=…&label=…]: a
 * figure's case list as a page of its own — the whole width, every column (案号 fixed while the rest
 * scrolls sideways), the view (part, page, order) in the address so that a reload, "back" from a
 * case or a shared link shows the same list.
 */
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Result, Space, Typography } from "antd";
import { useNavigate } from "react-router";
import type { DrillPart, Grouping, IndicatorInfo } from "../../../shared/api/types";
import { formatPeriod } from "../../../shared/format";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import type { CaseSort } from "../../cases/components/CaseListTable";
import { useIndicatorPanel } from "../api";
import { DrillList, type DrillTarget, type DrillView } from "../components/DrillModal";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export default function DrillPage() {
  const { meta } = useSession();
  const navigate = useNavigate();
  const [query, setQuery] = useQueryState();
  const id = query.get("indicator") ?? "";
  const info: IndicatorInfo | undefined = meta?.catalogue.find((i) => i.id === id);
  const from = query.get("from") ?? "";
  const to = query.get("to") ?? "";
  const by = (query.get("by") as Grouping | null) ?? undefined;
  const group = query.get("group") ?? undefined;
  const division = query.get("division") ?? undefined;
  const judge = query.get("judge") ?? undefined;
  const court = query.get("court") ?? undefined;
  const part: DrillPart = query.get("part") === "denominator" ? "denominator" : "numerator";
  const valid = !!info && ISO.test(from) && ISO.test(to) && from <= to;

  // The figure itself (its value and counts, to check the list's total against).
  const panel = useIndicatorPanel({ from, to, by: by ?? "all", ids: [id], division, judge, court }, valid);
  const groups = panel.data?.groups ?? [];
  const figure = (group === undefined ? groups[0] : groups.find((g) => g.key === group))?.indicators[id] ?? {
    value: null,
    numerator: null,
    denominator: null,
  };

  if (!meta) return null;
  if (!valid || !info) {
    return (
      <Result
        status="404"
        title="无法打开案件清单"
        subTitle="地址中的指标或期间有误，请从质效总览中点击指标重新打开。"
        extra={
          <Button type="primary" onClick={() => navigate("/")}>
            返回质效总览
          </Button>
        }
      />
    );
  }

  const target: DrillTarget = {
    indicator: info,
    from,
    to,
    by,
    group,
    division,
    judge,
    court,
    groupLabel: query.get("label") ?? division ?? "全院",
    figure,
    part,
  };
  const sortField = query.get("sort");
  const view: DrillView = {
    part,
    page: Math.max(1, Number(query.get("page")) || 1),
    pageSize: Math.min(1000, Math.max(1, Number(query.get("pageSize")) || 50)),
    sort: sortField ? { field: sortField, order: query.get("order") === "desc" ? "desc" : "asc" } : null,
  };
  const setView = (v: DrillView) => {
    const sort: CaseSort | null = v.sort;
    setQuery({
      part: v.part,
      page: v.page === 1 ? undefined : v.page,
      pageSize: v.pageSize === 50 ? undefined : v.pageSize,
      sort: sort?.field,
      order: sort?.order,
    });
  };
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate("/"));

  return (
    <div data-testid="page-drill">
      <div className="page-title">
        <Space size={10} wrap align="center">
          <Button icon={<ArrowLeftOutlined />} size="small" onClick={back}>
            返回
          </Button>
          <Typography.Title level={4} data-testid="drill-title">
            {info.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {target.groupLabel} · {formatPeriod(from, to)}
          </Typography.Text>
        </Space>
      </div>
      {panel.error ? <Alert type="warning" showIcon title="指标值加载失败，清单仍可查看" /> : null}
      <Card size="small">
        <DrillList target={target} view={view} onView={setView} scrollY="calc(100vh - 300px)" />
      </Card>
    </div>
  );
}
