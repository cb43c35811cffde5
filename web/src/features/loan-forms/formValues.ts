/**
 * The element form as the screen holds it (text in every rate box, empty boxes for absent amounts)
 * and as the API takes it (LoanForm): a rate typed as a plain number ("0.12") is an annual rate as
 * a fraction; any text ("月息2分", "年利率12%", "日息万分之五") goes to the server as written — a bare
 * "12%" too, which the calculator refuses as not saying 年, 月 or 日.
 */
import type { LoanForm } from "./api";

export type PartyKind = "自然人" | "企业" | "其他组织";

export interface LoanFormValues {
  lenders: { name: string; kind: PartyKind }[];
  borrowers: { name: string; kind: PartyKind }[];
  contractDate: string;
  principalStated: number | null;
  deliveries: { date: string; amount: number | null }[];
  agreedTermEnd: string;
  agreedRate: string;
  overdueRate: string;
  penaltyRate: string;
  otherFeesRate: string;
  repayments: { date: string; amount: number | null }[];
  costs: number | null;
  costsIncurredOn: string;
  dayBasis: 360 | 365;
  setOffOrder: "法定顺序" | "本金优先";
  guarantee: string;
  filedOn: string;
}

function rateOut(text: string | undefined): number | string | null {
  const t = (text ?? "").trim();
  if (t === "") return null;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

function rateIn(r: number | string | null | undefined): string {
  if (r === null || r === undefined) return "";
  return String(r);
}

export function toValues(form: LoanForm): LoanFormValues {
  return {
    lenders: (form.lenders ?? []).map((p) => ({ ...p })),
    borrowers: (form.borrowers ?? []).map((p) => ({ ...p })),
    contractDate: form.contractDate ?? "",
    principalStated: form.principalStated || null,
    deliveries: form.deliveries.map((d) => ({ ...d })),
    agreedTermEnd: form.agreedTermEnd ?? "",
    agreedRate: rateIn(form.agreedRate),
    overdueRate: rateIn(form.overdueRate),
    penaltyRate: rateIn(form.penaltyRate),
    otherFeesRate: rateIn(form.otherFeesRate),
    repayments: form.repayments.map((d) => ({ ...d })),
    costs: form.costs || null,
    costsIncurredOn: form.costsIncurredOn ?? "",
    dayBasis: form.dayBasis ?? 360,
    setOffOrder: form.setOffOrder ?? "法定顺序",
    guarantee: form.guarantee ?? "",
    filedOn: form.filedOn ?? "",
  };
}

export function toForm(v: LoanFormValues): LoanForm {
  const amounts = (list: { date: string; amount: number | null }[] | undefined) =>
    (list ?? []).map((d) => ({ date: (d?.date ?? "").trim(), amount: d?.amount ?? 0 }));
  const parties = (list: { name: string; kind: PartyKind }[] | undefined) =>
    (list ?? [])
      .filter((p) => p && (p.name ?? "").trim() !== "")
      .map((p) => ({ name: p.name.trim(), kind: p.kind ?? "自然人" }));
  return {
    lenders: parties(v.lenders),
    borrowers: parties(v.borrowers),
    contractDate: (v.contractDate ?? "").trim(),
    principalStated: v.principalStated ?? 0,
    deliveries: amounts(v.deliveries),
    agreedTermEnd: (v.agreedTermEnd ?? "").trim() || null,
    agreedRate: rateOut(v.agreedRate),
    overdueRate: rateOut(v.overdueRate),
    penaltyRate: rateOut(v.penaltyRate),
    otherFeesRate: rateOut(v.otherFeesRate),
    repayments: amounts(v.repayments),
    costs: v.costs ?? 0,
    costsIncurredOn: (v.costsIncurredOn ?? "").trim() || null,
    dayBasis: v.dayBasis ?? 360,
    setOffOrder: v.setOffOrder ?? "法定顺序",
    guarantee: (v.guarantee ?? "").trim() || null,
    filedOn: (v.filedOn ?? "").trim() || null,
  };
}

/** fen → "12,345.67 元" */
export function yuanOfFen(fen: number): string {
  return `${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

/** 0.138 → "13.8%" */
export function percent(rate: number): string {
  return `${Math.round(rate * 1_000_000) / 10_000}%`;
}
