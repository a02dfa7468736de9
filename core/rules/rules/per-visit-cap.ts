import type { FieldKey } from '../../model/field-keys';
import type { CapMeasure } from '../../model/standard';
import { bindingCaps, visitLabel, warnFrom } from '../caps';
import type { VisitFacts } from '../facts';
import { citeEn, citeZh, type Finding } from '../finding';
import { formatYuan, toFen } from '../money';
import type { Rule, RuleContext } from '../rule';

const MEASURE_ZH: Record<CapMeasure, string> = { 合计: '慰问金额', 慰问金: '慰问金', 慰问品: '慰问品金额' };
const MEASURE_EN: Record<CapMeasure, string> = { 合计: 'amount', 慰问金: 'cash', 慰问品: 'goods value' };

function measured(facts: VisitFacts, measure: CapMeasure): number | undefined {
  if (measure === '慰问金') return facts.cashFen;
  if (measure === '慰问品') return facts.goodsFen;
  return facts.valueFen;
}

function fieldsOf(ctx: RuleContext, measure: CapMeasure): FieldKey[] {
  if (measure === '慰问金') return ['visit.amount'];
  if (measure === '慰问品') return ['visit.goodsValue'];
  if (ctx.facts.totalFen !== undefined) return ['visit.total'];
  const present = (['visit.amount', 'visit.goodsValue'] as const).filter((k) => ctx.form[k] !== undefined);
  return present.length > 0 ? [...present] : ['visit.amount'];
}

const id = 'per-visit-cap';

/**
 * 单次上限: the value of one visit against the cap for its type, category, rank, festival and tier;
 * over the cap blocks, from `warnRatio` of it (80%) warns.
 */
export const perVisitCapRule: Rule = {
  id,
  title: { zh: '单次慰问金额上限', en: 'Per-visit cap' },
  check(ctx) {
    const { standard, facts } = ctx;
    if (!standard || !facts.visitType) return [];
    const key = { ...facts, visitType: facts.visitType };
    const label = visitLabel(key);
    const findings: Finding[] = [];
    for (const cap of bindingCaps(standard, key)) {
      const value = measured(facts, cap.measure);
      if (value === undefined) continue;
      const capFen = toFen(cap.cap);
      const what = `${label}单次${MEASURE_ZH[cap.measure]} ${formatYuan(value)} 元`;
      const base = { ruleId: id, ref: cap.ref, fields: fieldsOf(ctx, cap.measure) };
      if (value > capFen)
        findings.push({
          ...base,
          severity: 'block',
          message: `${what}，超过标准 ${formatYuan(capFen)} 元${citeZh(cap.ref)}`,
          messageEn: `${facts.visitType} ${MEASURE_EN[cap.measure]} ${formatYuan(value)} yuan exceeds the cap of ${formatYuan(capFen)} yuan${citeEn(cap.ref)}`,
        });
      else if (capFen > 0 && standard.warnRatio < 1 && value > 0 && value >= warnFrom(capFen, standard.warnRatio)) {
        const pct = Math.floor((value / capFen) * 100);
        findings.push({
          ...base,
          severity: 'warn',
          message: `${what}，已达标准 ${formatYuan(capFen)} 元的 ${pct}%${citeZh(cap.ref)}`,
          messageEn: `${facts.visitType} ${MEASURE_EN[cap.measure]} ${formatYuan(value)} yuan is ${pct}% of the cap of ${formatYuan(capFen)} yuan${citeEn(cap.ref)}`,
        });
      }
    }
    return findings;
  },
};
