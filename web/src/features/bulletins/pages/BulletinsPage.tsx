/**
 * /bulletins?month=YYYY-MM — 审限与长期未结通报: a month's headline figures against the month
 * before (the court, then each division in the court's order), the Word document to sign and
 * circulate and the Excel workbook behind it, and the earlier months that have data. The figures
 * are those of the files (one build of the month's bulletin on the server).
 */
import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  List,
  Row,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import type { BulletinSummary } from "../../../shared/api/types";
import { formatCount, formatDate, formatMonth } from "../../../shared/format";
import { useQueryState } from "../../../shared/searchParams";
import { CourtPicker } from "../../indicators/components/CourtPicker";
import { useVisibleCourts } from "../../indicators/courts";
import { downloadBulletin, useBulletinMonths, useBulletinSummary } from "../api";

type Headline = BulletinSummary["headlines"][number];

/** The families the bulletin counts, each a link to its alert list filtered to the month. */
const NEWLY_FOUND_FAMILIES = [
  ["time-limit", "审限预警"],
  ["long-pending", "长期未结"],
  ["concealed-overrun", "隐形超审限"],
] as const;
type DivisionRow = BulletinSummary["divisions"][number];

/** +3 / −2 / 0 against last month; more of these cases is worse, so an increase is red. */
function Delta({ now, before }: { now: number; before: number }) {
  const d = now - before;
  const color = d > 0 ? "#cf1322" : d < 0 ? "#389e0d" : "#8c8c8c";
  return (
    <span className="num" style={{ color, fontSize: 12 }}>
      {d > 0 ? `+${d}` : d < 0 ? `−${-d}` : "持平"}
    </span>
  );
}

