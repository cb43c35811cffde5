import { DatePicker, Segmented, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type PeriodChoice, type PeriodMode, periodOf } from "../../../shared/period";

const MODES: { value: PeriodMode; label: string }[] = [
  { value: "month", label: "月" },
  { value: "quarter", label: "季" },
  { value: "year", label: "年" },
  { value: "custom", label: "自定义" },
];

const fmt = (d: Dayjs) => d.format("YYYY-MM-DD");

export function PeriodPicker({
  value,
  today,
  onChange,
}: {
  value: PeriodChoice;
  today: string;
  onChange: (p: PeriodChoice) => void;
}) {
  const todayD = dayjs(today);
  const from = dayjs(value.from);
  const future = (d: Dayjs) => d.isAfter(todayD, "day");
  const quarterFormat = (d: Dayjs) => `${d.year()}年第${Math.floor(d.month() / 3) + 1}季度`;

  return (
    <Space size={8} wrap data-testid="period-picker">
      <Segmented<PeriodMode>
        value={value.mode}
        options={MODES}
        onChange={(mode) => {
          if (mode === "custom") onChange({ ...value, mode });
          else {
            // The latest period of that kind that has begun by the current period's end.
            onChange(periodOf(mode, value.to, today));
          }
        }}
        data-testid="period-mode"
      />
      {value.mode === "custom" ? (
        <DatePicker.RangePicker
          value={[from, dayjs(value.to)]}
          allowClear={false}
          disabledDate={future}
          format="YYYY年M月D日"
          style={{ width: 280 }}
          onChange={(r) => {
            if (r?.[0] && r[1]) onChange({ mode: "custom", from: fmt(r[0]), to: fmt(r[1]) });
          }}
        />
      ) : (
        <DatePicker
          picker={value.mode}
          value={from}
          allowClear={false}
          disabledDate={(d) => d.startOf(value.mode === "year" ? "year" : "month").isAfter(todayD, "day")}
          format={value.mode === "month" ? "YYYY年M月" : value.mode === "year" ? "YYYY年" : quarterFormat}
          style={{ width: 150 }}
          onChange={(d) => {
            if (d) onChange(periodOf(value.mode as Exclude<PeriodMode, "custom">, fmt(d), today));
          }}
        />
      )}
    </Space>
  );
}
