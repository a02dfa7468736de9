import { nearestFestivalDate } from '../../calendar/festivals';
import type { StandardRules } from '../../model/standard';
import { addDays, type IsoDate } from '../../model/validators/dates';
import { visitLabel } from '../caps';
import { citeEn, citeZh, type Finding } from '../finding';
import { otherVisits, type HistoryVisit } from '../history-index';
import type { Rule, RuleContext } from '../rule';

const id = 'frequency';

type Limit = StandardRules['frequency'][number];

/** The earlier visits that count against a limit, and how the period reads in a message. */
function countedVisits(ctx: RuleContext, limit: Limit, cadreId: string): { visits: HistoryVisit[]; period: string; periodEn: string } | null {
  const { facts, history } = ctx;
  const sameKind = (r: HistoryVisit) => r.visitType === limit.visitType && (limit.festival === undefined || r.festival === limit.festival);
  if (limit.per === 'year') {
    const visits = otherVisits(history.inYear(cadreId, facts.year), facts.formNumber).filter(sameKind);
    return { visits, period: `${facts.year} 年`, periodEn: `in ${facts.year}` };
  }
  if (limit.per === 'festival') {
    const festival = facts.festival;
    if (!festival) return null;
    const day = nearestFestivalDate(festival, facts.on);
    // Visits for the same occurrence of the festival: within half a year of it, nearest to it.
    const near = history.between(cadreId, addDays(day, -183), addDays(day, 183));
    const visits = otherVisits(near, facts.formNumber).filter(
      (r) => sameKind(r) && r.festival === festival && nearestFestivalDate(festival, r.date) === day,
    );
    return { visits, period: `${day.slice(0, 4)} 年${festival}`, periodEn: `for ${festival} ${day.slice(0, 4)}` };
  }
  // per hospitalisation: the visits since the admission on the form
  const admitted: IsoDate | undefined = facts.admissionDate;
  if (!admitted) return null;
  const visits = otherVisits(history.between(cadreId, admitted, facts.on), facts.formNumber).filter(sameKind);
  return { visits, period: `本次住院（${admitted} 入院）`, periodEn: `in the hospital stay from ${admitted}` };
}

const PER_ZH: Record<Limit['per'], string> = { year: '每年', festival: '每个节日', hospitalisation: '每次住院' };
const PER_EN: Record<Limit['per'], string> = { year: 'a year', festival: 'per festival', hospitalisation: 'per hospital stay' };

/** 次数: at most `max` visits of a type per year, per festival or per hospitalisation. */
export const frequencyRule: Rule = {
  id,
  title: { zh: '慰问次数', en: 'Visit frequency' },
  check(ctx) {
    const { standard, facts, cadre } = ctx;
    if (!standard || !cadre || !facts.visitType) return [];
    const findings: Finding[] = [];
    for (const limit of standard.frequency) {
      if (limit.visitType !== facts.visitType) continue;
      if (limit.festival !== undefined && limit.festival !== facts.festival) continue;
      const counted = countedVisits(ctx, limit, cadre.id);
      if (!counted || counted.visits.length + 1 <= limit.max) continue;
      const label = visitLabel({ visitType: limit.visitType, festival: limit.festival });
      const dates = counted.visits.map((r) => r.date).join('、');
      findings.push({
        ruleId: id,
        severity: 'block',
        ref: limit.ref,
        fields: ['visit.type', 'visit.date'],
        message: `${label}${PER_ZH[limit.per]}限 ${limit.max} 次，${counted.period}已有 ${counted.visits.length} 次（${dates}）${citeZh(limit.ref)}`,
        messageEn: `${limit.visitType}: at most ${limit.max} ${PER_EN[limit.per]}; ${counted.visits.length} already ${counted.periodEn} (${dates})${citeEn(limit.ref)}`,
      });
    }
    return findings;
  },
};
