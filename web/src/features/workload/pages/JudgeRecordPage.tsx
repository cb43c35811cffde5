/**
 * 业绩档案 (/judges/:name?division=…): a judge's indicators for a period against their division and
 * the court, their weighted workload, open alerts, 四类案件 under supervision, 阅核 figures and the
 * 改判/发回 of their judgments; the 考核得分 section appears when a score is given.
 */
import { Alert, Card, Col, Descriptions, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import { Link, useParams } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatValue, SEVERITY_COLORS, SEVERITY_NAMES } from "../../../shared/format";
import { defaultPeriod, type PeriodChoice, periodFromQuery } from "../../../shared/period";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { PeriodPicker } from "../../indicators/components/PeriodPicker";
import { type JudgeRecord, useJudgeRecord } from "../api";
import { AssessmentScoreSection } from "../components/AssessmentScoreSection";
import { formatShare, formatWeighted } from "../format";

type IndicatorRow = JudgeRecord["indicators"][number];

export default function JudgeRecordPage() {
  const { name = "" } = useParams();
  const { meta: m } = useSession();
  const meta = m!;
  const [query, setQuery] = useQueryState();
  const period = periodFromQuery(query, meta.today);
  const setPeriod = (p: PeriodChoice) => {
    const d = defaultPeriod(meta.today);
    const isDefault = p.mode === d.mode && p.from === d.from && p.to === d.to;
    setQuery({
      mode: isDefault ? undefined : p.mode,
      from: isDefault ? undefined : p.from,
      to: isDefault ? undefined : p.to,
    });
  };
  const division = query.get("division") ?? undefined;
  const r = useJudgeRecord(name, { from: period.from, to: period.to, division });
  const rec = r.data;

  return (
    <div data-testid="judge-record">
      <Space style={{ marginBottom: 12, justifyContent: "space-between", width: "100%" }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="record-title">
          {name} 业绩档案
          {rec ? (
            <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 8 }}>
              {rec.division}
              {rec.staff ? ` · ${rec.staff.positions.join("、")}` : ""}
            </Typography.Text>
          ) : null}
        </Typography.Title>
        <PeriodPicker value={period} today={meta.today} onChange={setPeriod} />
      </Space>
      {r.isError ? <Alert type="error" showIcon title={errorMessage(r.error)} /> : null}
      {rec ? (
        <>
          <Card size="small" title="加权工作量" style={{ marginBottom: 12 }} data-testid="record-workload">
            <Row gutter={16}>
              {(["received", "closed", "pending"] as const).map((k) => (
                <Col xs={24} md={8} key={k}>
                  <Statistic
                    title={
                      { received: "新收（加权）", closed: "结案（加权）", pending: "期末未结（加权）" }[k]
                    }
                    value={formatWeighted(rec.workload.weighted[k])}
                    suffix={<span style={{ fontSize: 13 }}>（{rec.workload.counts[k]} 件）</span>}
                  />
                  <Typography.Text type="secondary">
                    本庭人均 {formatWeighted(rec.workload.divisionMean[k])}（
                    {formatShare(rec.workload.share[k])}）· 全院人均{" "}
                    {formatWeighted(rec.workload.courtMean[k])}
                  </Typography.Text>
                </Col>
              ))}
            </Row>
          </Card>

          <AssessmentScoreSection score={rec.assessment} />

          <Card size="small" title="质效指标（本人 · 本庭 · 全院）" style={{ marginBottom: 12 }}>
            <Table<IndicatorRow>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={rec.indicators}
              data-testid="record-indicators"
              onRow={(x) => ({ style: x.assessment === "weak" ? { background: "#fff1f0" } : undefined })}
              columns={[
                { title: "指标", dataIndex: "name" },
                {
                  title: "本人",
                  key: "j",
                  align: "right",
                  render: (_: unknown, x) => formatValue(x.judge.value, x.unit),
                },
                {
                  title: "本庭",
                  dataIndex: "division",
                  align: "right",
                  render: (v: number | null, x) => formatValue(v, x.unit),
                },
                {
                  title: "全院",
                  dataIndex: "court",
                  align: "right",
                  render: (v: number | null, x) => formatValue(v, x.unit),
                },
                { title: "合理区间", dataIndex: "reference", render: (v: string | null) => v ?? "—" },
                {
                  title: "评价",
                  dataIndex: "assessment",
                  render: (v: string) =>
                    v === "weak" ? (
                      <Tag color="red">劣势</Tag>
                    ) : v === "ok" ? (
                      <Tag color="green">达标</Tag>
                    ) : (
                      "—"
                    ),
                },
              ]}
            />
          </Card>

          <Row gutter={12}>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={`未处理预警（${rec.alerts.open} 条）`}
                style={{ marginBottom: 12 }}
                data-testid="record-alerts"
              >
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={rec.alerts.rows}
                  columns={[
                    {
                      title: "案号",
                      dataIndex: "caseNumber",
                      render: (v: string, a) => (a.caseId ? <Link to={`/cases/${a.caseId}`}>{v}</Link> : v),
                    },
                    { title: "预警", dataIndex: "title" },
                    {
                      title: "级别",
                      dataIndex: "severity",
                      render: (v: string) => <Tag color={SEVERITY_COLORS[v]}>{SEVERITY_NAMES[v] ?? v}</Tag>,
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={`监管中的四类案件（${rec.supervised.total} 件）`}
                style={{ marginBottom: 12 }}
              >
                <Table
                  size="small"
                  rowKey="matterId"
                  pagination={false}
                  dataSource={rec.supervised.rows}
                  columns={[
                    {
                      title: "案号",
                      dataIndex: "caseNumber",
                      render: (v: string | null, s) => <Link to={`/matters/${s.matterId}`}>{v ?? "—"}</Link>,
                    },
                    { title: "类别", dataIndex: "categories", render: (v: string[]) => v.join("、") },
                    { title: "纳入监管", dataIndex: "openedOn" },
                  ]}
                />
              </Card>
            </Col>
          </Row>

          <Row gutter={12}>
            <Col xs={24} lg={12}>
              <Card size="small" title="阅核（期间内提交的文书）" style={{ marginBottom: 12 }}>
                <Descriptions size="small" column={2}>
                  <Descriptions.Item label="提交">{rec.signOff.drafts}</Descriptions.Item>
                  <Descriptions.Item label="签发">{rec.signOff.signedOff}</Descriptions.Item>
                  <Descriptions.Item label="退回复议">{rec.signOff.returned}</Descriptions.Item>
                  <Descriptions.Item label="提交讨论或报请">{rec.signOff.escalated}</Descriptions.Item>
                  <Descriptions.Item label="待阅核">{rec.signOff.waiting}</Descriptions.Item>
                  <Descriptions.Item label="平均阅核用时">
                    {rec.signOff.averageDaysToSignOff === null
                      ? "—"
                      : `${rec.signOff.averageDaysToSignOff} 个工作日`}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title="改判、发回重审（期间内结案的一审案件）"
                style={{ marginBottom: 12 }}
                data-testid="record-reversals"
              >
                <Descriptions size="small" column={3}>
                  <Descriptions.Item label="上诉">{rec.reversals.appealed}</Descriptions.Item>
                  <Descriptions.Item label="改判">{rec.reversals.reversed}</Descriptions.Item>
                  <Descriptions.Item label="发回重审">{rec.reversals.remanded}</Descriptions.Item>
                </Descriptions>
                <Table
                  size="small"
                  rowKey="caseId"
                  pagination={false}
                  dataSource={rec.reversals.cases}
                  columns={[
                    {
                      title: "案号",
                      dataIndex: "caseNumber",
                      render: (v: string, c) => <Link to={`/cases/${c.caseId}`}>{v}</Link>,
                    },
                    { title: "结案日期", dataIndex: "closedOn" },
                    {
                      title: "二审结果",
                      dataIndex: "outcome",
                      render: (v: string | null, c) => v ?? (c.reversed ? "改判" : "发回重审"),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      ) : r.isLoading ? (
        <Card loading />
      ) : null}
    </div>
  );
}
