/**
 * 考核办法 editor: name, version, the dates it is in force, and its items in a table — indicator
 * (from the catalogue), weight, method and the method's parameters (shares entered as percentages),
 * a note. The server checks the scheme whole; its faults are listed naming the item, and the
 * faulty rows are marked.
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { ApiError, errorMessage } from "../../../shared/api/client";
import type { IndicatorInfo } from "../../../shared/api/types";
import { useSaveScheme } from "../api";
import type { SchemeItem, SchemeRow, ScoringMethod } from "../types";

const METHODS: { value: ScoringMethod; label: string }[] = [
  { value: "range", label: "区间达标" },
  { value: "target", label: "线性得分" },
  { value: "relative", label: "比例得分" },
  { value: "deduct", label: "扣分" },
];

/** Parameters kept as fractions for shares (entered as percentages); `points` and `penalty` are points. */
const SCALED = ["min", "max", "step", "target", "floor"] as const;
const PARAMS: Record<ScoringMethod, { field: keyof SchemeItem; label: string }[]> = {
  range: [
    { field: "min", label: "下限" },
    { field: "max", label: "上限" },
    { field: "step", label: "档距" },
    { field: "penalty", label: "每档扣分" },
  ],
  target: [
    { field: "target", label: "目标值" },
    { field: "floor", label: "零分线" },
  ],
  relative: [],
  deduct: [{ field: "points", label: "每件扣分" }],
};

