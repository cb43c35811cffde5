/**
 * 案件权重: the table of weights by type code and procedure. The office edits and saves it; a bad
 * row is refused by the server with its number and value, and nothing is saved.
 */
import { Alert, App, Button, Card, Input, InputNumber, Space, Table, Typography } from "antd";
import { useEffect, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useSaveWeights, useWeights, type WeightsView } from "../api";

type Row = WeightsView["rows"][number] & { key: number };

export function WeightsEditor() {
  const { message } = App.useApp();
  const q = useWeights();
  const save = useSaveWeights();
  const [rows, setRows] = useState<Row[]>([]);
  const [other, setOther] = useState<number>(1);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!q.data) return;
    setRows(q.data.rows.map((r, i) => ({ ...r, key: i })));
    setOther(q.data.otherWeight);
  }, [q.data]);
  if (q.isError) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  const editable = q.data?.actions.includes("edit-workload-weights") ?? false;
  const set = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const onSave = async () => {
    setError(null);
    try {
      await save.mutateAsync({
        otherWeight: other,
        rows: rows.map(({ key: _k, ...r }) => r),
      });
      message.success("案件权重已保存");
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Card
      size="small"
      loading={q.isLoading}
      title={
        <Space>
          案件权重
          {q.data?.isDefault ? (
            <Typography.Text type="secondary">（系统默认值，本院实践）</Typography.Text>
          ) : null}
        </Space>
      }
      extra={
        editable ? (
          <Space>
            <Button
              size="small"
              onClick={() =>
                setRows((rs) => [
                  ...rs,
                  {
                    key: Math.max(0, ...rs.map((r) => r.key)) + 1,
                    typeCode: "",
                    procedure: "*",
                    weight: 1,
                    basis: "本院实践",
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
              data-testid="weights-save"
            >
              保存
            </Button>
          </Space>
        ) : null
      }
    >
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} data-testid="weights-error" />
      ) : null}
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: "行", key: "n", width: 50, render: (_: unknown, _r, i) => i + 1 },
          {
            title: "案件类型代字",
            dataIndex: "typeCode",
            render: (v: string, r) =>
              editable ? (
                <Input size="small" value={v} onChange={(e) => set(r.key, { typeCode: e.target.value })} />
              ) : (
                v
              ),
          },
          {
            title: "审理程序",
            dataIndex: "procedure",
            render: (v: string, r) =>
              editable ? (
                <Input size="small" value={v} onChange={(e) => set(r.key, { procedure: e.target.value })} />
              ) : v === "*" ? (
                "任何程序"
              ) : (
                v
              ),
          },
          {
            title: "权重",
            dataIndex: "weight",
            render: (v: number, r) =>
              editable ? (
                <InputNumber
                  size="small"
                  value={v}
                  step={0.1}
                  onChange={(x) => set(r.key, { weight: x ?? 0 })}
                  data-testid={`weight-${r.key}`}
                />
              ) : (
                v
              ),
          },
          {
            title: "依据",
            dataIndex: "basis",
            render: (v: string, r) =>
              editable ? (
                <Input size="small" value={v} onChange={(e) => set(r.key, { basis: e.target.value })} />
              ) : (
                v
              ),
          },
          ...(editable
            ? [
                {
                  title: "",
                  key: "del",
                  width: 60,
                  render: (_: unknown, r: Row) => (
                    <Button
                      type="link"
                      size="small"
                      danger
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    >
                      删除
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Typography.Text>未列明代字的案件权重：</Typography.Text>
        {editable ? (
          <InputNumber size="small" value={other} step={0.1} onChange={(x) => setOther(x ?? 0)} />
        ) : (
          other
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        以民初普通程序为
        1。审理程序填“*”表示该代字的其他程序。最高人民法院要求法官业绩考核采用加权测算（法发〔2020〕26 号），
        但未发布全国统一的权重表，默认值为本院实践，可按本院测算结果调整。
      </Typography.Paragraph>
    </Card>
  );
}
