import { festivalWindowFor } from '../../calendar/festivals';
import { citeEn, citeZh } from '../finding';
import type { Rule } from '../rule';

const id = 'festival-window';

/**
 * 节日时间: a festival visit falls within the festival's window (days before and after the
 * festival day of that year, computed by the lunar calendar for 春节, 端午, 中秋, 重阳).
 */
export const festivalWindowRule: Rule = {
  id,
  title: { zh: '节日慰问时间', en: 'Festival window' },
  check({ standard, facts }) {
    if (!standard || !facts.festival || !facts.date) return [];
    if (facts.visitType !== '节日慰问' && facts.visitType !== '遗属慰问') return [];
    const config = standard.festivalWindows.find((w) => w.festival === facts.festival);
    if (!config) return [];
    const w = festivalWindowFor(facts.festival, facts.date, config.before, config.after);
    if (w.from <= facts.date && facts.date <= w.to) return [];
    return [
      {
        ruleId: id,
        severity: 'warn',
        ref: config.ref,
        fields: ['visit.date', 'visit.festival'],
        message: `${facts.festival}慰问日期 ${facts.date} 不在节前 ${config.before} 天至节后 ${config.after} 天内（${w.day.slice(0, 4)} 年${facts.festival}为 ${w.day}，可慰问 ${w.from} 至 ${w.to}）${citeZh(config.ref)}`,
        messageEn: `The ${facts.festival} visit on ${facts.date} is outside ${config.before} days before to ${config.after} days after the festival (${w.day}; ${w.from} to ${w.to})${citeEn(config.ref)}`,
      },
    ];
  },
};
