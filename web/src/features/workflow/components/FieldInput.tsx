/**
 * One field of a workflow step's form, from its FieldSpec: the input that suits its type and the
 * rules the server checks (required, at least / at most so many characters, a choice among the
 * options, a date not before today), with the server's own Chinese wording.
 */
import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from "antd";
import type { Rule } from "antd/es/form";
import dayjs, { type Dayjs } from "dayjs";
import type { FieldSpec } from "../types";

/** Characters as the server counts them (code points of the trimmed text). */
function charCount(s: string): number {
  return [...s.trim()].length;
}

export function fieldRules(f: FieldSpec): Rule[] {
  const rules: Rule[] = [];
  if (f.required)
    rules.push({
      validator: (_, v: unknown) => {
        const empty =
          v === undefined ||
          v === null ||
          (typeof v === "string" && v.trim() === "") ||
          (Array.isArray(v) && v.length === 0);
        return empty ? Promise.reject(new Error(`请填写${f.label}`)) : Promise.resolve();
      },
    });
  if (f.type === "text" && (f.minLength !== undefined || f.maxLength !== undefined))
    rules.push({
      validator: (_, v: unknown) => {
        if (typeof v !== "string" || v.trim() === "") return Promise.resolve();
        const n = charCount(v);
        if (f.minLength !== undefined && n < f.minLength)
          return Promise.reject(new Error(`${f.label}不少于 ${f.minLength} 个字（现为 ${n} 个字）`));
        if (f.maxLength !== undefined && n > f.maxLength)
          return Promise.reject(new Error(`${f.label}不超过 ${f.maxLength} 个字（现为 ${n} 个字）`));
        return Promise.resolve();
      },
    });
  if (f.type === "date" && f.notPast)
    rules.push({
      validator: (_, v: Dayjs | null | undefined) =>
        v?.isBefore(dayjs(), "day") ? Promise.reject(new Error(`${f.label}不能早于今天`)) : Promise.resolve(),
    });
  return rules;
}

/** A long text (a note, an opinion) gets a text area; a short one (a name) a line. */
function isLongText(f: FieldSpec): boolean {
  return f.maxLength === undefined || f.maxLength > 60 || (f.minLength ?? 0) >= 5 || f.name === "note";
}

function control(f: FieldSpec) {
  const testId = `field-${f.name}`;
  const options = (f.options ?? []).map((o) => ({ value: o, label: o }));
  switch (f.type) {
    case "text":
      return isLongText(f) ? (
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          showCount={f.maxLength !== undefined}
          placeholder={f.minLength ? `不少于 ${f.minLength} 个字` : undefined}
          data-testid={testId}
        />
      ) : (
        <Input data-testid={testId} />
      );
    case "date":
      return (
        <DatePicker
          style={{ width: 200 }}
          disabledDate={f.notPast ? (d) => d.isBefore(dayjs(), "day") : undefined}
          data-testid={testId}
        />
      );
    case "number":
      return <InputNumber style={{ width: 200 }} data-testid={testId} />;
    case "choice":
      return options.length <= 4 ? (
        <Radio.Group options={options} data-testid={testId} />
      ) : (
        <Select options={options} allowClear data-testid={testId} />
      );
    case "choices":
      return options.length <= 6 ? (
        <Checkbox.Group options={options} data-testid={testId} />
      ) : (
        <Select mode="multiple" options={options} allowClear data-testid={testId} />
      );
  }
}

export function FieldInput({ field }: { field: FieldSpec }) {
  return (
    <Form.Item name={field.name} label={field.label} rules={fieldRules(field)} required={field.required}>
      {control(field)}
    </Form.Item>
  );
}

/** The form's values as the server takes them: dates as YYYY-MM-DD, empty values left out. */
export function inputOf(
  fields: readonly FieldSpec[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v === undefined || v === null || v === "") continue;
    if (f.type === "date" && dayjs.isDayjs(v)) input[f.name] = v.format("YYYY-MM-DD");
    else if (typeof v === "string") input[f.name] = v.trim();
    else input[f.name] = v;
  }
  return input;
}
