/**
 * Numeric settings read from the environment: each a positive whole number with a default. A
 * variable set to anything else is refused with its name, so a typo does not silently fall back.
 */
export interface NumericSetting {
  env: string;
  default: number;
}

export function positiveIntegerSettings<K extends string>(
  settings: Readonly<Record<K, NumericSetting>>,
  env: Record<string, string | undefined> = process.env,
): Record<K, number> {
  const values = {} as Record<K, number>;
  for (const [key, setting] of Object.entries(settings) as [K, NumericSetting][]) {
    const raw = env[setting.env]?.trim();
    if (raw === undefined || raw === "") {
      values[key] = setting.default;
      continue;
    }
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
      throw new Error(`环境变量 ${setting.env} 应为正整数，当前为 ${JSON.stringify(raw)}`);
    }
    values[key] = value;
  }
  return values;
}
