import {
  BEREAVEMENT_CASES,
  CATEGORIES,
  FESTIVALS,
  HOSPITAL_TIERS,
  RANKS,
  SUPPORT_FORMS,
  VISIT_TYPES,
  type Category,
  type Festival,
  type Rank,
  type SupportForm,
  type VisitType,
} from '../model/vocab';
import { toHalfWidth } from '../model/validators/dates';

/**
 * The words an OA form uses for the office's vocabularies, mapped to the ledger's: 厅级 → 厅局级,
 * 生病看望 → 住院看望, 离休干部 → 离休. Each returns undefined for a word it does not know.
 */

function compact(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').trim();
}

function exactOrAlias<T extends string>(text: string | undefined, values: readonly T[], aliases: Array<[RegExp, T]>): T | undefined {
  if (text === undefined) return undefined;
  const s = compact(text);
  if (s === '') return undefined;
  const exact = values.find((v) => v === s);
  if (exact) return exact;
  return aliases.find(([pattern]) => pattern.test(s))?.[1];
}

const VISIT_TYPE_ALIASES: Array<[RegExp, VisitType]> = [
  [/住院|生病|看病|探病|病号|探视/, '住院看望'],
  [/寿|生日/, '生日寿辰'],
  [/遗属|遗孀|遗偶/, '遗属慰问'],
  [/去世|吊唁|丧|逝|悼/, '去世吊唁'],
  [/困难|帮扶|救助|特困/, '困难帮扶'],
  [/节|春节|元旦|清明|端午|七一|中秋|国庆|重阳|送温暖/, '节日慰问'],
];

/** 慰问类型: 生病看望 → 住院看望, 春节慰问 → 节日慰问 ... */
export function normalizeVisitType(text: string | undefined): VisitType | undefined {
  return exactOrAlias(text, VISIT_TYPES, VISIT_TYPE_ALIASES);
}

const FESTIVAL_ALIASES: Array<[RegExp, Festival]> = [
  [/春节|新春|过年|农历新年/, '春节'],
  [/元旦|新年/, '元旦'],
  [/清明/, '清明'],
  [/端午/, '端午'],
  [/七一|建党/, '七一'],
  [/中秋/, '中秋'],
  [/国庆/, '国庆'],
  [/重阳|老人节|敬老/, '重阳'],
];

/** 节日: 春节慰问 → 春节, 建党节 → 七一, 敬老节 → 重阳. */
export function normalizeFestival(text: string | undefined): Festival | undefined {
  return exactOrAlias(text, FESTIVALS, FESTIVAL_ALIASES);
}

const CATEGORY_ALIASES: Array<[RegExp, Category]> = [
  [/^离休/, '离休'],
  [/^退休|^退职/, '退休'],
  [/遗属|遗孀|遗偶/, '遗属'],
];

/** 离退休类别: 离休干部 → 离休. */
export function normalizeCategory(text: string | undefined): Category | undefined {
  return exactOrAlias(text, CATEGORIES, CATEGORY_ALIASES);
}

const RANK_ALIASES: Array<[RegExp, Rank]> = [
  [/省部|部级|省级|^正部|^副部/, '省部级'],
  [/厅|局级|司级|巡视员/, '厅局级'],
  [/处|县级|调研员/, '县处级'],
  [/科|办事员|科员|股/, '乡科级及以下'],
];

/** 职级: 厅级, 正厅, 副厅级 → 厅局级; 处级 → 县处级; 科级, 科员 → 乡科级及以下. */
export function normalizeRank(text: string | undefined): Rank | undefined {
  return exactOrAlias(text, RANKS, RANK_ALIASES);
}

const FORM_ALIASES: Array<[RegExp, SupportForm]> = [
  [/(金|钱).*(品|物)|(品|物).*(金|钱)/, '慰问金和慰问品'],
  [/慰问品|实物|物品|礼品/, '慰问品'],
  [/慰问金|现金|转账|资金/, '慰问金'],
];

/** 慰问形式: 慰问金+慰问品 → 慰问金和慰问品, 实物 → 慰问品. */
export function normalizeSupportForm(text: string | undefined): SupportForm | undefined {
  return exactOrAlias(text, SUPPORT_FORMS, FORM_ALIASES);
}

const TIER_ALIASES: Array<[RegExp, string]> = [
  [/重大|重病|大病|危重|重症|癌/, '重大疾病'],
  [/手术/, '手术'],
  [/一般|普通|常规|住院/, '一般'],
  [/直系|亲属|配偶|父母|子女/, '直系亲属'],
  [/本人/, '本人'],
];

/** 病情 / 去世 case: 大病 → 重大疾病, 普通 → 一般, 配偶去世 → 直系亲属. */
export function normalizeTier(text: string | undefined): string | undefined {
  return exactOrAlias(text, [...HOSPITAL_TIERS, ...BEREAVEMENT_CASES] as string[], TIER_ALIASES);
}

/** Relations that make one the spouse (配偶) of a cadre. */
export function isSpouseRelation(text: string | undefined): boolean {
  return text !== undefined && /配偶|妻|夫|爱人|老伴|遗孀/.test(compact(text));
}

/** The recipient is the cadre himself or herself. */
export function isSelfRelation(text: string | undefined): boolean {
  return text !== undefined && /^本人$/.test(compact(text));
}

/** Names compared as people write them: no spaces, full-width folded. */
export function sameName(a: string, b: string): boolean {
  return compact(a).replace(/[·•・]/g, '·') === compact(b).replace(/[·•・]/g, '·');
}
