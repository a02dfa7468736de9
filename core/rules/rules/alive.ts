import type { VisitType } from '../../model/vocab';
import type { Finding } from '../finding';
import { fieldText } from '../facts';
import { isSpouseRelation } from '../normalize';
import { cadreName, type Rule, type RuleContext } from '../rule';

const id = 'alive';

/** Visits that only a living cadre can receive. */
const FOR_THE_LIVING: readonly VisitType[] = ['节日慰问', '生日寿辰', '住院看望', '困难帮扶'];

function block(message: string, messageEn: string, fields: Finding['fields']): Finding {
  return { ruleId: id, severity: 'block', message, messageEn, fields };
}

function checkLiving(ctx: RuleContext): Finding[] {
  const { cadre, facts } = ctx;
  if (!cadre || !facts.deceased || !facts.visitType) return [];
  const death = cadre.deathDate;
  if (death !== undefined && facts.on <= death) return [];
  const when = death ? `已于 ${death} 去世` : '已去世';
  return [
    block(
      `台账记载${cadreName(ctx)}${when}，不能在${death ? '其后' : ''}进行${facts.visitType}`,
      `The ledger records the cadre as deceased${death ? ` on ${death}` : ''}: no ${facts.visitType} after death`,
      ['visit.type', 'visit.date', 'cadre.name'],
    ),
  ];
}

function checkBereavement(ctx: RuleContext): Finding[] {
  const { cadre, facts } = ctx;
  if (!cadre) return [];
  const found: Finding[] = [];
  if (facts.tier === '本人' && !facts.deceased)
    found.push(
      block(
        `台账记载${cadreName(ctx)}健在，去世吊唁（本人）只用于已故干部；如为直系亲属去世，请在病情/类别栏注明“直系亲属”`,
        'The ledger records the cadre as alive: a bereavement visit for the cadre needs a recorded death (or mark it as for a close relative)',
        ['visit.type', 'visit.hospitalTier', 'cadre.name'],
      ),
    );
  if (facts.tier === '本人' && cadre.deathDate && facts.deathDate && facts.deathDate !== cadre.deathDate)
    found.push({
      ruleId: id,
      severity: 'warn',
      fields: ['visit.deathDate'],
      message: `表单去世日期 ${facts.deathDate} 与台账 ${cadre.deathDate} 不一致`,
      messageEn: `The date of death on the form (${facts.deathDate}) differs from the ledger's (${cadre.deathDate})`,
    });
  return found;
}

function checkSurvivor(ctx: RuleContext): Finding[] {
  const { cadre, facts, form } = ctx;
  if (!cadre) return [];
  // The ledger may hold the survivor as a cadre of category 遗属, or the deceased cadre with a spouse.
  if (cadre.category === '遗属') {
    if (!facts.deceased) return [];
    return [
      block(
        `台账记载遗属${cadreName(ctx)}已去世，不能进行遗属慰问`,
        'The ledger records this survivor as deceased: no survivor visit',
        ['visit.type', 'cadre.name'],
      ),
    ];
  }
  if (!facts.deceased)
    return [
      block(
        `遗属慰问只用于已故干部的健在配偶，台账记载${cadreName(ctx)}本人健在`,
        "Survivor visits are for a deceased cadre's living spouse; the ledger records the cadre as alive",
        ['visit.type', 'cadre.name'],
      ),
    ];
  const spouse = cadre.spouse?.status;
  if (spouse !== '健在')
    return [
      block(
        `遗属慰问只用于健在的配偶，台账记载${cadreName(ctx)}的配偶情况为“${spouse ?? '未登记'}”`,
        `Survivor visits are for a living spouse; the ledger records the spouse as "${spouse ?? 'not recorded'}"`,
        ['visit.type', 'visit.recipient'],
      ),
    ];
  const relation = fieldText(form, 'visit.recipientRelation');
  if (relation !== undefined && !isSpouseRelation(relation))
    return [
      block(
        `遗属慰问的领取人应为已故干部的配偶，表单为“${relation}”`,
        `The recipient of a survivor visit is the spouse; the form says "${relation}"`,
        ['visit.recipientRelation'],
      ),
    ];
  return [];
}

/**
 * 生存状态: no festival, birthday, hospital or hardship visit after the cadre's death; a
 * bereavement for the cadre only when the ledger records the death; 遗属 visits only to a
 * surviving spouse.
 */
export const aliveRule: Rule = {
  id,
  title: { zh: '生存状态', en: 'Alive or deceased' },
  check(ctx) {
    const type = ctx.facts.visitType;
    if (type === '去世吊唁') return checkBereavement(ctx);
    if (type === '遗属慰问') return checkSurvivor(ctx);
    if (type && FOR_THE_LIVING.includes(type)) return checkLiving(ctx);
    return [];
  },
};