type FormItem = Partial<SchemeItem>;
interface FormValues {
  name: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  items: FormItem[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function scale(item: FormItem, unit: string | undefined, k: number): FormItem {
  if (unit !== "%") return { ...item };
  const out: FormItem = { ...item };
  for (const f of SCALED) {
    const v = item[f];
    if (typeof v === "number") out[f] = round6(v * k);
  }
  return out;
}

export interface SchemeDraft {
  /** null: a new scheme (or a new version of one). */
  id: number | null;
  scheme: Pick<SchemeRow, "name" | "version" | "effectiveFrom" | "effectiveTo" | "items">;
}

export function SchemeEditor({
  draft,
  catalogue,
  onClose,
  onSaved,
}: {
  draft: SchemeDraft;
  catalogue: IndicatorInfo[];
  onClose: () => void;
  onSaved: (s: SchemeRow) => void;
}) {
  const byId = useMemo(() => new Map(catalogue.map((i) => [i.id, i])), [catalogue]);
  const [form] = Form.useForm<FormValues>();
  const save = useSaveScheme();
  const [faults, setFaults] = useState<{ lines: string[]; rows: Set<number> } | null>(null);
  const initial: FormValues = {
    name: draft.scheme.name,
    version: draft.scheme.version,
    effectiveFrom: draft.scheme.effectiveFrom,
    effectiveTo: draft.scheme.effectiveTo ?? undefined,
    items: draft.scheme.items.map((i) => scale(i, byId.get(i.indicator)?.unit, 100)),
  };
  const items = Form.useWatch("items", form) ?? initial.items;
  const weightSum = items.reduce((s, i) => s + (typeof i?.weight === "number" ? i.weight : 0), 0);

  const submit = async () => {
    const v = form.getFieldsValue(true) as FormValues;
    setFaults(null);
    const body = {
      name: v.name ?? "",
      version: v.version ?? "",
      effectiveFrom: v.effectiveFrom ?? "",
      effectiveTo: v.effectiveTo ? v.effectiveTo : null,
      items: (v.items ?? []).map((raw) => {
        const unit = raw.indicator ? byId.get(raw.indicator)?.unit : undefined;
        const item = scale(raw, unit, 1 / 100);
        // Only the chosen method's parameters, and no empty fields.
        const keep = new Set<string>([
          "indicator",
          "weight",
          "method",
          "note",
          ...PARAMS[raw.method ?? "relative"].map((p) => p.field),
        ]);
        return Object.fromEntries(
          Object.entries(item).filter(([k, x]) => keep.has(k) && x !== undefined && x !== null && x !== ""),
        );
      }),
    };
    try {
      const saved = await save.mutateAsync({ id: draft.id, body });
      onSaved(saved);
    } catch (err) {
      const text = errorMessage(err);
      const lines = text.replace(/^考核办法有误：/, "").split("；");
      const rows = new Set<number>();
      for (const l of lines) {
        const m = /^第 (\d+) 项/.exec(l);
        if (m) rows.add(Number(m[1]) - 1);
      }
      if (err instanceof ApiError && rows.size === 0 && err.field === undefined)
        setFaults({ lines: [text], rows });
      else setFaults({ lines, rows });
    }
  };

  const options = catalogue.map((i) => ({ value: i.id, label: `${i.name}（${i.unit}）` }));

  return (
    <Modal
      open
      width={1180}
      title={draft.id === null ? "新建考核办法（版本）" : "修改考核办法"}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      okButtonProps={{ "data-testid": "scheme-save" } as Record<string, string>}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      data-testid="scheme-editor"
    >
      <Form form={form} initialValues={initial} layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item name="name" label="名称">
          <Input style={{ width: 260 }} data-testid="scheme-name" />
        </Form.Item>
        <Form.Item name="version" label="版本">
          <Input style={{ width: 110 }} data-testid="scheme-version" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label="施行日期">
          <Input style={{ width: 120 }} placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="effectiveTo" label="截止日期">
          <Input style={{ width: 120 }} placeholder="可不填" />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <div style={{ width: "100%", marginTop: 8 }}>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                rowClassName={(_, i) => (faults?.rows.has(i) ? "scheme-item-fault" : "")}
                onRow={(_, i) =>
                  ({
                    style: faults?.rows.has(i ?? -1) ? { background: "#fff1f0" } : undefined,
                    "data-testid": "scheme-item-row",
                  }) as React.HTMLAttributes<HTMLElement>
                }
                columns={[
                  { title: "序号", width: 50, render: (_, __, i) => i + 1 },
                  {
                    title: "指标",
                    width: 250,
                    render: (_, f) => (
                      <Form.Item name={[f.name, "indicator"]} noStyle>
                        <Select
                          showSearch
                          optionFilterProp="label"
                          options={options}
                          style={{ width: 240 }}
                          placeholder="选择指标"
                          data-testid="item-indicator"
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: "权重",
                    width: 80,
                    render: (_, f) => (
                      <Form.Item name={[f.name, "weight"]} noStyle>
                        <InputNumber style={{ width: 70 }} data-testid="item-weight" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: "计分方法",
                    width: 120,
                    render: (_, f) => (
                      <Form.Item name={[f.name, "method"]} noStyle>
                        <Select options={METHODS} style={{ width: 110 }} data-testid="item-method" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: "参数（比例类指标按百分数填写）",
                    render: (_, f, i) => {
                      const it = items[i] ?? {};
                      const unit = it.indicator ? byId.get(it.indicator)?.unit : undefined;
                      const params = PARAMS[(it.method as ScoringMethod) ?? "relative"] ?? [];
                      if (params.length === 0)
                        return <Typography.Text type="secondary">以各单位最优值为满分</Typography.Text>;
                      return (
                        <Space size={4} wrap>
                          {params.map((p) => (
                            <Form.Item key={p.field} name={[f.name, p.field]} noStyle>
                              <InputNumber
                                style={{ width: 118 }}
                                prefix={<span style={{ color: "#888" }}>{p.label}</span>}
                                suffix={
                                  unit === "%" && (SCALED as readonly string[]).includes(p.field)
                                    ? "%"
                                    : undefined
                                }
                                data-testid={`item-${p.field}`}
                              />
                            </Form.Item>
                          ))}
                        </Space>
                      );
                    },
                  },
                  {
                    title: "说明",
                    width: 200,
                    render: (_, f) => (
                      <Form.Item name={[f.name, "note"]} noStyle>
                        <Input.TextArea autoSize={{ maxRows: 3 }} style={{ width: 190 }} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: "",
                    width: 40,
                    render: (_, f) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label="删除该项"
                        onClick={() => remove(f.name)}
                      />
                    ),
                  },
                ]}
              />
              <Space style={{ marginTop: 8 }}>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ method: "range", weight: 5 })}
                  data-testid="add-item"
                >
                  添加项目
                </Button>
                <Typography.Text type={weightSum === 100 ? "secondary" : "warning"}>
                  权重合计 {weightSum} 分{weightSum === 100 ? "" : "（总分按实际计分项的权重折算为百分制）"}
                </Typography.Text>
              </Space>
            </div>
          )}
        </Form.List>
      </Form>
      {faults ? (
        <Alert
          type="error"
          showIcon
          message="考核办法未保存"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="scheme-errors">
              {faults.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Modal>
  );
}
