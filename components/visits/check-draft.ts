import type { FormValues } from '../../core/rules/facts';
import { parseMoneyText } from '../../core/rules/money';
import { parseChineseDate, type IsoDate } from '../../core/model/validators/dates';
import type { Festival, SupportForm, VisitType } from '../../core/model/vocab';
import type { VisitDraft } from './visit-draft';

/**
 * What the person enters in the 检查 view: a visit as an OA form would hold it (amounts and dates
 * as typed, so the check sees exactly what a form would say).
 */
export interface CheckDraft {
  visitType: VisitType;
  festival?: Festival;
  /** 住院 tier (一般/手术/重大疾病) or 去世 case (本人/直系亲属); a birthday's age is computed */
  tier?: string;
  date: string;
  applyDate?: string;
  form?: SupportForm;
  amount?: string;
  goodsValue?: string;
  goods?: string;
  reason?: string;
  hospital?: string;
  admissionDate?: string;
  deathDate?: string;
  recipient?: string;
  recipientRelation?: string;
  formNumber?: string;
}

export function emptyCheckDraft(today: IsoDate): CheckDraft {
  return { visitType: '节日慰问', date: today };
}

/** The logical form fields of the draft, with the cadre's name from the ledger. */
export function checkFormValues(draft: CheckDraft, cadreName: string | undefined): FormValues {
  const form: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') form[key] = value.trim();
  };
  put('cadre.name', cadreName);
  put('visit.type', draft.visitType);
  put('visit.festival', draft.festival);
  if (draft.visitType === '住院看望' || draft.visitType === '去世吊唁') put('visit.hospitalTier', draft.tier);
  put('visit.date', draft.date);
  put('visit.applyDate', draft.applyDate);
  put('visit.form', draft.form);
  put('visit.amount', draft.amount);
  put('visit.goodsValue', draft.goodsValue);
  put('visit.goods', draft.goods);
  put('visit.reason', draft.reason);
  if (draft.visitType === '住院看望') {
    put('visit.hospital', draft.hospital);
    put('visit.admissionDate', draft.admissionDate);
  }
  if (draft.visitType === '去世吊唁') {
    put('visit.deathDate', draft.deathDate);
    put('visit.recipient', draft.recipient);
    put('visit.recipientRelation', draft.recipientRelation);
  }
  put('visit.formNumber', draft.formNumber);
  return form;
}

/**
 * The visit record of a checked visit, to keep it (entered by hand): null when the date or an
 * amount does not read.
 */
export function visitFromCheck(draft: CheckDraft, cadreId: string): VisitDraft | null {
  const date = parseChineseDate(draft.date);
  const cash = draft.amount?.trim() ? parseMoneyText(draft.amount) : 0;
  const goods = draft.goodsValue?.trim() ? parseMoneyText(draft.goodsValue) : 0;
  if (!date || cash === null || goods === null) return null;
  const tier = draft.visitType === '住院看望' || draft.visitType === '去世吊唁' ? draft.tier : undefined;
  return {
    cadreId,
    visitType: draft.visitType,
    ...(draft.festival && (draft.visitType === '节日慰问' || draft.visitType === '遗属慰问') ? { festival: draft.festival } : {}),
    ...(tier ? { tier } : {}),
    date,
    amount: cash / 100,
    goodsValue: goods / 100,
    ...(draft.form ? { form: draft.form } : {}),
    ...(draft.goods?.trim() ? { goods: draft.goods.trim() } : {}),
    ...(draft.formNumber?.trim() ? { oaFormNumber: draft.formNumber.trim() } : {}),
    source: 'manual',
  };
}
