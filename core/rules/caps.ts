import type { CapMeasure, StandardRules } from '../model/standard';
import type { Category, Festival, Rank, VisitType } from '../model/vocab';

/** A per-visit cap of a standard. */
export type PerVisitCap = StandardRules['perVisitCaps'][number];

/** What selects a per-visit cap. */
export interface CapKey {
  visitType: VisitType;
  category?: Category;
  rank?: Rank;
  festival?: Festival;
  tier?: string;
}

const NARROWING = ['category', 'rank', 'festival', 'tier'] as const;

/** A cap applies when every dimension it names equals the visit's. */
function applies(cap: PerVisitCap, key: CapKey): boolean {
  return cap.visitType === key.visitType && NARROWING.every((d) => cap[d] === undefined || cap[d] === key[d]);
}

function specificity(cap: PerVisitCap): number {
  return NARROWING.filter((d) => cap[d] !== undefined).length;
}

/**
 * The per-visit cap of a standard for a visit: of the caps that apply, the one naming the most
 * dimensions (春节 + 离休 before 春节 alone before any festival); among equally specific ones the
 * lowest, so an ambiguous table errs on the careful side. Only caps of `measure` are considered
 * when given.
 */
export function findPerVisitCap(standard: StandardRules, key: CapKey, measure?: CapMeasure): PerVisitCap | undefined {
  let best: PerVisitCap | undefined;
  for (const cap of standard.perVisitCaps) {
    if (!applies(cap, key) || (measure !== undefined && cap.measure !== measure)) continue;
    if (!best) best = cap;
    else {
      const d = specificity(cap) - specificity(best);
      if (d > 0 || (d === 0 && cap.cap < best.cap)) best = cap;
    }
  }
  return best;
}

/** The caps that bind a visit: the most specific one for each measure (合计, 慰问金, 慰问品). */
export function bindingCaps(standard: StandardRules, key: CapKey): PerVisitCap[] {
  const out: PerVisitCap[] = [];
  for (const measure of ['合计', '慰问金', '慰问品'] as const) {
    const cap = findPerVisitCap(standard, key, measure);
    if (cap) out.push(cap);
  }
  return out;
}

/** `住院看望（重大疾病）`, `节日慰问（春节）`, `生日寿辰（90岁）`: how messages name a visit. */
export function visitLabel(key: Partial<CapKey>): string {
  const type = key.visitType ?? '慰问';
  const detail = key.visitType === '生日寿辰' && key.tier ? `${key.tier}岁` : (key.festival ?? key.tier);
  return detail ? `${type}（${detail}）` : type;
}

/** The first value (in 分) that draws a warning: `ratio` of the cap, rounded up, float noise aside. */
export function warnFrom(capFen: number, ratio: number): number {
  return Math.ceil(capFen * ratio - 1e-6);
}
