/**
 * /review-meetings/:id — a 评析会: its cases, each with 原承办人自评, 庭长讲评 and 分管领导点评 (each
 * recorded by whoever the rules name: the reader sees 填写 only where they may), 评析完毕 when all
 * three are in; the common problems and follow-ups (the office); the minutes as .docx.
 */
import { DownloadOutlined, EditOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError, errorMessage } from "../../../shared/api/client";
import { ForbiddenPage, NotFoundPage } from "../../../shared/errors/ErrorPages";
import { formatDate, formatDateTime } from "../../../shared/format";
import {
  downloadMinutes,
  PART_NAMES,
  RESPONSIBILITY_COLORS,
  type ReviewEntry,
  type ReviewMeeting,
  type ReviewPart,
  useRecordReview,
  useReviewMeeting,
  useUpdateMeeting,
} from "../api";

export default function ReviewMeetingRoute() {
  const id = useParams().id ?? "";
  return <ReviewMeetingPage key={id} id={id} />;
}

function ReviewMeetingPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const res = useReviewMeeting(id);
  const [writing, setWriting] = useState<{ entry: ReviewEntry; part: ReviewPart } | null>(null);
  const [editing, setEditing] = useState(false);
  const status = res.error instanceof ApiError ? res.error.status : null;
  if (status === 403) return <ForbiddenPage />;
  if (status === 404) return <NotFoundPage />;
  if (res.error) return <Result status="error" title={errorMessage(res.error)} />;
  if (!res.data) return <Skeleton active />;
  const m = res.data;
  return (
    <div data-testid="page-review-meeting">
      <div className="page-title">
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {m.title}
          </Typography.Title>
          <Tag
            color={m.completeCount === m.entryCount ? "green" : "blue"}
            data-testid="review-meeting-progress"
          >
            评析完毕 {m.completeCount} / {m.entryCount}
          </Tag>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadMinutes(m).catch((err) => message.error(errorMessage(err)))}
            data-testid="review-meeting-minutes"
          >
            下载评析会纪要
          </Button>
          <Link to="/reversals">返回发改案件</Link>
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="召开日期">{formatDate(m.heldOn)}</Descriptions.Item>
          <Descriptions.Item label="地点">{m.place || "—"}</Descriptions.Item>
          <Descriptions.Item label="主持人">{m.host || "—"}</Descriptions.Item>
          <Descriptions.Item label="参加人员">{m.attendees || "—"}</Descriptions.Item>
        </Descriptions>
      </Card>
      {m.entries.map((e) => (
        <Card
          key={e.caseId}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid={`review-entry-${e.caseId}`}
          title={
            <Space wrap>
              <Link to={`/cases/${e.caseId}`}>{e.caseNumber}</Link>
              <span>
                {e.division} · {e.judge}
              </span>
              {e.outcome ? <Tag color="volcano">{e.outcome}</Tag> : null}
              {e.responsibility ? (
                <Tag color={RESPONSIBILITY_COLORS[e.responsibility]}>{e.responsibility}</Tag>
              ) : null}
              {e.complete ? (
                <Tag color="green" data-testid={`review-entry-complete-${e.caseId}`}>
                  评析完毕
                </Tag>
              ) : null}
            </Space>
          }
        >
          {(["self", "chief", "leader"] as const).map((part) => {
            const text = e[`${part}Text`];
            const by = e[`${part}By`];
            const at = e[`${part}At`];
            return (
              <div key={part} style={{ marginBottom: 8 }}>
                <Space>
                  <Typography.Text strong>{PART_NAMES[part]}</Typography.Text>
                  {e.canRecord.includes(part) ? (
                    <Button
                      size="small"
                      type="link"
                      icon={<EditOutlined />}
                      onClick={() => setWriting({ entry: e, part })}
                      data-testid={`review-write-${part}-${e.caseId}`}
                    >
                      {text ? "修改" : "填写"}
                    </Button>
                  ) : null}
                </Space>
                <Typography.Paragraph style={{ margin: 0 }} type={text ? undefined : "secondary"}>
                  {text ? `${text}（${by}，${formatDateTime(at)}）` : "未记录"}
                </Typography.Paragraph>
              </div>
            );
          })}
        </Card>
      ))}
      <Card
        size="small"
        title="共性问题与整改措施"
        extra={
          m.canEdit ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="review-meeting-edit"
            >
              编辑
            </Button>
          ) : null
        }
      >
        <Typography.Text strong>发现的共性问题</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
          {m.problems || "未记录"}
        </Typography.Paragraph>
        <Typography.Text strong>整改措施和后续工作</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
          {m.followUps || "未记录"}
        </Typography.Paragraph>
      </Card>
      {writing ? <WriteDialog meeting={m} {...writing} onClose={() => setWriting(null)} /> : null}
      {editing ? <EditDialog meeting={m} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

function WriteDialog({
  meeting,
  entry,
  part,
  onClose,
}: {
  meeting: ReviewMeeting;
  entry: ReviewEntry;
  part: ReviewPart;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const record = useRecordReview(meeting.id);
  const [form] = Form.useForm<{ text: string }>();
  const submit = async () => {
    const { text } = await form.validateFields();
    try {
      await record.mutateAsync({ caseId: entry.caseId, part, text });
      message.success(`已记录${PART_NAMES[part]}`);
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={`${PART_NAMES[part]}：${entry.caseNumber}`}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ "data-testid": "review-write-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="review-write-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ text: entry[`${part}Text`] ?? "" }}
      >
        <Form.Item name="text" rules={[{ required: true, min: 5, message: "不少于 5 个字" }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="review-write-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EditDialog({ meeting, onClose }: { meeting: ReviewMeeting; onClose: () => void }) {
  const { message } = App.useApp();
  const update = useUpdateMeeting(meeting.id);
  const [form] = Form.useForm<{ problems: string; followUps: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await update.mutateAsync({ ...values, version: meeting.version });
      message.success("已保存");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title="共性问题与整改措施"
      okText="保存"
      cancelText="取消"
      okButtonProps={{ "data-testid": "review-meeting-edit-submit" } as Record<string, string>}
      onOk={() => void submit()}
      confirmLoading={update.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="review-meeting-edit-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ problems: meeting.problems, followUps: meeting.followUps }}
      >
        <Form.Item name="problems" label="发现的共性问题（每行一条）">
          <Input.TextArea rows={4} maxLength={4000} data-testid="review-meeting-problems" />
        </Form.Item>
        <Form.Item name="followUps" label="整改措施和后续工作（每行一条）">
          <Input.TextArea rows={4} maxLength={4000} data-testid="review-meeting-follow-ups" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
