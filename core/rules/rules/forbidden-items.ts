import { FIELD_KEYS, type FieldKey } from '../../model/field-keys';
import { toHalfWidth } from '../../model/validators/dates';
import { fieldText } from '../facts';
import { citeEn, citeZh, type Finding } from '../finding';
import type { Rule } from '../rule';

const id = 'forbidden-items';

/** The fields whose text says what is given. */
const SEARCHED: FieldKey[] = ['visit.form', 'visit.goods', 'expense.row.item'];

function fold(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').toLowerCase();
}

/** The searched fields present, with row keys (`expense.row.item[2]`) under their base key. */
function searchedTexts(form: Record<string, string | undefined>): Array<[FieldKey, string]> {
  const out: Array<[FieldKey, string]> = [];
  for (const key of Object.keys(form)) {
    const base = key.replace(/\[\d+\]$/, '') as FieldKey;
    if (!SEARCHED.includes(base)) continue;
    const text = fieldText(form, key);
    if (text !== undefined) out.push([base, text]);
  }
  return out;
}

/** 禁发物品: no 现金, 购物卡, 代金券 ... (as configured per visit type) in what is given. */
export const forbiddenItemsRule: Rule = {
  id,
  title: { zh: '禁止发放的物品', en: 'Forbidden items' },
  check({ standard, facts, form }) {
    if (!standard) return [];
    const texts = searchedTexts(form);
    if (texts.length === 0) return [];
    const found: Finding[] = [];
    for (const rule of standard.forbiddenItems) {
      const applies = rule.visitTypes.length === 0 || (facts.visitType !== undefined && rule.visitTypes.includes(facts.visitType));
      if (!applies) continue;
      for (const item of rule.items) {
        const hits = texts.filter(([, text]) => fold(text).includes(fold(item)));
        if (hits.length === 0) continue;
        const where = hits.map(([key, text]) => `${FIELD_KEYS[key].zh}：${text}`).join('；');
        const who = rule.visitTypes.length === 0 ? '慰问' : (facts.visitType ?? '慰问');
        found.push({
          ruleId: id,
          severity: 'block',
          ref: rule.ref,
          fields: [...new Set(hits.map(([key]) => key))],
          message: `${who}不得发放“${item}”（${where}）${citeZh(rule.ref)}`,
          messageEn: `"${item}" may not be given in a ${facts.visitType ?? 'visit'} (${hits.map(([k]) => FIELD_KEYS[k].en).join(', ')})${citeEn(rule.ref)}`,
        });
      }
    }
    return found;
  },
};
