/**
 * The names users read when a rule cites its law: full titles, as courts write them, with the
 * document number (法释〔…〕号) where reference/deadlines.md gives one. Articles are written in
 * Chinese numerals beside them (第一百五十二条), and only articles the reference notes (or the full
 * texts they were read from, LawRefBook/Laws) confirm.
 */

/** 2023 amendment (in force 2024-01-01); its article numbers are the ones cited. */
export const CPL = "《中华人民共和国民事诉讼法》";
/** 2018 amendment. */
export const CRPL = "《中华人民共和国刑事诉讼法》";
/** 2017 amendment. */
export const APL = "《中华人民共和国行政诉讼法》";
export const CIVIL_CODE = "《中华人民共和国民法典》";
/** 民诉法解释, 2022 amendment (法释〔2022〕11号). */
export const CPL_INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》";
/** 刑诉法解释 (法释〔2021〕1号). */
export const CRPL_INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》";
/** 行诉法解释 (法释〔2018〕1号). */
export const APL_INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》";
/** SPC 2000 (S6). */
export const SPC_TIME_LIMITS = "最高人民法院《关于严格执行案件审理期限制度的若干规定》（法释〔2000〕29号）";
/**
 * The 2018 rules on extensions and adjournments, amended in 2019 (S7; the reference cites the
 * amended text as 法释〔2019〕4号).
 */
export const SPC_EXTENSIONS =
  "最高人民法院《关于严格规范民商事案件延长审限和延期开庭问题的规定》（法释〔2018〕9号，法释〔2019〕4号修正）";
/** 执行程序解释 (S12). */
export const ENFORCEMENT_INTERPRETATION =
  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》";
/** 执行工作若干问题的规定（试行） (S13). */
export const ENFORCEMENT_RULES = "《最高人民法院关于人民法院执行工作若干问题的规定（试行）》";
/** 特邀调解规定 (S17). */
export const INVITED_MEDIATION = "《最高人民法院关于人民法院特邀调解的规定》";
/** 民事调解规定 (S16). */
export const CIVIL_MEDIATION = "《最高人民法院关于人民法院民事调解工作若干问题的规定》";
/** 在线调解规则 (S18). */
export const ONLINE_MEDIATION = "《人民法院在线调解规则》";
/** 案号规定: 法〔2015〕137号, amended by 法〔2018〕335号 (reference/deadlines.md §5.1). */
export const CASE_NUMBER_RULES =
  "最高人民法院《关于人民法院案件案号的若干规定》（法〔2015〕137号，法〔2018〕335号修改）";
