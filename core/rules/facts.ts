import type { Cadre } from '../model/cadre';
import type { FieldKey } from '../model/field-keys';
import type { StandardRules } from '../model/standard';
import type { Category, Festival, Rank, SupportForm, VisitType } from '../model/vocab';
import { dateParts, parseChineseDate, type IsoDate } from '../model/validators/dates';
import { parseIdNumber } from '../model/validators/id-number';
import { birthdayAge } from '../calendar/age';
import { parseMoneyText } from './money';
import {
  isSelfRelation,
  normalizeCategory,
  normalizeFestival,
  normalizeRank,
  normalizeSupportForm,
  normalizeTier,
  normalizeVisitType,
} from './normalize';

/** The values read from an OA form: logical field key (or row key) → the text in the field. */
export type FormValues = Readonly<Partial<Record<FieldKey | string, string>>>;

/** The text of a field, trimmed; undefined when absent or blank. */
export function fieldText(form: FormValues, key: FieldKey | string): string | undefined {
  const v = form[key];
  if (v === undefined) return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** What the form says about the visit, read once, in the ledger's vocabulary. */
export interface VisitFacts {
  visitType?: VisitType;
  festival?: Festival;
  /** 住院 tier, 去世 case (本人/直系亲属) or, for birthdays, the age celebrated ("90") */
  tier?: string;
  /** the visit date (慰问日期) */
  date?: IsoDate;
  applyDate?: IsoDate;
  admissionDate?: IsoDate;
  deathDate?: IsoDate;
  /** the day the visit is judged on: visit date, else apply date, else today */
  on: IsoDate;
  year: number;
  cashFen?: number;
  goodsFen?: number;
  totalFen?: number;
  /** the value caps measure: 合计 if given, else 慰问金 + 慰问品 */
  valueFen?: number;
  supportForm?: SupportForm;
  /** the cadre's category and rank: the ledger's when known, else the form's */
  category?: Category;
  rank?: Rank;
  birthDate?: IsoDate;
  formNumber?: string;
  /** the cadre has died, by the ledger */
  deceased: boolean;
}

function dateField(form: FormValues, key: FieldKey): IsoDate | undefined {
  const t = fieldText(form, key);
  return t === undefined ? undefined : (parseChineseDate(t) ?? undefined);
}

function moneyField(form: FormValues, key: FieldKey): number | undefined {
  const t = fieldText(form, key);
  return t === undefined ? undefined : (parseMoneyText(t) ?? undefined);
}

/** The day a form is judged on (and whose standard applies): visit date, apply date or today. */
export function visitDay(form: FormValues, today: IsoDate): IsoDate {
  return dateField(form, 'visit.date') ?? dateField(form, 'visit.applyDate') ?? today;
}

/** True when the ledger says the cadre has died. */
export function isDeceased(cadre: Pick<Cadre, 'alive' | 'deathDate'> | undefined): boolean {
  return cadre !== undefined && (cadre.alive === false || cadre.deathDate !== undefined);
}

function birthDateOf(form: FormValues, cadre: Cadre | undefined, today: IsoDate): IsoDate | undefined {
  if (cadre?.birthDate) return cadre.birthDate;
  const fromForm = dateField(form, 'cadre.birthDate');
  if (fromForm) return fromForm;
  const id = cadre?.idNumber ?? fieldText(form, 'cadre.idNumber');
  if (!id) return undefined;
  const parsed = parseIdNumber(id, today);
  return parsed.ok ? parsed.info.birthDate : undefined;
}

/**
 * The 去世 case: named in the tier field; else told by the recipient (a relative receives for the
 * cadre → 本人; the cadre receives → a relative died); else 本人, the usual case, which the alive
 * rule then holds against the ledger.
 */
function bereavementCase(form: FormValues): string {
  const named = normalizeTier(fieldText(form, 'visit.hospitalTier'));
  if (named === '本人' || named === '直系亲属') return named;
  const relation = fieldText(form, 'visit.recipientRelation');
  if (relation !== undefined) return isSelfRelation(relation) ? '直系亲属' : '本人';
  return '本人';
}

function tierOf(
  type: VisitType | undefined,
  form: FormValues,
  birthDate: IsoDate | undefined,
  on: IsoDate,
  standard: StandardRules | undefined,
): string | undefined {
  if (type === '住院看望') {
    const tier = normalizeTier(fieldText(form, 'visit.hospitalTier'));
    return tier === '一般' || tier === '手术' || tier === '重大疾病' ? tier : undefined;
  }
  if (type === '去世吊唁') return bereavementCase(form);
  if (type === '生日寿辰' && birthDate) return String(birthdayAge(birthDate, on, standard?.ageMode ?? '周岁'));
  return undefined;
}

/** Reads the facts of a visit from the form, with the ledger's cadre where the form is silent. */
export function deriveFacts(form: FormValues, cadre: Cadre | undefined, standard: StandardRules | undefined, today: IsoDate): VisitFacts {
  const on = visitDay(form, today);
  const visitType = normalizeVisitType(fieldText(form, 'visit.type'));
  // 春节慰问 as the type names the festival too.
  const festival = normalizeFestival(fieldText(form, 'visit.festival')) ?? normalizeFestival(fieldText(form, 'visit.type'));
  const cashFen = moneyField(form, 'visit.amount');
  const goodsFen = moneyField(form, 'visit.goodsValue');
  const totalFen = moneyField(form, 'visit.total');
  const sum = cashFen === undefined && goodsFen === undefined ? undefined : (cashFen ?? 0) + (goodsFen ?? 0);
  const birthDate = birthDateOf(form, cadre, today);
  return {
    visitType,
    festival,
    tier: tierOf(visitType, form, birthDate, on, standard),
    date: dateField(form, 'visit.date'),
    applyDate: dateField(form, 'visit.applyDate'),
    admissionDate: dateField(form, 'visit.admissionDate'),
    deathDate: dateField(form, 'visit.deathDate'),
    on,
    year: dateParts(on).y,
    cashFen,
    goodsFen,
    totalFen,
    valueFen: totalFen ?? sum,
    supportForm: normalizeSupportForm(fieldText(form, 'visit.form')),
    category: cadre?.category ?? normalizeCategory(fieldText(form, 'cadre.category')),
    rank: cadre?.rank ?? normalizeRank(fieldText(form, 'cadre.rank')),
    birthDate,
    formNumber: fieldText(form, 'visit.formNumber'),
    deceased: isDeceased(cadre),
  };
}
