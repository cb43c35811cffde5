/**
 * 事项详情 (/matters/:id): any workflow matter — 督办单, 四类案件监管, 阅核 … — with its facts, the
 * steps the reader may take now (forms from the server's field lists), its tasks with working days
 * left, and its trace in order (全程留痕). Outside the reader's reach the server answers 403.
 */
import { ArrowLeftOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Result, Skeleton, Space, Typography } from "antd";
import { useNavigate, useParams } from "react-router";
import { ApiError, errorMessage } from "../../../shared/api/client";
import { ForbiddenPage, NotFoundPage } from "../../../shared/errors/ErrorPages";
import { useMatter } from "../api";
import { MatterActions } from "../components/MatterActions";
import { fieldLabels, MatterHeader, MatterStateTag } from "../components/MatterHeader";
import { MatterTasks } from "../components/MatterTasks";
import { MatterTrace } from "../components/MatterTrace";

export default function MatterRoute() {
  const id = useParams().id ?? "";
  return <MatterPage key={id} id={id} />;
}

function MatterPage({ id }: { id: string }) {
  const navigate = useNavigate();
  const res = useMatter(id);
  if (res.error) {
    if (res.error instanceof ApiError && res.error.status === 403)
      return <ForbiddenPage title="无权查看该事项" subTitle={res.error.message} />;
    if (res.error instanceof ApiError && (res.error.status === 404 || res.error.status === 400))
      return <NotFoundPage title="事项不存在" subTitle="未找到该事项，可能编号有误。" />;
    return <Result status="error" title="事项加载失败" subTitle={errorMessage(res.error)} />;
  }
  const m = res.data;
  if (!m) return <Skeleton active />;
  const open = m.tasks.filter((t) => t.state === "open");
  return (
    <div data-testid="page-matter" data-matter-id={m.id}>
      <div className="page-title">
        <Space size={10} align="center" wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
          <Typography.Title level={4} data-testid="matter-title">
            {m.kindName} · {m.title}
          </Typography.Title>
          <MatterStateTag matter={m} />
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void res.refetch()} loading={res.isFetching}>
          刷新
        </Button>
      </div>
      <Card size="small" title="事项信息" style={{ marginBottom: 12 }}>
        <MatterHeader matter={m} />
        {m.actions.length ? (
          <div style={{ marginTop: 12 }}>
            <MatterActions matter={m} />
          </div>
        ) : null}
      </Card>
      <Card
        size="small"
        title={`待办（${open.length} 项未办）`}
        style={{ marginBottom: 12 }}
        styles={{ body: { padding: 0 } }}
      >
        <MatterTasks tasks={m.tasks} />
      </Card>
      <Card size="small" title={`办理记录（全程留痕，${m.trace.length} 步）`}>
        <MatterTrace trace={m.trace} labels={fieldLabels(m)} />
      </Card>
    </div>
  );
}
