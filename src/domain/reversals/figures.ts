/**
 * The 发改案件 register's own figures: computed by the register's use cases from the register and
 * the stored classifications (not over case_facts, so not in the indicator catalogue), shown on the
 * 发改案件 page by division and judge over any period, each drilling to its entries; listed in
 * docs/indicators.md from here.
 */
export interface RegisterFigure {
  id: string;
  name: string;
  definition: string;
  scope: string;
  basis: string;
}

export const REGISTER_FIGURES: readonly RegisterFigure[] = [
  {
    id: "reversal_entries",
    name: "发改案件数（改判、发回重审）",
    definition:
      "二审结果日期在统计期间内的发改案件数，分改判、发回重审；一审案件的二审结果与二审案件（原审案号指向该案、结案方式为改判或发回重审）合并为一件，日期以二审案件的结案日期为准。",
    scope: "本院一审案件（民初、刑初、行初）；按二审结果日期归属期间",
    basis:
      "发改案件台账（本院做法）；二审裁判方式见民事诉讼法第一百七十七条、刑事诉讼法第二百三十六条、行政诉讼法第八十九条",
  },
  {
    id: "reversal_error_share",
    name: "发改案件差错占比",
    definition:
      "责任认定为差错的发改案件数 ÷ 已分类的发改案件数（异议成立改定的，以改定后的认定为准；未分类的不计入分母）。",
    scope: "二审结果日期在统计期间内、已由审管办分类的发改案件",
    basis:
      "发改案件评查（本院做法）；新证据、当事人和解或撤诉导致的改判不认定为差错，依据《最高人民法院关于完善人民法院司法责任制的若干意见》（法发〔2015〕13号）第二十八条",
  },
  {
    id: "reversal_by_reason",
    name: "发改原因分布",
    definition:
      "已分类发改案件按发改原因（事实认定、法律适用、程序违法、新证据、当事人和解/撤诉后改判、其他）分别计数。",
    scope: "二审结果日期在统计期间内、已分类的发改案件",
    basis: "发改案件评查（本院做法）",
  },
  {
    id: "reversal_by_responsibility",
    name: "责任认定分布",
    definition: "已分类发改案件按责任认定（差错、瑕疵、非差错）分别计数。",
    scope: "二审结果日期在统计期间内、已分类的发改案件",
    basis: "发改案件评查（本院做法）",
  },
];
