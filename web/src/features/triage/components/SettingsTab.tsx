/**
 * 分流规则设置: the levers of the triage rules — the dated table of the province's previous-year
 * average wage (a demo figure is tagged 演示数据), the 小额诉讼 shares, the cause lists (chosen from
 * the 案由 catalogue), the 速裁 criteria and the 普通程序 signs — edited by the office and saved
 * whole (a bad field is refused by the server, named in Chinese, nothing saved); the rule catalogue
 * with its bases; and the history of every change (who, when, what).
 */
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { formatDateTime } from "../../../shared/format";
import { useSession } from "../../../shared/session/session";
import {
  type AverageWage,
  type TriageSettings,
  useCivilCauses,
  useSaveTriageSettings,
  useSettingsHistory,
  useTriageSettings,
} from "../api";

type WageRow = AverageWage & { key: number };
type CauseKey = "moneyCauses" | "personalRelationCauses" | "ownershipCauses";

export function SettingsTab() {
  const { message } = App.useApp();
  const { meta } = useSession();
  const q = useTriageSettings();
  const causes = useCivilCauses();
  const save = useSaveTriageSettings();
  const [s, setS] = useState<TriageSettings | null>(null);
  const [wages, setWages] = useState<WageRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [historyPage, setHistoryPage] = useState(1);
  const history = useSettingsHistory(historyPage);
  useEffect(() => {
    if (!q.data) return;
    setS(q.data.settings);
    setWages(q.data.settings.averageWages.map((w, i) => ({ ...w, key: i })));
  }, [q.data]);
  if (q.isError) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  const editable = q.data?.actions.includes("edit-triage-settings") ?? false;
  const labels = q.data?.labels ?? {};
  const causeOptions = (causes.data?.causes ?? []).map((c) => ({ value: c, label: c }));
  const setWage = (key: number, patch: Partial<WageRow>) =>
    setWages((ws) => ws.map((w) => (w.key === key ? { ...w, ...patch } : w)));

  const onSave = async () => {
    if (!s) return;
    setError(null);
    try {
      await save.mutateAsync({ ...s, averageWages: wages.map(({ key: _k, ...w }) => w) });
      message.success("繁简分流规则设置已保存");
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const num = (label: string, value: number | undefined, onChange: (v: number) => void, suffix?: string) => (
    <Descriptions.Item label={label}>
      {editable ? (
        <InputNumber
          size="small"
          value={value}
          onChange={(v) => v !== null && onChange(Number(v))}
          addonAfter={suffix}
          style={{ width: 200 }}
        />
      ) : (
        `${value ?? "—"}${suffix ?? ""}`
      )}
    </Descriptions.Item>
  );
  const causeList = (key: CauseKey | "fastTrack.causes") => {
    const value = key === "fastTrack.causes" ? s?.fastTrack.causes : s?.[key];
    const set = (v: string[]) =>
      setS((x) =>
        x
          ? key === "fastTrack.causes"
            ? { ...x, fastTrack: { ...x.fastTrack, causes: v } }
            : { ...x, [key]: v }
          : x,
      );
    return (
      <Descriptions.Item label={labels[key] ?? key} span={2}>
        {editable ? (
          <Select
            mode={causeOptions.length > 0 ? "multiple" : "tags"}
            showSearch
            size="small"
            style={{ width: "100%" }}
            value={value ?? []}
            onChange={set}
            options={causeOptions}
            placeholder="从案由目录中选择（含下级案由）"
          />
        ) : (
          <Space size={4} wrap>
            {(value ?? []).map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
          </Space>
        )}
      </Descriptions.Item>
    );
  };

  return (
    <div data-testid="triage-settings">
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 8 }}
          data-testid="triage-settings-error"
        />
      ) : null}
      <Card
        size="small"
        loading={q.isLoading}
        title={
          <Space>
            上年度就业人员年平均工资
            <Typography.Text type="secondary">
              （《中华人民共和国民事诉讼法》第一百六十五条；由本院录入本省公布的数字）
            </Typography.Text>
          </Space>
        }
        extra={
          editable ? (
            <Space>
              <Button
                size="small"
                onClick={() =>
                  setWages((ws) => [
                    ...ws,
                    {
                      key: Math.max(0, ...ws.map((w) => w.key)) + 1,
                      appliesFrom: "",
                      wageYear: new Date().getFullYear() - 1,
                      yuan: 0,
                      source: "",
                    },
                  ])
                }
              >
                添加一行
              </Button>
              <Button
                type="primary"
                size="small"
                loading={save.isPending}
                onClick={() => void onSave()}
                data-testid="triage-settings-save"
              >
                保存设置
              </Button>
            </Space>
          ) : null
        }
      >
        {wages.length === 0 && !q.isLoading ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title="尚未录入年平均工资：无法判断小额诉讼标的额标准，所有案件均不建议适用小额诉讼程序。"
          />
        ) : null}
        <Table<WageRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={wages}
          data-testid="triage-wages"
          columns={[
            {
              title: "适用起始日期",
              dataIndex: "appliesFrom",
              width: 150,
              render: (v: string, r) =>
                editable ? (
                  <Input
                    size="small"
                    value={v}
                    placeholder="2025-06-01"
                    onChange={(e) => setWage(r.key, { appliesFrom: e.target.value })}
                  />
                ) : (
                  v
                ),
            },
            {
              title: "工资年度",
              dataIndex: "wageYear",
              width: 110,
              render: (v: number, r) =>
                editable ? (
                  <InputNumber
                    size="small"
                    value={v}
                    onChange={(x) => x !== null && setWage(r.key, { wageYear: Number(x) })}
                  />
                ) : (
                  `${v}年`
                ),
            },
            {
              title: "年平均工资（元）",
              dataIndex: "yuan",
              width: 160,
              render: (v: number, r) =>
                editable ? (
                  <InputNumber
                    size="small"
                    value={v}
                    style={{ width: 140 }}
                    onChange={(x) => x !== null && setWage(r.key, { yuan: Number(x) })}
                  />
                ) : (
                  v.toLocaleString("zh-CN")
                ),
            },
            {
              title: "小额诉讼标准（元）",
              key: "threshold",
              width: 150,
              render: (_: unknown, r) =>
                s
                  ? `${Math.round(r.yuan * s.smallClaimsShare).toLocaleString("zh-CN")}（约定 ${Math.round(r.yuan * s.consentMultiple).toLocaleString("zh-CN")}）`
                  : "—",
            },
            {
              title: "发布来源",
              dataIndex: "source",
              render: (v: string, r) => (
                <Space>
                  {r.demo ? (
                    <Tag color="orange" data-testid="triage-demo-tag">
                      演示数据
                    </Tag>
                  ) : null}
                  {editable ? (
                    <Input
                      size="small"
                      value={v}
                      style={{ minWidth: 280 }}
                      onChange={(e) => setWage(r.key, { source: e.target.value, demo: undefined })}
                    />
                  ) : (
                    v
                  )}
                </Space>
              ),
            },
            ...(editable
              ? [
                  {
                    title: "",
                    key: "remove",
                    width: 60,
                    render: (_: unknown, r: WageRow) => (
                      <Button
                        size="small"
                        type="link"
                        danger
                        onClick={() => setWages((ws) => ws.filter((w) => w.key !== r.key))}
                      >
                        删除
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {s ? (
        <Row gutter={12} style={{ marginTop: 12 }}>
          <Col span={24}>
            <Card size="small" title="小额诉讼">
              <Descriptions size="small" column={2} bordered>
                {num(
                  labels.smallClaimsShare ?? "",
                  s.smallClaimsShare * 100,
                  (v) => setS({ ...s, smallClaimsShare: v / 100 }),
                  "%",
                )}
                {num(
                  labels.consentMultiple ?? "",
                  s.consentMultiple,
                  (v) => setS({ ...s, consentMultiple: v }),
                  "倍",
                )}
                {causeList("moneyCauses")}
                {causeList("personalRelationCauses")}
                {causeList("ownershipCauses")}
              </Descriptions>
            </Card>
          </Col>
          <Col span={24} style={{ marginTop: 12 }}>
            <Card size="small" title="速裁（本院《民事速裁案件适用工作的规定》）">
              <Descriptions size="small" column={2} bordered>
                <Descriptions.Item label={labels["fastTrack.divisions"]} span={2}>
                  {editable ? (
                    <Select
                      mode="tags"
                      size="small"
                      style={{ width: "100%" }}
                      value={s.fastTrack.divisions}
                      onChange={(v) => setS({ ...s, fastTrack: { ...s.fastTrack, divisions: v } })}
                      options={(meta?.divisions ?? []).map((d) => ({ value: d.name, label: d.name }))}
                    />
                  ) : (
                    s.fastTrack.divisions.join("、")
                  )}
                </Descriptions.Item>
                {causeList("fastTrack.causes")}
                {num(
                  labels["fastTrack.maxAmountYuan"] ?? "",
                  s.fastTrack.maxAmountYuan,
                  (v) => setS({ ...s, fastTrack: { ...s.fastTrack, maxAmountYuan: v } }),
                  "元（0 为不限）",
                )}
                {num(
                  labels["fastTrack.maxParties"] ?? "",
                  s.fastTrack.maxParties,
                  (v) => setS({ ...s, fastTrack: { ...s.fastTrack, maxParties: v } }),
                  "人",
                )}
              </Descriptions>
            </Card>
          </Col>
          <Col span={24} style={{ marginTop: 12 }}>
            <Card size="small" title="普通程序与退案">
              <Descriptions size="small" column={2} bordered>
                {num(
                  labels["ordinary.minParties"] ?? "",
                  s.ordinary.minParties,
                  (v) => setS({ ...s, ordinary: { ...s.ordinary, minParties: v } }),
                  "人及以上",
                )}
                {num(
                  labels["ordinary.highAmountYuan"] ?? "",
                  s.ordinary.highAmountYuan,
                  (v) => setS({ ...s, ordinary: { ...s.ordinary, highAmountYuan: v } }),
                  "元及以上",
                )}
                {num(
                  labels.transferBackDays ?? "",
                  s.transferBackDays,
                  (v) => setS({ ...s, transferBackDays: v }),
                  "天（自立案之日起）",
                )}
              </Descriptions>
            </Card>
          </Col>
        </Row>
      ) : null}
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          {
            key: "rules",
            label: "分流规则与依据",
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={q.data?.rules ?? []}
                columns={[
                  { title: "规则", dataIndex: "title" },
                  { title: "指向", dataIndex: "track", width: 110 },
                  { title: "依据", dataIndex: "basis" },
                  {
                    title: "相关设置",
                    dataIndex: "settings",
                    render: (keys: string[]) => keys.map((k) => labels[k] ?? k).join("、"),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <Card size="small" title="修改记录" style={{ marginTop: 12 }}>
        <Table
          size="small"
          rowKey="id"
          loading={history.isFetching}
          dataSource={history.data?.rows ?? []}
          data-testid="triage-settings-history"
          pagination={{
            current: historyPage,
            pageSize: 10,
            total: history.data?.total ?? 0,
            showTotal: (n) => `共 ${n} 次修改`,
            onChange: setHistoryPage,
          }}
          columns={[
            { title: "修改时间", dataIndex: "at", width: 170, render: formatDateTime },
            { title: "修改人", dataIndex: "user", width: 120 },
            {
              title: "修改内容",
              dataIndex: "changes",
              render: (cs: { field: string; label: string; before: string; after: string }[]) =>
                cs.length === 0 ? (
                  <Typography.Text type="secondary">保存，未改变设置</Typography.Text>
                ) : (
                  cs.map((c) => (
                    <div key={c.field}>
                      <Typography.Text strong>{c.label}</Typography.Text>：{c.before} → {c.after}
                    </div>
                  ))
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
