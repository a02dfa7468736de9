import { addDays, daysBetween } from '../../model/validators/dates';
import { visitLabel } from '../caps';
import { citeEn, citeZh } from '../finding';
import { otherVisits } from '../history-index';
import { cadreName, type Rule } from '../rule';

const id = 'duplicate';

/**
 * 重复: another visit of the same type to the same cadre within the standard's window (30 days)
 * looks like the same visit entered twice. Festival visits for different festivals are not.
 */
export const duplicateRule: Rule = {
  id,
  title: { zh: '疑似重复', en: 'Likely duplicate' },
  check(ctx) {
    const { standard, facts, cadre, history } = ctx;
    if (!standard || !cadre || !facts.visitType) return [];
    const days = standard.duplicateWindowDays;
    if (days <= 0) return [];
    const near = otherVisits(history.between(cadre.id, addDays(facts.on, -days), addDays(facts.on, days)), facts.formNumber);
    const same = near.filter(
      (r) => r.visitType === facts.visitType && (r.festival === undefined || facts.festival === undefined || r.festival === facts.festival),
    );
    if (same.length === 0) return [];
    const closest = same.reduce((a, b) => (Math.abs(daysBetween(facts.on, b.date)) < Math.abs(daysBetween(facts.on, a.date)) ? b : a));
    const gap = Math.abs(daysBetween(facts.on, closest.date));
    const number = closest.oaFormNumber ? `，单号 ${closest.oaFormNumber}` : '';
    const ref = standard.duplicateRef;
    return [
      {
        ruleId: id,
        severity: 'warn',
        ref,
        fields: ['visit.type', 'visit.date'],
        message: `${cadreName(ctx)}在 ${closest.date} 已有一次${visitLabel({ visitType: facts.visitType, festival: closest.festival })}（相隔 ${gap} 天${number}），${days} 天内同类慰问疑似重复${citeZh(ref)}`,
        messageEn: `A ${facts.visitType} for this cadre on ${closest.date} is ${gap} day(s) away: visits of one type within ${days} days look like duplicates${citeEn(ref)}`,
      },
    ];
  },
};
