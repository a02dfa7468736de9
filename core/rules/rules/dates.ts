import { FIELD_KEYS, type FieldKey } from '../../model/field-keys';
import { parseChineseDate } from '../../model/validators/dates';
import { fieldText } from '../facts';
import { citeEn, citeZh, type Finding } from '../finding';
import type { Rule, RuleContext } from '../rule';

const id = 'dates';

/** `expense.row.date[2]` → `expense.row.date` */
function baseKey(key: string): string {
  return key.replace(/\[\d+\]$/, '');
}

function unreadableDates(form: RuleContext['form']): Finding[] {
  const found: Finding[] = [];
  for (const key of Object.keys(form)) {
    const base = baseKey(key) as FieldKey;
    if (FIELD_KEYS[base]?.kind !== 'date') continue;
    const text = fieldText(form, key);
    if (text === undefined || parseChineseDate(text) !== null) continue;
    found.push({
      ruleId: id,
      severity: 'block',
      fields: [base],
      message: `${FIELD_KEYS[base].zh}“${text}”不是有效日期`,
      messageEn: `${FIELD_KEYS[base].en} "${text}" is not a valid date`,
    });
  }
  return found;
}

function order(earlier: FieldKey, later: FieldKey, a: string, b: string, ref: string | undefined, why = ''): Finding {
  return {
    ruleId: id,
    severity: 'block',
    ref,
    fields: [earlier, later],
    message: `${FIELD_KEYS[later].zh} ${b} 早于${FIELD_KEYS[earlier].zh} ${a}${why}${citeZh(ref)}`,
    messageEn: `${FIELD_KEYS[later].en} ${b} is before ${FIELD_KEYS[earlier].en} ${a}${citeEn(ref)}`,
  };
}

/**
 * 日期: dates are real days; the apply, admission and death dates (as configured) are not after
 * today; the visit follows the application except for emergency types (住院, 去世); the admission
 * and the death come before the visit.
 */
export const datesRule: Rule = {
  id,
  title: { zh: '日期合理性', en: 'Dates' },
  check(ctx) {
    const { form, facts, standard, today } = ctx;
    const found = unreadableDates(form);
    const rules = standard?.dateRules;
    const ref = rules?.ref;
    for (const key of rules?.noFutureFields ?? []) {
      const text = fieldText(form, key);
      const date = text === undefined ? null : parseChineseDate(text);
      if (date && date > today)
        found.push({
          ruleId: id,
          severity: 'block',
          ref,
          fields: [key],
          message: `${FIELD_KEYS[key].zh} ${date} 晚于今天 ${today}${citeZh(ref)}`,
          messageEn: `${FIELD_KEYS[key].en} ${date} is after today (${today})${citeEn(ref)}`,
        });
    }
    const { date, applyDate, admissionDate, deathDate, visitType } = facts;
    if (date && applyDate && date < applyDate && rules) {
      const emergency = visitType !== undefined && rules.emergencyVisitTypes.includes(visitType);
      if (!emergency) {
        const allowed = rules.emergencyVisitTypes.join('、');
        found.push(order('visit.applyDate', 'visit.date', applyDate, date, ref, `，应先审批后慰问${allowed ? `（仅${allowed}可先慰问后补办）` : ''}`));
      }
    }
    if (date && admissionDate && date < admissionDate) found.push(order('visit.admissionDate', 'visit.date', admissionDate, date, undefined));
    if (date && deathDate && visitType === '去世吊唁' && date < deathDate) found.push(order('visit.deathDate', 'visit.date', deathDate, date, undefined));
    return found;
  },
};