function DownloadButtons({
  month,
  size,
  court,
}: {
  month: string;
  size?: "small";
  court?: { code: string; name: string };
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<"docx" | "xlsx" | null>(null);
  const run = async (format: "docx" | "xlsx") => {
    setBusy(format);
    try {
      message.success(`已下载 ${await downloadBulletin(month, format, court)}`);
    } catch (err) {
      message.error(`下载失败：${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space size={8}>
      <Button
        size={size}
        type={size ? "link" : "primary"}
        icon={<FileWordOutlined />}
        loading={busy === "docx"}
        onClick={() => void run("docx")}
        data-testid={size ? `bulletin-docx-${month}` : "bulletin-docx"}
      >
        {size ? "通报" : "下载通报（Word）"}
      </Button>
      <Button
        size={size}
        type={size ? "link" : "default"}
        icon={<FileExcelOutlined />}
        loading={busy === "xlsx"}
        onClick={() => void run("xlsx")}
        data-testid={size ? `bulletin-xlsx-${month}` : "bulletin-xlsx"}
      >
        {size ? "明细表" : "下载明细表（Excel）"}
      </Button>
    </Space>
  );
}

export default function BulletinsPage() {
  const [query, setQuery] = useQueryState();
  const months = useBulletinMonths();
  const list = months.data?.months ?? [];
  // By default the last whole month (the one a bulletin is circulated for), else this month.
  const fallback = (list.find((m) => !m.inProgress) ?? list[0])?.month ?? null;
  const asked = query.get("month");
  const month = asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : fallback;
  // A multi-court account (a 中院's: its own court and its basic courts) makes the bulletin of one
  // court, or of every court it sees.
  const courts = useVisibleCourts().data?.rows ?? [];
  const multiCourt = courts.length > 1;
  const courtParam = query.get("court") ?? undefined;
  const picked = multiCourt ? courts.find((c) => c.code === courtParam) : undefined;
  const court = picked ? { code: picked.code, name: picked.name } : undefined;
  const summary = useBulletinSummary(month, court?.code);
  const data = summary.data && summary.data.month === month ? summary.data : undefined;

  const first = list.at(-1)?.month;
  const last = list[0]?.month;
  const outside = (d: Dayjs) => {
    const m = d.format("YYYY-MM");
    return !first || !last || m < first || m > last;
  };

  const columns: TableColumnsType<DivisionRow> = [
    {
      title: "承办部门",
      dataIndex: "division",
      key: "division",
      fixed: "left",
      width: 150,
    },
    ...(data?.headlines ?? []).map((h, i) => ({
      title: h.name,
      key: h.id,
      width: 118,
      align: "right" as const,
      render: (_: unknown, r: DivisionRow) => {
        const f = r.headlines[i];
        if (!f) return "—";
        return (
          <Space size={6}>
            <b className="num">{formatCount(f.thisMonth)}</b>
            <Delta now={f.thisMonth} before={f.lastMonth} />
          </Space>
        );
      },
    })),
  ];

  return (
    <div data-testid="page-bulletins">
      <div className="page-title">
        <Space size={12} wrap align="center">
          <Typography.Title level={4}>审限与长期未结通报</Typography.Title>
          <DatePicker
            picker="month"
            allowClear={false}
            value={month ? dayjs(`${month}-01`) : null}
            disabledDate={outside}
            format="YYYY年M月"
            style={{ width: 150 }}
            onChange={(d) => {
              if (d) setQuery({ month: d.format("YYYY-MM") });
            }}
            data-testid="bulletin-month"
          />
          {multiCourt ? (
            <CourtPicker
              courts={courts}
              value={court?.code}
              onChange={(code) => setQuery({ court: code })}
              testId="bulletin-court"
            />
          ) : null}
          {data ? (
            <Typography.Text type="secondary" data-testid="bulletin-as-of">
              统计截至 {formatDate(data.asOf)}，与 {formatDate(data.previous.asOf)} 相比
            </Typography.Text>
          ) : null}
        </Space>
        {month ? <DownloadButtons month={month} court={court} /> : null}
      </div>

      {months.error ? <Alert type="error" showIcon title={errorMessage(months.error)} /> : null}
      {months.data && list.length === 0 ? (
        <Alert type="info" showIcon title="尚无案件数据，导入数据后即可生成通报。" />
      ) : null}
      {summary.error ? (
        <Alert
          type="error"
          showIcon
          title={`通报数据加载失败：${errorMessage(summary.error)}`}
          style={{ marginBottom: 12 }}
        />
      ) : null}

      <Row gutter={12} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title={month ? `${formatMonth(month)} 全院情况` : "全院情况"}
            style={{ marginBottom: 12 }}
          >
            {!data ? (
              <Skeleton active paragraph={{ rows: 3 }} />
            ) : (
              <div className="kpi-grid" data-testid="bulletin-headlines">
                {data.headlines.map((h: Headline) => (
                  <Card key={h.id} size="small" styles={{ body: { padding: "10px 12px" } }}>
                    <Typography.Text strong style={{ fontSize: 13 }}>
                      {h.name}
                    </Typography.Text>
                    <div style={{ display: "flex", alignItems: "baseline", gap: 6, margin: "4px 0 2px" }}>
                      <span
                        className="num"
                        style={{ fontSize: 24, fontWeight: 600 }}
                        data-testid={`bulletin-${h.id}`}
                      >
                        {formatCount(h.thisMonth)}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {h.id === "concealed" ? "条" : "件"}
                      </Typography.Text>
                    </div>
                    <div style={{ fontSize: 12 }}>
                      <Typography.Text type="secondary">上月 </Typography.Text>
                      <span className="num" data-testid={`bulletin-${h.id}-last`}>
                        {formatCount(h.lastMonth)}
                      </span>{" "}
                      <Tooltip title={h.change}>
                        <span>
                          <Delta now={h.thisMonth} before={h.lastMonth} />
                        </span>
                      </Tooltip>
                    </div>
                  </Card>
                ))}
              </div>
            )}
            {data ? (
              <div style={{ marginTop: 10 }} data-testid="bulletin-newly-found">
                <Typography.Text type="secondary">本月新发现（尚未消除）：</Typography.Text>
                <Space size={12} wrap>
                  {NEWLY_FOUND_FAMILIES.map(([family, name]) => (
                    <Link
                      key={family}
                      to={`/alerts/${family}?foundFrom=${data.from}&foundTo=${data.to}`}
                      data-testid={`bulletin-new-${family}`}
                    >
                      {name} <b className="num">{formatCount(data.newlyFound.byFamily[family] ?? 0)}</b> 条
                    </Link>
                  ))}
                </Space>
              </div>
            ) : null}
            {data ? (
              <div style={{ marginTop: 6 }} data-testid="bulletin-orders">
                <Typography.Text type="secondary">本月督办：</Typography.Text>
                <Link to="/supervision-orders?tab=all">
                  发起 <b className="num">{formatCount(data.orders.total.issued)}</b> 件、已答复{" "}
                  <b className="num">{formatCount(data.orders.total.answered)}</b> 件、逾期未答复{" "}
                  <b className="num">{formatCount(data.orders.total.overdue)}</b> 件、已销号{" "}
                  <b className="num">{formatCount(data.orders.total.closed)}</b> 件
                </Link>
              </div>
            ) : null}
          </Card>
          <Card size="small" title="各部门（本月件数及较上月增减）" styles={{ body: { padding: 0 } }}>
            <Table<DivisionRow>
              size="small"
              rowKey="division"
              loading={summary.isFetching}
              dataSource={data?.divisions ?? []}
              columns={columns}
              pagination={false}
              scroll={{ x: 150 + (data?.headlines.length ?? 8) * 118 }}
              data-testid="bulletin-divisions"
              locale={{ emptyText: "本月没有需要通报的案件" }}
            />
          </Card>
        </Col>
        <Col flex="290px">
          <Card
            size="small"
            title="往期通报"
            styles={{ body: { padding: 0, maxHeight: 640, overflow: "auto" } }}
          >
            <List
              size="small"
              dataSource={list}
              loading={months.isLoading}
              data-testid="bulletin-months"
              renderItem={(m) => (
                <List.Item
                  style={{ background: m.month === month ? "#e6f0fa" : undefined, padding: "4px 12px" }}
                  actions={[<DownloadButtons key="files" month={m.month} size="small" court={court} />]}
                >
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => setQuery({ month: m.month })}
                    data-testid={`bulletin-month-${m.month}`}
                  >
                    {formatMonth(m.month)}
                  </Button>
                  {m.inProgress ? (
                    <Tooltip title="本月尚未结束，统计至今天">
                      <Tag style={{ marginLeft: 4, marginInlineEnd: 0 }}>至今</Tag>
                    </Tooltip>
                  ) : null}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
