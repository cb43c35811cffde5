/**
 * 案件详情: the case's attributes, its 审限 clock drawn as a bar with the arithmetic in words, the
 * stored time-limit events and the case's alerts. Outside the user's scope the server answers 403,
 * shown as a 403 page; an unknown id is a 404.
 */
import { ArrowLeftOutlined, CheckOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Collapse,
  Descriptions,
  Result,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError, errorMessage } from "../../../shared/api/client";
import type { AlertRow, CaseDetail, EventRow } from "../../../shared/api/types";
import { ForbiddenPage, NotFoundPage } from "../../../shared/errors/ErrorPages";
import {
  bySeverity,
  EVENT_KIND_NAMES,
  formatDate,
  formatDateTime,
  formatYuan,
  SEVERITY_COLORS,
  SEVERITY_NAMES,
  STATE_COLORS,
  STATE_NAMES,
  STATUS_COLORS,
  STATUS_NAMES,
} from "../../../shared/format";
import { useSession } from "../../../shared/session/session";
import { canAcknowledge } from "../../alerts/api";
import { AckModal } from "../../alerts/components/AckModal";
import { CaseGuidancePanel } from "../../case-rules/components/CaseGuidancePanel";
import { CaseChainPanel } from "../../chains/components/CaseChainPanel";
import { LoanFormCard } from "../../loan-forms/components/LoanFormCard";
import { CaseMeetingsPanel } from "../../meetings/components/CaseMeetingsPanel";
import { CaseSignOffCard } from "../../sign-off/components/CaseSignOffCard";
import { CaseSupervisionPanel } from "../../supervision/components/CaseSupervisionPanel";
import { IssueOrdersModal } from "../../supervision-orders/components/IssueOrdersModal";
import { OrderStateTag } from "../../supervision-orders/components/OrderStateTag";
import { CaseMatters } from "../../workflow/components/CaseMatters";
import { AssignmentPanel } from "../../workload/components/AssignmentPanel";
import { useCase } from "../api";
import { DaysLeft } from "../components/CaseListTable";
import { TimeLimitBar } from "../components/TimeLimitBar";

function yesNo(v: boolean | null | undefined): string {
  return v === null || v === undefined ? "—" : v ? "是" : "否";
}

function parties(v: string | string[] | null): string {
  if (!v) return "—";
  return Array.isArray(v) ? v.join("、") : v;
}

function eventLength(e: EventRow): string {
  const parts: string[] = [];
  if (e.lengthMonths) parts.push(`${e.lengthMonths}个月`);
  if (e.lengthDays) parts.push(`${e.lengthDays}天`);
  return parts.join("") || "—";
}

/** /cases/:id: a fresh screen for each case. */
export default function CaseRoute() {
  const id = useParams().id ?? "";
  return <CasePage key={id} id={id} />;
}

