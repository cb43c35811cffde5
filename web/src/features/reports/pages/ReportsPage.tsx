/**
 * /reports — 态势分析: pick a quarter for the 审判态势分析报告 or a month for the 审判质效通报 (and, for
 * the office and the president, the whole court or one division), then download the Word
 * document and its Excel workbook. A 庭长 gets their own division's version. The figures are
 * computed from the data as of the last import (数据截至).
 */
import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, DatePicker, Row, Select, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { formatDate } from "../../../shared/format";
import { useSession } from "../../../shared/session/session";
import { useVisibleCourts } from "../../indicators/courts";
import { downloadReport, type ReportFormat, type ReportKind } from "../api";

/** The quarter before the one holding `day` (the last whole quarter): 2025-01-10 → 2024Q4. */
function lastWholeQuarter(day: Dayjs): Dayjs {
  const start = day.startOf("month").subtract(day.month() % 3, "month");
  return start.subtract(3, "month");
}

function quarterId(d: Dayjs): string {
  return `${d.year()}Q${Math.floor(d.month() / 3) + 1}`;
}

type CourtChoice = { code: string; level?: "basic" | "intermediate" };

function quarterLabel(d: Dayjs): string {
  return `${d.year()}年第${"一二三四"[Math.floor(d.month() / 3)]}季度`;
}

function Downloads({
  kind,
  period,
  division,
  court,
  disabled,
}: {
  kind: ReportKind;
  period: string;
  division?: string;
  court?: CourtChoice;
  disabled: boolean;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const run = async (format: ReportFormat) => {
    setBusy(format);
    try {
      message.success(`已下载 ${await downloadReport(kind, period, format, division, court)}`);
    } catch (err) {
      message.error(`下载失败：${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space size={8} wrap>
      <Button
        type="primary"
        icon={<FileWordOutlined />}
        loading={busy === "docx"}
        disabled={disabled || busy !== null}
        onClick={() => void run("docx")}
        data-testid={`report-${kind}-docx`}
      >
        下载报告（Word）
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === "xlsx"}
        disabled={disabled || busy !== null}
        onClick={() => void run("xlsx")}
        data-testid={`report-${kind}-xlsx`}
      >
        下载数据表（Excel）
      </Button>
    </Space>
  );
}

export default function ReportsPage() {
  const { user, meta } = useSession();
  const asOf = meta?.factsAsOf ? dayjs(meta.factsAsOf) : null;
  const firstFiled = meta?.dataRange.firstFiled ? dayjs(meta.dataRange.firstFiled) : null;
  const chief = user?.role === "chief";
  const [quarter, setQuarter] = useState<Dayjs | null>(null);
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [division, setDivision] = useState<string | undefined>(undefined);
  // Several courts (a 中院's account): one court, or the basic courts under it (one row per court).
  const courts = useVisibleCourts().data?.rows ?? [];
  const [courtValue, setCourtValue] = useState<string | undefined>(undefined);
  const court: CourtChoice | undefined = courtValue
    ? courtValue.endsWith("|basic")
      ? { code: courtValue.slice(0, -"|basic".length), level: "basic" }
      : { code: courtValue }
    : undefined;
  const courtOptions = courts.flatMap((c) => [
    { value: c.code, label: c.name },
    ...(courts.some((b) => b.parentCode === c.code && b.level === "basic")
      ? [{ value: `${c.code}|basic`, label: `${c.name}辖区基层法院（每院一行）` }]
      : []),
  ]);

  const q = quarter ?? (asOf ? lastWholeQuarter(asOf) : null);
  const m = month ?? (asOf ? asOf.startOf("month").subtract(1, "month") : null);
  // Periods that have begun by the data date and end after the first filing.
  const outside = (d: Dayjs, unit: "month" | "quarter") => {
    if (!asOf) return true;
    const start =
      unit === "quarter" ? d.startOf("month").subtract(d.month() % 3, "month") : d.startOf("month");
    const end = start.add(unit === "quarter" ? 3 : 1, "month").subtract(1, "day");
    return start.isAfter(asOf, "day") || (firstFiled !== null && end.isBefore(firstFiled, "day"));
  };
  const divisions = meta?.divisions.map((d) => d.name) ?? [];
  const courtLabel = courtOptions.find((o) => o.value === courtValue)?.label;
  const scopeText = chief
    ? `${user?.division ?? ""}（本部门版）`
    : `${courtLabel ?? (courts.length > 1 ? "全部可见法院" : "")}${division ?? (courts.length > 1 ? "" : "全院")}`;

  return (
    <div data-testid="page-reports">
      <div className="page-title">
        <Space size={12} wrap align="center">
          <Typography.Title level={4}>态势分析</Typography.Title>
          {asOf ? (
            <Typography.Text type="secondary" data-testid="reports-as-of">
              数据截至 {formatDate(meta?.factsAsOf ?? "")}
            </Typography.Text>
          ) : null}
        </Space>
        {courts.length > 1 ? (
          <Select
            allowClear
            placeholder="全部可见法院"
            style={{ width: 300 }}
            value={courtValue}
            onChange={(v) => {
              setCourtValue(v ?? undefined);
              if (v?.endsWith("|basic")) setDivision(undefined);
            }}
            options={courtOptions}
            data-testid="reports-court"
          />
        ) : null}
        {chief || court?.level ? null : (
          <Select
            allowClear
            placeholder="全院"
            style={{ width: 220 }}
            value={division}
            onChange={(v) => setDivision(v ?? undefined)}
            options={divisions.map((d) => ({ value: d, label: d }))}
            data-testid="reports-division"
          />
        )}
      </div>
      {!asOf ? <Alert type="info" showIcon title="尚无案件数据，导入数据后即可生成报告。" /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="季度审判态势分析报告" data-testid="reports-quarterly">
            <Space orientation="vertical" size={12} style={{ width: "100%" }}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                收结存及同比、环比，核心质效指标与合理区间，各部门薄弱指标分析，长期未结和超审限案件（六个月、一年、一年半、二年、三年节点），发改情况，以及按规则生成的下一步工作建议；附收结趋势、部门指标和未结时长分布三幅图。
              </Typography.Paragraph>
              <Space wrap>
                <DatePicker
                  picker="quarter"
                  allowClear={false}
                  value={q}
                  format={(d) => quarterLabel(d)}
                  disabledDate={(d) => outside(d, "quarter")}
                  onChange={(d) => d && setQuarter(d)}
                  style={{ width: 170 }}
                  data-testid="reports-quarter"
                />
                <Typography.Text type="secondary">范围：{scopeText}</Typography.Text>
              </Space>
              <Downloads
                kind="quarterly"
                period={q ? quarterId(q) : ""}
                division={division}
                court={court}
                disabled={!q}
              />
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="月度审判质效通报" data-testid="reports-monthly">
            <Space orientation="vertical" size={12} style={{ width: "100%" }}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                当月收结存及同比、环比，核心质效指标与合理区间，各部门薄弱指标，审限与长期未结案件，以及下一步工作建议；附三幅图。
              </Typography.Paragraph>
              <Space wrap>
                <DatePicker
                  picker="month"
                  allowClear={false}
                  value={m}
                  format="YYYY年M月"
                  disabledDate={(d) => outside(d, "month")}
                  onChange={(d) => d && setMonth(d)}
                  style={{ width: 170 }}
                  data-testid="reports-month"
                />
                <Typography.Text type="secondary">范围：{scopeText}</Typography.Text>
              </Space>
              <Downloads
                kind="monthly"
                period={m ? m.format("YYYY-MM") : ""}
                division={division}
                court={court}
                disabled={!m}
              />
            </Space>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
