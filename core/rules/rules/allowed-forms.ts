import { fieldText } from '../facts';
import { citeEn, citeZh } from '../finding';
import type { Rule } from '../rule';

const id = 'allowed-forms';

/** 慰问形式: the form of support is one the standard allows for the visit type (节日: 以实物为主). */
export const allowedFormsRule: Rule = {
  id,
  title: { zh: '慰问形式', en: 'Form of support' },
  check({ standard, facts, form }) {
    if (!standard || !facts.visitType) return [];
    const text = fieldText(form, 'visit.form');
    if (text === undefined) return [];
    const rule = standard.allowedForms.find((r) => r.visitType === facts.visitType);
    if (!rule) return [];
    if (facts.supportForm && rule.forms.includes(facts.supportForm)) return [];
    // 慰问金和慰问品 is allowed when both parts are.
    if (facts.supportForm === '慰问金和慰问品' && rule.forms.includes('慰问金') && rule.forms.includes('慰问品')) return [];
    const allowed = rule.forms.join('或');
    return [
      {
        ruleId: id,
        severity: 'warn',
        ref: rule.ref,
        fields: ['visit.form'],
        message: `${facts.visitType}应以${allowed}形式发放，表单为“${text}”${citeZh(rule.ref)}`,
        messageEn: `${facts.visitType} should be given as ${rule.forms.join(' or ')}; the form says "${text}"${citeEn(rule.ref)}`,
      },
    ];
  },
};
