/**
 * One item on a meeting's agenda: the case and its materials; the opinions in speaking order (a form
 * for the secretary, one row per member present, in order, the rule cited); the outcome the opinions
 * give; the result (专业法官会议: 多数意见/少数意见, then the panel's adoption on the item's page;
 * 审委会: the decision, refused without a quorum or a majority of all members).
 */
import {
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { downloadDraftFile } from "../../sign-off/api";
import {
  type AgendaItem,
  type Meeting,
  type OpinionInput,
  STANCE_OPTIONS,
  useRecordOpinions,
  useRecordResult,
  useRemoveItem,
} from "../api";

export function AgendaItemCard({
  meeting,
  item,
  index,
}: {
  meeting: Meeting;
  item: AgendaItem;
  index: number;
}) {
  const { message } = App.useApp();
  const record = useRecordOpinions(meeting.id);
  const result = useRecordResult(meeting.id);
  const remove = useRemoveItem(meeting.id);
  const can = (a: AgendaItem["actions"][number]) => item.actions.includes(a);
  const [draft, setDraft] = useState<Record<number, { stance?: OpinionInput["stance"]; opinion: string }>>(
    {},
  );
  const [decision, setDecision] = useState("");
  useEffect(() => {
    const d: Record<number, { stance?: OpinionInput["stance"]; opinion: string }> = {};
    for (const o of item.opinions) d[o.staffId] = { stance: o.stance, opinion: o.opinion };
    setDraft(d);
  }, [item.opinions]);
  const saveOpinions = async () => {
    const opinions = meeting.speakingOrder
      .filter((s) => draft[s.staffId]?.stance)
      .map((s) => ({
        staffId: s.staffId,
        stance: draft[s.staffId]?.stance as OpinionInput["stance"],
        opinion: draft[s.staffId]?.opinion ?? "",
      }));
    try {
      await record.mutateAsync({ matterId: item.matterId, opinions });
      message.success("已记录发言意见");
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const saveResult = async () => {
    try {
      await result.mutateAsync({ matterId: item.matterId, decision: decision || undefined });
      message.success(meeting.kind === "committee" ? "已记录审委会决定" : "已记录讨论结果");
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`agenda-item-${index}`}
      title={
        <Space wrap>
          <span>{`议题${index + 1}：`}</span>
          {item.caseId ? <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link> : item.title}
          <Link to={`/matters/${item.matterId}`}>
            <Tag data-testid="agenda-item-state">{item.stateLabel}</Tag>
          </Link>
        </Space>
      }
      extra={
        can("remove") ? (
          <Popconfirm
            title="移出议程？"
            okText="移出"
            cancelText="取消"
            onConfirm={() =>
              void remove.mutateAsync(item.matterId).catch((e) => message.error(errorMessage(e)))
            }
          >
            <Button size="small">移出议程</Button>
          </Popconfirm>
        ) : null
      }
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="承办">{`${item.judge}（${item.division}）`}</Descriptions.Item>
        <Descriptions.Item label="来源">{item.source}</Descriptions.Item>
        {item.referralNote ? (
          <Descriptions.Item label="提请理由">{item.referralNote}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label="案情摘要">{item.summary || "（未提交）"}</Descriptions.Item>
        <Descriptions.Item label="争议焦点">{item.issues || "（未提交）"}</Descriptions.Item>
        <Descriptions.Item label="合议庭意见">{item.panelOpinion || "（未提交）"}</Descriptions.Item>
        {item.similarCases ? (
          <Descriptions.Item label="类案检索报告">{item.similarCases}</Descriptions.Item>
        ) : null}
        {item.files.length > 0 ? (
          <Descriptions.Item label="类案检索报告文件">
            <Space wrap>
              {item.files.map((f) => (
                <Button
                  key={f.id}
                  size="small"
                  type="link"
                  data-testid="agenda-item-file"
                  onClick={() =>
                    void downloadDraftFile(f.id, f.name).catch((e) => message.error(errorMessage(e)))
                  }
                >
                  {f.name}
                </Button>
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Text type="secondary">{meeting.orderRule}</Typography.Text>
      {can("record-opinions") ? (
        <Table
          rowKey="staffId"
          size="small"
          pagination={false}
          style={{ marginTop: 8 }}
          dataSource={meeting.speakingOrder.map((s, i) => ({ ...s, no: i + 1 }))}
          data-testid="opinion-form"
          columns={[
            { title: "顺序", dataIndex: "no", width: 60 },
            { title: "发言人", dataIndex: "name", width: 120 },
            {
              title: "意见",
              key: "stance",
              width: 190,
              render: (_, s) => (
                // Each row's list opens inside its own cell (one list per speaker, never another's).
                <span
                  style={{ position: "relative", display: "inline-block" }}
                  data-testid={`opinion-cell-${s.name}`}
                >
                  <Select
                    size="small"
                    style={{ width: 170 }}
                    allowClear
                    value={draft[s.staffId]?.stance}
                    options={STANCE_OPTIONS.map((o) => ({ ...o }))}
                    getPopupContainer={(node: HTMLElement) =>
                      node.closest("span[data-testid]") ?? document.body
                    }
                    onChange={(stance) =>
                      setDraft((d) => ({
                        ...d,
                        [s.staffId]: { opinion: d[s.staffId]?.opinion ?? "", stance },
                      }))
                    }
                    data-testid={`opinion-stance-${s.name}`}
                  />
                </span>
              ),
            },
            {
              title: "发言要点",
              key: "opinion",
              render: (_, s) => (
                <Input
                  size="small"
                  value={draft[s.staffId]?.opinion ?? ""}
                  onChange={(e) =>
                    setDraft((d) => ({
                      ...d,
                      [s.staffId]: { stance: d[s.staffId]?.stance, opinion: e.target.value },
                    }))
                  }
                  data-testid={`opinion-text-${s.name}`}
                />
              ),
            },
          ]}
        />
      ) : (
        <Table
          rowKey="staffId"
          size="small"
          pagination={false}
          style={{ marginTop: 8 }}
          dataSource={item.opinions}
          locale={{ emptyText: "尚未记录发言" }}
          columns={[
            { title: "顺序", dataIndex: "orderNo", width: 60 },
            { title: "发言人", dataIndex: "name", width: 120 },
            { title: "意见", dataIndex: "stanceName", width: 150 },
            { title: "发言要点", dataIndex: "opinion" },
          ]}
        />
      )}
      {item.result && meeting.kind === "judges" ? null : (
        <Typography.Paragraph style={{ marginTop: 8 }} data-testid="agenda-item-outcome">
          {item.outcome.text}
        </Typography.Paragraph>
      )}
      {item.result ? (
        <Typography.Paragraph strong data-testid="agenda-item-result">
          {meeting.kind === "committee" ? "审委会决定：" : "讨论结果："}
          {item.result}
        </Typography.Paragraph>
      ) : null}
      {item.adoption ? <Typography.Paragraph>合议庭：{item.adoption}</Typography.Paragraph> : null}
      {can("record-opinions") ? (
        <Space direction="vertical" style={{ width: "100%" }}>
          {meeting.kind === "committee" ? (
            <Input.TextArea
              rows={2}
              placeholder="审委会决定内容"
              value={decision}
              onChange={(e) => setDecision(e.target.value)}
              data-testid="decision-text"
            />
          ) : null}
          <Space>
            <Button
              onClick={() => void saveOpinions()}
              loading={record.isPending}
              data-testid="save-opinions"
            >
              保存发言
            </Button>
            <Button
              type="primary"
              onClick={() => void saveResult()}
              loading={result.isPending}
              data-testid="record-result"
            >
              {meeting.kind === "committee" ? "记录决定" : "归纳多数意见"}
            </Button>
          </Space>
        </Space>
      ) : null}
    </Card>
  );
}
