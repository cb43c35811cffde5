/**
 * 评查计划 (/review/plans/:id): the drawn cases with reviewer, state, score and class; the office's
 * 复核 and objection decisions (offered as each case's actions say: the plan's own court's office); common problems by section; rectifications with the overdue count;
 * the 评查通报 as .docx / .xlsx.
 */
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { downloadBulletin, type PlanCase, useDecide, usePlan, useVerify } from "../api";

function DecideModal({ row, onClose }: { row: PlanCase; onClose: () => void }) {
  const decide = useDecide();
  const [outcome, setOutcome] = useState("维持评查结果");
  const [note, setNote] = useState("");
  const [reference, setReference] = useState("");
  const [finalScore, setFinalScore] = useState<number | null>(null);
  return (
    <Modal
      open
      title={`处理异议：${row.caseNumber}`}
      okText="提交"
      cancelText="取消"
      onCancel={onClose}
      confirmLoading={decide.isPending}
      okButtonProps={{ "data-testid": "decide-submit" } as never}
      onOk={() =>
        decide.mutate(
          {
            id: row.sampleId,
            body: { version: row.matterVersion ?? 0, outcome, note, reference, finalScore },
          },
          { onSuccess: onClose },
        )
      }
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        <Select
          value={outcome}
          onChange={setOutcome}
          options={[{ value: "维持评查结果" }, { value: "变更评查结果" }]}
          data-testid="decide-outcome"
        />
        {outcome === "变更评查结果" ? (
          <InputNumber
            placeholder="变更后得分"
            min={0}
            max={100}
            step={0.5}
            value={finalScore}
            onChange={setFinalScore}
          />
        ) : null}
        <Input.TextArea
          rows={3}
          placeholder="处理意见"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="decide-note"
        />
        <Input
          placeholder="审委会决定文号（由审委会决定时填写）"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
        />
        {decide.isError ? <Alert type="error" showIcon title={errorMessage(decide.error)} /> : null}
      </Space>
    </Modal>
  );
}

export default function ReviewPlanPage() {
  const id = Number(useParams().id);
  const plan = usePlan(id);
  const verify = useVerify();
  const [deciding, setDeciding] = useState<PlanCase | null>(null);
  if (plan.isError) return <Alert type="error" showIcon title={errorMessage(plan.error)} />;
  const d = plan.data;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Title level={4}>{d?.plan.title ?? "评查计划"}</Typography.Title>
      {d ? (
        <Card
          extra={
            <Space>
              <Button onClick={() => void downloadBulletin(id, "docx", d.plan.title)}>
                评查通报（Word）
              </Button>
              <Button onClick={() => void downloadBulletin(id, "xlsx", d.plan.title)}>
                评查通报（Excel）
              </Button>
            </Space>
          }
        >
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="类型">{d.plan.kindLabel}</Descriptions.Item>
            <Descriptions.Item label="期间">
              {d.plan.periodFrom} 至 {d.plan.periodTo}
            </Descriptions.Item>
            <Descriptions.Item label="随机种子">{d.plan.seed}</Descriptions.Item>
            <Descriptions.Item label="状态">{d.plan.stateLabel}</Descriptions.Item>
            <Descriptions.Item label="评查表">第 {d.plan.sheetVersion} 版</Descriptions.Item>
            <Descriptions.Item label="回避近期已评查">{d.plan.recentMonths} 个月</Descriptions.Item>
          </Descriptions>
        </Card>
      ) : null}
      {verify.isError ? <Alert type="error" showIcon title={errorMessage(verify.error)} /> : null}
      <Card title="抽取案件及评查结果">
        <Table<PlanCase>
          rowKey="sampleId"
          loading={plan.isLoading}
          dataSource={d?.cases ?? []}
          pagination={false}
          locale={{ emptyText: "尚未抽取" }}
          expandable={{
            rowExpandable: (r) => r.problems.length > 0,
            expandedRowRender: (r) => (
              <ul style={{ margin: 0 }}>
                {r.problems.map((p) => (
                  <li key={`${p.section}${p.text}`}>
                    【{p.section}】{p.text}（{p.severity}，扣 {p.points} 分）
                  </li>
                ))}
              </ul>
            ),
          }}
          columns={[
            {
              title: "案号",
              dataIndex: "caseNumber",
              render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
            },
            { title: "承办部门", dataIndex: "division" },
            { title: "承办人", dataIndex: "judge" },
            {
              title: "评查人",
              dataIndex: "reviewerName",
              render: (v: string | null) => v ?? <Tag>未分配</Tag>,
            },
            {
              title: "状态",
              dataIndex: "stateLabel",
              render: (v: string, r) => (r.matterId ? <Link to={`/matters/${r.matterId}`}>{v}</Link> : v),
            },
            { title: "得分", dataIndex: "score", render: (v: number | null) => v ?? "—" },
            { title: "等次", dataIndex: "className", render: (v: string | null) => v ?? "—" },
            {
              title: "操作",
              render: (_, r) =>
                r.actions.includes("verify") ? (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`verify-${r.sampleId}`}
                      onClick={() =>
                        verify.mutate({
                          id: r.sampleId,
                          body: { version: r.matterVersion ?? 0, decision: "verify" },
                        })
                      }
                    >
                      复核通过
                    </Button>
                    <Button
                      size="small"
                      onClick={() =>
                        verify.mutate({
                          id: r.sampleId,
                          body: {
                            version: r.matterVersion ?? 0,
                            decision: "return",
                            note: "请核实扣分依据后重评",
                          },
                        })
                      }
                    >
                      退回重评
                    </Button>
                  </Space>
                ) : r.actions.includes("decide") ? (
                  <Button size="small" data-testid={`decide-${r.sampleId}`} onClick={() => setDeciding(r)}>
                    处理异议
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title="共性问题（按评查项目）">
        <Table
          rowKey="section"
          dataSource={d?.problemsBySection ?? []}
          pagination={false}
          locale={{ emptyText: "未发现问题" }}
          columns={[
            { title: "评查项目", dataIndex: "section" },
            { title: "问题数", dataIndex: "count" },
            { title: "扣分合计", dataIndex: "points" },
          ]}
        />
      </Card>
      <Card
        title="整改情况"
        extra={
          <Statistic
            title="逾期未整改"
            value={d?.overdueRectifications ?? 0}
            valueStyle={{ color: (d?.overdueRectifications ?? 0) > 0 ? "#cf1322" : undefined }}
          />
        }
      >
        <Table
          rowKey="matterId"
          dataSource={d?.rectifications ?? []}
          pagination={false}
          locale={{ emptyText: "无整改事项" }}
          columns={[
            { title: "案号", dataIndex: "caseNumber" },
            { title: "承办人", dataIndex: "judge" },
            { title: "整改期限", dataIndex: "dueOn", render: (v: string | null) => v ?? "—" },
            {
              title: "状态",
              render: (_, r) => (
                <Space>
                  <Link to={`/matters/${r.matterId}`} data-testid={`rect-${r.matterId}`}>
                    {r.stateLabel}
                  </Link>
                  {r.overdue ? <Tag color="red">逾期</Tag> : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {deciding ? <DecideModal row={deciding} onClose={() => setDeciding(null)} /> : null}
    </Space>
  );
}
