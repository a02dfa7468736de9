import { FIELD_KEYS } from '../../model/field-keys';
import { fieldText } from '../facts';
import { citeEn, citeZh, type Finding } from '../finding';
import type { Rule } from '../rule';

const id = 'required-fields';

/**
 * 必填项: the fields the standard requires for the visit type (住院: 所在医院, 入院日期 ...), and
 * a visit type the engine can read at all.
 */
export const requiredFieldsRule: Rule = {
  id,
  title: { zh: '必填项', en: 'Required fields' },
  check({ standard, facts, form, onlyFieldsOnForm }) {
    const found: Finding[] = [];
    const typeText = fieldText(form, 'visit.type');
    if (typeText !== undefined && !facts.visitType)
      found.push({
        ruleId: id,
        severity: 'block',
        fields: ['visit.type'],
        message: `无法识别慰问类型“${typeText}”，请选择节日慰问、住院看望、生日寿辰、去世吊唁、困难帮扶、遗属慰问或其他`,
        messageEn: `The visit type "${typeText}" is not recognised`,
      });
    if (!standard) return found;
    for (const rule of standard.requiredFields) {
      const applies = rule.visitTypes.length === 0 || (facts.visitType !== undefined && rule.visitTypes.includes(facts.visitType));
      if (!applies) continue;
      // a field the OA form does not have at all may be kept elsewhere (another frame, an attachment)
      const missing = rule.fields.filter((k) => fieldText(form, k) === undefined && !(onlyFieldsOnForm && form[k] === undefined));
      if (missing.length === 0) continue;
      const who = rule.visitTypes.length === 0 ? '慰问审批单' : (facts.visitType ?? '');
      found.push({
        ruleId: id,
        severity: 'block',
        ref: rule.ref,
        fields: missing,
        message: `${who}须填写：${missing.map((k) => FIELD_KEYS[k].zh).join('、')}${citeZh(rule.ref)}`,
        messageEn: `Required for ${rule.visitTypes.length === 0 ? 'every visit' : facts.visitType}: ${missing.map((k) => FIELD_KEYS[k].en).join(', ')}${citeEn(rule.ref)}`,
      });
    }
    return found;
  },
};
