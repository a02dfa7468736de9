import { ageInMode, birthdayAge } from '../../calendar/age';
import { fieldText } from '../facts';
import { citeEn, citeZh, type Finding } from '../finding';
import { cadreName, type Rule } from '../rule';

const id = 'milestone-birthday';

/**
 * 寿辰: a birthday visit is for a milestone age (80, 90, 100 ...), counted as 周岁 or 虚岁 as the
 * standard says; an age written on the form must agree with the birth date.
 */
export const milestoneBirthdayRule: Rule = {
  id,
  title: { zh: '逢十寿辰', en: 'Milestone birthday' },
  check(ctx) {
    const { standard, facts, form } = ctx;
    if (!standard || facts.visitType !== '生日寿辰') return [];
    const mode = standard.ageMode;
    if (!facts.birthDate)
      return [
        {
          ruleId: id,
          severity: 'info',
          fields: ['cadre.birthDate'],
          message: `台账和表单都没有${cadreName(ctx)}的出生日期，无法核对是否逢寿辰年龄`,
          messageEn: 'No birth date in the ledger or on the form: the milestone age cannot be checked',
        },
      ];
    const findings: Finding[] = [];
    const age = birthdayAge(facts.birthDate, facts.on, mode);
    if (!standard.milestones.includes(age)) {
      const list = [...standard.milestones].sort((a, b) => a - b).join('、');
      findings.push({
        ruleId: id,
        severity: 'block',
        ref: standard.milestoneRef,
        fields: ['visit.type', 'cadre.birthDate'],
        message: `生日寿辰慰问限 ${list} 岁（${mode}），${cadreName(ctx)}（${facts.birthDate} 出生）在 ${facts.on} 为 ${age} 岁${citeZh(standard.milestoneRef)}`,
        messageEn: `Birthday visits are for ages ${list} (${mode === '周岁' ? 'full years' : 'nominal age'}); born ${facts.birthDate}, the cadre is ${age} on ${facts.on}${citeEn(standard.milestoneRef)}`,
      });
    }
    const written = fieldText(form, 'cadre.age');
    if (written !== undefined) {
      const n = Number(written.replace(/(周岁|虚岁|岁)$/, ''));
      const now = ageInMode(facts.birthDate, facts.on, mode);
      if (!Number.isInteger(n) || (n !== now && n !== age))
        findings.push({
          ruleId: id,
          severity: 'warn',
          fields: ['cadre.age'],
          message: `表单年龄“${written}”与出生日期 ${facts.birthDate} 推算的 ${now} 岁（${mode}）不一致`,
          messageEn: `The age "${written}" on the form disagrees with ${now} computed from the birth date ${facts.birthDate}`,
        });
    }
    return findings;
  },
};