function CasePage({ id }: { id: string }) {
  const { can, user } = useSession();
  const res = useCase(id);
  const [ackTarget, setAckTarget] = useState<AlertRow | null>(null);
  const [issuing, setIssuing] = useState(false);
  const status = res.error instanceof ApiError ? res.error.status : null;

  if (status === 403)
    return (
      <ForbiddenPage
        title="无权查看该案件"
        subTitle="该案件不在您的查看范围内（法官仅可查看本人承办的案件，庭长仅可查看本庭案件）。"
      />
    );
  if (status === 404)
    return <NotFoundPage title="案件不存在" subTitle="未找到该案件，可能已被删除或编号有误。" />;
  if (res.error && !res.data)
    return <Result status="error" title="案件加载失败" subTitle={errorMessage(res.error)} />;
  if (!res.data) return <Skeleton active paragraph={{ rows: 12 }} />;

  const { case: c, clock, explanation, events } = res.data;
  // The most serious first (一级 … 四级), as on every screen.
  const alerts = [...res.data.alerts].sort(bySeverity((a) => a.severity));

  const back = () => (window.history.length > 1 ? window.history.back() : undefined);

  const eventColumns: TableColumnsType<EventRow> = [
    { title: "事项", dataIndex: "kind", width: 100, render: (k: string) => EVENT_KIND_NAMES[k] ?? k },
    { title: "原因", dataIndex: "reason", width: 100, render: (v) => v ?? "—" },
    { title: "开始（批准）日期", dataIndex: "from", width: 140, render: formatDate },
    {
      title: "结束日期",
      dataIndex: "to",
      width: 140,
      render: (v: string | null, e) =>
        v ? (
          formatDate(v)
        ) : e.kind === "exclusion" ||
          e.kind === "suspension" ||
          e.kind === "扣除审限" ||
          e.kind === "中止诉讼" ? (
          <Tag color="orange">未结束</Tag>
        ) : (
          "—"
        ),
    },
    { title: "期限", key: "length", width: 90, render: (_, e) => eventLength(e) },
    {
      title: "新程序（部门）",
      key: "newProcedure",
      width: 130,
      render: (_, e) =>
        e.newProcedure ??
        (e.newDivision ? `${e.priorDivision ? `${e.priorDivision} → ` : ""}${e.newDivision}` : "—"),
    },
    { title: "批准人", dataIndex: "approvedBy", width: 90, render: (v) => v ?? "—" },
    { title: "说明", dataIndex: "note", ellipsis: true, render: (v) => v ?? "—" },
    { title: "记录时间", dataIndex: "recordedAt", width: 150, render: formatDateTime },
  ];

  const alertColumns: TableColumnsType<AlertRow> = [
    {
      title: "级别",
      dataIndex: "severity",
      width: 104,
      render: (s: string) => <Tag color={SEVERITY_COLORS[s]}>{SEVERITY_NAMES[s] ?? s}</Tag>,
    },
    { title: "预警", dataIndex: "title", width: 170 },
    { title: "原因", dataIndex: "reason", render: (v: string) => <span className="cell-wrap">{v}</span> },
    { title: "首次发现", dataIndex: "firstSeen", width: 120, render: formatDate },
    {
      title: "状态",
      dataIndex: "state",
      width: 110,
      render: (s: string, r) => (
        <Tooltip title={r.note ? `${r.acknowledgedBy ?? ""}：${r.note}` : undefined}>
          <Tag color={STATE_COLORS[s] ?? "default"}>{STATE_NAMES[s] ?? s}</Tag>
        </Tooltip>
      ),
    },
    {
      title: "督办",
      key: "order",
      width: 150,
      render: (_: unknown, r: AlertRow) =>
        r.order ? <OrderStateTag order={r.order} testId={`case-alert-order-${r.id}`} /> : null,
    },
    // Buttons come from each alert's actions (the server's word), never from the role.
    ...(alerts.some((a) => a.actions.length > 0)
      ? [
          {
            title: "操作",
            key: "op",
            width: 76,
            render: (_: unknown, r: AlertRow) =>
              canAcknowledge(r) ? (
                <Button size="small" type="link" icon={<CheckOutlined />} onClick={() => setAckTarget(r)}>
                  确认
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const d: CaseDetail = c;
  return (
    <div data-testid="page-case">
      <div className="page-title">
        <Space size={10} wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={back} size="small">
            返回
          </Button>
          <Typography.Title
            level={4}
            data-testid="case-number"
            copyable={{ text: d.caseNumber, tooltips: ["复制案号", "已复制"] }}
          >
            {d.caseNumber}
          </Typography.Title>
          <Tag color={STATUS_COLORS[clock.status] ?? "default"} data-testid="case-status">
            {STATUS_NAMES[clock.status] ?? clock.status}
          </Tag>
          <Tag>{d.categoryName}</Tag>
          <Tag>{d.typeName || d.typeCode}</Tag>
          {clock.provisional ? <Tag color="gold">届满日暂定</Tag> : null}
        </Space>
      </div>

      <CaseSupervisionPanel caseId={id} />
      {user?.role === "office" || user?.role === "chief" ? (
        <AssignmentPanel caseId={Number(id)} compact />
      ) : null}
      <CaseGuidancePanel caseId={id} />
      <Card size="small" title="案件信息" style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3, xxl: 4 }}
          bordered
          data-testid="case-attributes"
        >
          <Descriptions.Item label="案号">{d.caseNumber}</Descriptions.Item>
          <Descriptions.Item label="法院">{d.courtName}</Descriptions.Item>
          <Descriptions.Item label="案件类型">
            {d.typeName}（{d.typeCode}）
          </Descriptions.Item>
          <Descriptions.Item label="案由">{d.cause ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="审理程序">
            {clock.procedure}
            {clock.originalProcedure && clock.originalProcedure !== clock.procedure
              ? `（原${clock.originalProcedure}）`
              : ""}
            {clock.procedureInferred ? <Tag style={{ marginLeft: 4 }}>推定</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label="承办部门">{d.division}</Descriptions.Item>
          <Descriptions.Item label="承办人">{d.judge}</Descriptions.Item>
          <Descriptions.Item label="立案日期">{formatDate(d.filedOn)}</Descriptions.Item>
          <Descriptions.Item label="结案日期">{formatDate(d.closedOn)}</Descriptions.Item>
          <Descriptions.Item label="结案方式">{d.closureMode ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="审限届满日">
            <span
              style={{
                color: clock.status === "overdue" || clock.status === "closed-late" ? "#cf1322" : undefined,
              }}
            >
              {formatDate(clock.deadline)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="剩余/超期天数">
            <DaysLeft value={clock.daysLeft ?? null} />
          </Descriptions.Item>
          <Descriptions.Item label="标的额">{formatYuan(d.amount)}</Descriptions.Item>
          <Descriptions.Item label="原告 / 申请人">{parties(d.plaintiffs)}</Descriptions.Item>
          <Descriptions.Item label="被告 / 被申请人">{parties(d.defendants)}</Descriptions.Item>
          <Descriptions.Item label="涉企">{yesNo(d.enterprise)}</Descriptions.Item>
          <Descriptions.Item label="上诉">{yesNo(d.appealed)}</Descriptions.Item>
          <Descriptions.Item label="二审结果">{d.appealOutcome ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="二审结案日期">{formatDate(d.appealClosedOn)}</Descriptions.Item>
          <Descriptions.Item label="申请执行">{yesNo(d.enforcementApplied)}</Descriptions.Item>
          {d.recoveredAmount !== null && d.recoveredAmount !== undefined ? (
            <Descriptions.Item label="执行到位金额">{formatYuan(d.recoveredAmount)}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label="归档日期">{formatDate(d.archivedOn)}</Descriptions.Item>
          {d.originCaseNumber ? (
            <Descriptions.Item label="原审案号">{d.originCaseNumber}</Descriptions.Item>
          ) : null}
          {d.effectiveOn ? (
            <Descriptions.Item label="生效日期">{formatDate(d.effectiveOn)}</Descriptions.Item>
          ) : null}
          {d.foreignRelated !== null ? (
            <Descriptions.Item label="涉外">{yesNo(d.foreignRelated)}</Descriptions.Item>
          ) : null}
          {d.counterclaim !== null ? (
            <Descriptions.Item label="反诉">{yesNo(d.counterclaim)}</Descriptions.Item>
          ) : null}
          {d.smallClaimsConsent !== null ? (
            <Descriptions.Item label="约定适用小额诉讼">{yesNo(d.smallClaimsConsent)}</Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>

      <Card
        size="small"
        title={
          <Space>
            <span>审限时间轴</span>
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 12 }}>
              {clock.rule.name}
              {clock.rule.unconfirmed ? "（期限待确认）" : ""} · 计算至 {formatDate(clock.asOf)}
            </Typography.Text>
          </Space>
        }
        style={{ marginBottom: 12 }}
      >
        <div style={{ overflowX: "auto" }}>
          <TimeLimitBar clock={clock} filedOn={d.filedOn} events={events} />
        </div>
        <Space size={14} wrap style={{ fontSize: 12, color: "#595959", margin: "4px 0 10px" }}>
          <Legend color="#1d4f91" text="法定审限" />
          <Legend color="#722ed1" text="延长审限" />
          <Legend color="#bfbfbf" text="扣除顺延" hatch />
          <Legend color="#ffd591" text="节假日顺延" />
          <Legend color="rgba(212,107,8,0.45)" text="扣除/中止期间" hatch />
          <Legend
            color={clock.closed ? "#52c41a" : "#69b1ff"}
            text={clock.closed ? "已经过（已结案）" : "已经过（未结）"}
          />
          <Legend color="#cf1322" text="超审限" />
        </Space>
        {clock.warnings.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 10 }}
            title={clock.warnings.map((w) => <div key={w}>{w}</div>)}
          />
        ) : null}
        <div
          data-testid="explanation"
          style={{ background: "#fafafa", border: "1px solid #f0f0f0", padding: "8px 12px", borderRadius: 4 }}
        >
          <Typography.Text strong>计算过程</Typography.Text>
          <ol style={{ margin: "6px 0 0", paddingLeft: 22, lineHeight: 1.9 }}>
            {explanation.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are static text in order
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
        {clock.basis.length ? (
          <Collapse
            ghost
            size="small"
            style={{ marginTop: 6 }}
            items={[
              {
                key: "basis",
                label: `法律依据（${clock.basis.length} 条）`,
                children: (
                  <ul style={{ margin: 0, paddingLeft: 20, color: "#595959", fontSize: 12, lineHeight: 1.8 }}>
                    {clock.basis.map((b) => (
                      <li key={b}>{b}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        ) : null}
      </Card>

      <Card
        size="small"
        title={`审限变更记录（${events.length}）`}
        style={{ marginBottom: 12 }}
        styles={{ body: { padding: 0 } }}
      >
        <Table<EventRow>
          size="small"
          rowKey={(e) => String(e.id ?? `${e.kind}-${e.from}-${e.to}`)}
          dataSource={events}
          columns={eventColumns}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: "没有延长、扣除、中止或程序转换记录" }}
          data-testid="case-events"
        />
      </Card>

      <LoanFormCard caseId={id} cause={d.cause} typeCode={d.typeCode} />
      <CaseChainPanel caseId={id} />
      <CaseSignOffCard caseId={id} />
      <CaseMeetingsPanel caseId={id} />
      <CaseMatters caseId={id} />

      <Card
        size="small"
        title={`本案预警（${alerts.length}）`}
        styles={{ body: { padding: 0 } }}
        extra={
          alerts.some((a) => a.canIssueOrder) ? (
            <Button
              size="small"
              type="primary"
              onClick={() => setIssuing(true)}
              data-testid="case-issue-order"
            >
              发起督办
            </Button>
          ) : null
        }
      >
        <Table<AlertRow>
          size="small"
          rowKey="id"
          dataSource={alerts}
          columns={alertColumns}
          pagination={false}
          locale={{ emptyText: "本案没有预警" }}
          data-testid="case-alerts"
        />
      </Card>
      {can("view-alerts") ? (
        <div style={{ marginTop: 8 }}>
          <Link to="/alerts/time-limit">查看全部审限预警</Link>
        </div>
      ) : null}

      <AckModal alert={ackTarget} onClose={() => setAckTarget(null)} onDone={() => setAckTarget(null)} />
      <IssueOrdersModal
        open={issuing}
        alertIds={alerts.filter((a) => a.canIssueOrder).map((a) => a.id)}
        judges={1}
        onClose={() => setIssuing(false)}
        onDone={() => setIssuing(false)}
      />
    </div>
  );
}

function Legend({ color, text, hatch }: { color: string; text: string; hatch?: boolean }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 4 }}>
      <span
        style={{
          width: 14,
          height: 10,
          display: "inline-block",
          background: hatch
            ? `repeating-linear-gradient(45deg, ${color}, ${color} 2px, #fff 2px, #fff 5px)`
            : color,
          border: hatch ? `1px solid ${color}` : undefined,
        }}
      />
      {text}
    </span>
  );
}
