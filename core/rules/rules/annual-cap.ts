import { visitLabel, warnFrom } from '../caps';
import { citeEn, citeZh, type Finding } from '../finding';
import { otherVisits } from '../history-index';
import { formatYuan, toFen } from '../money';
import { cadreName, type Rule } from '../rule';

const id = 'annual-cap';

/**
 * 年度上限: what one cadre received in the calendar year of the visit (the visit records of that
 * year, of the types the cap counts), plus this visit, against the annual cap.
 */
export const annualCapRule: Rule = {
  id,
  title: { zh: '每人每年慰问金额上限', en: 'Annual cap per person' },
  check(ctx) {
    const { standard, facts, cadre } = ctx;
    if (!standard || !cadre || !facts.visitType || facts.valueFen === undefined) return [];
    const visitType = facts.visitType;
    const records = otherVisits(ctx.history.inYear(cadre.id, facts.year), facts.formNumber);
    const findings: Finding[] = [];
    for (const cap of standard.annualCaps) {
      if (cap.visitTypes.length > 0 && !cap.visitTypes.includes(visitType)) continue;
      if (cap.category !== undefined && cap.category !== facts.category) continue;
      const counted = records.filter((r) => cap.visitTypes.length === 0 || cap.visitTypes.includes(r.visitType));
      const before = counted.reduce((sum, r) => sum + toFen(r.amount ?? 0) + toFen(r.goodsValue ?? 0), 0);
      const total = before + facts.valueFen;
      const capFen = toFen(cap.cap);
      const scope = cap.visitTypes.length === 0 ? '各类慰问' : cap.visitTypes.map((t) => visitLabel({ visitType: t })).join('、');
      const what = `${cadreName(ctx)} ${facts.year} 年${scope}已发 ${formatYuan(before)} 元（${counted.length} 次），加本次 ${formatYuan(facts.valueFen)} 元共 ${formatYuan(total)} 元`;
      const whatEn = `${facts.year}: ${formatYuan(before)} yuan in ${counted.length} earlier visit(s) plus ${formatYuan(facts.valueFen)} yuan now makes ${formatYuan(total)} yuan`;
      const base = { ruleId: id, ref: cap.ref, fields: ['visit.amount' as const] };
      if (total > capFen)
        findings.push({
          ...base,
          severity: 'block',
          message: `${what}，超过年度标准 ${formatYuan(capFen)} 元${citeZh(cap.ref)}`,
          messageEn: `${whatEn}, over the annual cap of ${formatYuan(capFen)} yuan${citeEn(cap.ref)}`,
        });
      else if (capFen > 0 && standard.warnRatio < 1 && total >= warnFrom(capFen, standard.warnRatio))
        findings.push({
          ...base,
          severity: 'warn',
          message: `${what}，已达年度标准 ${formatYuan(capFen)} 元的 ${Math.floor((total / capFen) * 100)}%${citeZh(cap.ref)}`,
          messageEn: `${whatEn}, ${Math.floor((total / capFen) * 100)}% of the annual cap of ${formatYuan(capFen)} yuan${citeEn(cap.ref)}`,
        });
    }
    return findings;
  },
};
