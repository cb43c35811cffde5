/**
 * 定时任务 (审管办, administrator): each job with its schedule, next run, versions and recipients, its
 * latest attempts (a failure with its error), 立即运行 for a period, and the schedule settings.
 */
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { type JobRow, type JobRunRow, useJobSettings, useJobs, useRunJob, useSaveJobSettings } from "../api";

const STATUS: Record<string, { label: string; color: string }> = {
  running: { label: "运行中", color: "processing" },
  succeeded: { label: "成功", color: "success" },
  failed: { label: "失败", color: "error" },
};
const TRIGGERS: Record<string, string> = {
  schedule: "定时",
  "catch-up": "补跑",
  retry: "重试",
  manual: "手动",
  demo: "演示",
};

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—";

function RunButton({ job }: { job: JobRow }) {
  const { message } = App.useApp();
  const run = useRunJob();
  const [period, setPeriod] = useState("");
  return (
    <Space.Compact>
      <Input
        aria-label={`${job.title}的期间`}
        data-testid={`job-period-${job.name}`}
        placeholder={
          job.period === "month" ? "期间，如 2024-06（默认上月）" : "期间，如 2024Q4（默认上季度）"
        }
        value={period}
        onChange={(e) => setPeriod(e.target.value)}
        style={{ width: 230 }}
      />
      <Button
        type="primary"
        loading={run.isPending}
        data-testid={`job-run-${job.name}`}
        onClick={() =>
          run.mutate(
            { name: job.name, period: period.trim() || undefined },
            {
              onSuccess: (r) => {
                const failed = r.runs.filter((x) => x.status === "failed");
                if (failed.length > 0)
                  message.error(`${r.title}（${r.period.name}）运行失败：${failed[0]?.error}`);
                else message.success(`${r.title}（${r.period.name}）已生成并归档`);
              },
              onError: (err) => message.error(errorMessage(err)),
            },
          )
        }
      >
        立即运行
      </Button>
    </Space.Compact>
  );
}

function SettingsForm() {
  const { message } = App.useApp();
  const settings = useJobSettings(true);
  const jobs = useJobs(true);
  const save = useSaveJobSettings();
  const [form] = Form.useForm();
  if (!settings.data || !jobs.data) return null;
  // The form starts from the settings as loaded; a refetch meanwhile (the window regaining focus)
  // does not overwrite what is being edited, as copying them in an effect did.
  const initial = {
    jobs: settings.data.jobs,
    maxAttempts: settings.data.retry.maxAttempts,
    backoff: settings.data.retry.backoffMinutes.join(", "),
    catchUp: settings.data.catchUp,
  };
  return (
    <Form
      form={form}
      initialValues={initial}
      layout="inline"
      onFinish={(v: {
        jobs: Record<string, { enabled: boolean; cron: string }>;
        maxAttempts: number;
        backoff: string;
        catchUp: number;
      }) =>
        save.mutate(
          {
            jobs: v.jobs,
            retry: {
              maxAttempts: v.maxAttempts,
              backoffMinutes: v.backoff
                .split(/[,，、\s]+/)
                .filter(Boolean)
                .map(Number),
            },
            catchUp: v.catchUp,
          },
          {
            onSuccess: () => message.success("定时任务设置已保存"),
            onError: (err) => message.error(errorMessage(err)),
          },
        )
      }
      style={{ rowGap: 12 }}
    >
      {jobs.data.jobs.map((j) => (
        <Space key={j.name} align="baseline" style={{ width: "100%" }}>
          <Typography.Text strong style={{ minWidth: 160, display: "inline-block" }}>
            {j.title}
          </Typography.Text>
          <Form.Item name={["jobs", j.name, "enabled"]} valuePropName="checked" label="启用">
            <Switch />
          </Form.Item>
          <Form.Item
            name={["jobs", j.name, "cron"]}
            label="执行时间"
            tooltip="五段 cron 表达式（北京时间）：分 时 日 月 星期，如 0 6 1 * * 表示每月1日6时"
          >
            <Input
              aria-label={`${j.title}执行时间`}
              data-testid={`job-cron-${j.name}`}
              style={{ width: 180 }}
            />
          </Form.Item>
        </Space>
      ))}
      <Form.Item name="maxAttempts" label="最多尝试次数">
        <InputNumber min={1} max={10} />
      </Form.Item>
      <Form.Item name="backoff" label="重试间隔（分钟）">
        <Input style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="catchUp" label="补跑回看次数">
        <InputNumber min={1} max={12} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" loading={save.isPending} data-testid="job-settings-save">
          保存设置
        </Button>
      </Form.Item>
    </Form>
  );
}

export function JobsPanel() {
  const jobs = useJobs(true);
  const runColumns: TableColumnsType<JobRunRow> = [
    { title: "期间", dataIndex: "periodLabel", width: 90 },
    { title: "版本", dataIndex: "scopeName", width: 120 },
    { title: "第几次", dataIndex: "attempt", width: 70, align: "right" },
    {
      title: "状态",
      dataIndex: "status",
      width: 80,
      render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag>,
    },
    { title: "方式", dataIndex: "trigger", width: 70, render: (t: string) => TRIGGERS[t] ?? t },
    { title: "数据截至", dataIndex: "dataDate", width: 110, render: (d: string | null) => d ?? "—" },
    { title: "开始", dataIndex: "startedAt", width: 170, render: time },
    {
      title: "错误",
      dataIndex: "error",
      render: (e: string | null) => (e ? <Typography.Text type="danger">{e}</Typography.Text> : ""),
    },
  ];
  return (
    <Flex vertical gap="middle">
      {(jobs.data?.jobs ?? []).map((j) => (
        <Card
          key={j.name}
          data-testid={`job-${j.name}`}
          size="small"
          title={
            <Space>
              {j.title}
              {j.enabled ? <Tag color="blue">{j.cron}</Tag> : <Tag>未启用</Tag>}
            </Space>
          }
          extra={<RunButton job={j} />}
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            下次运行：{time(j.nextRunAt)}
            {j.nextPeriod ? `（覆盖 ${j.nextPeriod}）` : ""}；版本：
            {j.scopes.map((s) => (
              <Tooltip
                key={s.scope}
                title={s.recipients.length ? `接收：${s.recipients.join("、")}` : "暂无接收人"}
              >
                <Tag>{s.scopeName}</Tag>
              </Tooltip>
            ))}
            {j.perDivision ? "" : "（该报表只出全院版本）"}
          </Typography.Paragraph>
          <Table<JobRunRow>
            data-testid={`job-runs-${j.name}`}
            size="small"
            rowKey="id"
            columns={runColumns}
            dataSource={j.runs}
            pagination={false}
            locale={{ emptyText: "尚未运行" }}
          />
        </Card>
      ))}
      <Card size="small" title="定时任务设置">
        <SettingsForm />
      </Card>
    </Flex>
  );
}
