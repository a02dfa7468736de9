import type { StandardRules } from '../model/standard';
import { findPerVisitCap, type CapKey } from '../rules/caps';

/**
 * The amount a template proposes when it sets none: the per-visit cap of the standard in force
 * for the visit (the whole value first, else a cash or goods cap), in yuan. Undefined when the
 * standard sets no cap for it.
 */
export function defaultAmount(standard: StandardRules | undefined, visit: CapKey): number | undefined {
  if (!standard) return undefined;
  const cap = findPerVisitCap(standard, visit, '合计') ?? findPerVisitCap(standard, visit);
  return cap?.cap;
}
