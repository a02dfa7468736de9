import { ageInMode, birthdayAge, nominalAge } from '../calendar/age';
import { lunarAnniversary, solarToLunar } from '../calendar/lunar';
import { solarBirthdayInYear } from '../calendar/birthday';
import { regionOfAddress } from '../model/divisions';
import type { Festival, SupportForm, VisitType } from '../model/vocab';
import { ageOn, dateParts, formatChineseDate, type IsoDate } from '../model/validators/dates';
import { fenToRmbUpper } from '../model/validators/rmb';
import { formatAmountField } from '../rules/money';
import type { RenderContext } from './context';
import { surnameOf } from './salutation';

/**
 * The placeholder vocabulary of templates: `{{name}}` → how to compute it from the cadre, the
 * occasion, the handler, the amounts and today. This is its single definition; the template editor
 * lists it and flags any other name.
 */

/** Everything a placeholder may read, resolved once per rendering. */
export interface Resolved {
  ctx: RenderContext;
  visitType: VisitType;
  festival?: Festival;
  tier?: string;
  form?: SupportForm;
  goods?: string;
  fundingSource?: string;
  /** the visit day */
  date: IsoDate;
  birthDate?: IsoDate;
  cashFen?: number;
  goodsFen?: number;
  totalFen?: number;
  /** the 称谓, already rendered */
  salutation: string;
}

export interface Placeholder {
  zh: string;
  en: string;
  value(r: Resolved): string | undefined;
}

const money = (fen: number | undefined) => (fen === undefined ? undefined : formatAmountField(fen));
const upper = (fen: number | undefined) => (fen === undefined ? undefined : fenToRmbUpper(fen));
const day = (d: IsoDate | undefined) => (d === undefined ? undefined : formatChineseDate(d));
const ageMode = (r: Resolved) => r.ctx.standard?.ageMode ?? '周岁';

/** This year's birthday (lunar for a lunar birthday), on the year of the visit. */
function birthdayThisYear(r: Resolved): IsoDate | undefined {
  if (!r.birthDate) return undefined;
  const year = dateParts(r.date).y;
  if (!r.ctx.cadre?.lunarBirthday) return solarBirthdayInYear(r.birthDate, year);
  return lunarAnniversary(r.birthDate, solarToLunar(r.date).year);
}

export const PLACEHOLDERS = {
  姓名: { zh: '老同志姓名', en: 'Name', value: (r) => r.ctx.cadre?.name },
  姓: { zh: '姓（复姓如欧阳）', en: 'Surname', value: (r) => (r.ctx.cadre?.name ? surnameOf(r.ctx.cadre.name) : undefined) },
  称谓: { zh: '称谓（默认“姓+老”，如张老）', en: 'Form of address (张老)', value: (r) => r.salutation || undefined },
  性别: { zh: '性别', en: 'Gender', value: (r) => r.ctx.cadre?.gender },
  年龄: {
    zh: '年龄（生日寿辰为所庆寿辰；周岁或虚岁按标准）',
    en: 'Age (for a birthday, the age celebrated)',
    value: (r) => {
      if (!r.birthDate) return undefined;
      const age = r.visitType === '生日寿辰' ? birthdayAge(r.birthDate, r.date, ageMode(r)) : ageInMode(r.birthDate, r.date, ageMode(r));
      return String(age);
    },
  },
  周岁: { zh: '周岁', en: 'Age in full years', value: (r) => (r.birthDate ? String(ageOn(r.birthDate, r.date)) : undefined) },
  虚岁: { zh: '虚岁', en: 'Nominal age', value: (r) => (r.birthDate ? String(nominalAge(r.birthDate, r.date)) : undefined) },
  出生日期: { zh: '出生日期', en: 'Date of birth', value: (r) => day(r.birthDate) },
  生日: { zh: '今年生日（农历生日按农历）', en: 'Birthday this year', value: (r) => day(birthdayThisYear(r)) },
  原单位: { zh: '原工作单位', en: 'Former unit', value: (r) => r.ctx.cadre?.originalUnit },
  原职务: { zh: '原职务', en: 'Former position', value: (r) => r.ctx.cadre?.originalPosition },
  职级: { zh: '职级', en: 'Rank', value: (r) => r.ctx.cadre?.rankDetail ?? r.ctx.cadre?.rank },
  离退休类别: { zh: '离退休类别', en: 'Category', value: (r) => r.ctx.cadre?.category },
  联系电话: { zh: '联系电话', en: 'Phone', value: (r) => r.ctx.cadre?.phones?.[0] },
  家庭住址: { zh: '家庭住址', en: 'Address', value: (r) => r.ctx.cadre?.address },
  所在地区: { zh: '所在地区（住址开头的省、市、区）', en: 'Region (where the address starts)', value: (r) => regionOfAddress(r.ctx.cadre?.address) },
  节日: { zh: '节日', en: 'Festival', value: (r) => r.festival },
  慰问类型: { zh: '慰问类型', en: 'Visit type', value: (r) => r.visitType },
  病情: { zh: '住院病情 / 去世情形', en: 'Tier', value: (r) => r.tier },
  慰问日期: { zh: '慰问日期（2026年1月5日）', en: 'Visit date', value: (r) => day(r.date) },
  今天: { zh: '今天（2026年1月5日）', en: 'Today', value: (r) => day(r.ctx.today) },
  今年: { zh: '慰问年份', en: 'Year of the visit', value: (r) => String(dateParts(r.date).y) },
  经办人: { zh: '经办人', en: 'Handled by', value: (r) => r.ctx.handler },
  部门: { zh: '申请部门', en: 'Department', value: (r) => r.ctx.department },
  金额: { zh: '慰问金额合计（两位小数）', en: 'Total amount', value: (r) => money(r.totalFen) },
  金额大写: { zh: '慰问金额合计大写', en: 'Total in words', value: (r) => upper(r.totalFen) },
  慰问金: { zh: '慰问金（两位小数）', en: 'Cash', value: (r) => money(r.cashFen) },
  慰问金大写: { zh: '慰问金大写', en: 'Cash in words', value: (r) => upper(r.cashFen) },
  慰问品金额: { zh: '慰问品金额（两位小数）', en: 'Goods value', value: (r) => money(r.goodsFen) },
  慰问品: { zh: '慰问品', en: 'Goods', value: (r) => r.goods },
  慰问形式: { zh: '慰问形式', en: 'Form of support', value: (r) => r.form },
  资金来源: { zh: '资金来源', en: 'Funding source', value: (r) => r.fundingSource },
  医院: { zh: '所在医院', en: 'Hospital', value: (r) => r.ctx.occasion?.hospital },
  入院日期: { zh: '入院日期', en: 'Admission date', value: (r) => day(r.ctx.occasion?.admissionDate) },
  去世日期: { zh: '去世日期', en: 'Date of death', value: (r) => day(r.ctx.occasion?.deathDate) },
} satisfies Record<string, Placeholder>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}
