import type { StandardRules } from '../model/standard';
import type { IsoDate } from '../model/validators/dates';

/** A standard version as stored (envelope optional): the selection reads dates and flags only. */
export type StandardVersion = StandardRules & { id?: string; updatedAt?: number; deletedAt?: number };

/** True when the version is in force on the day (from `effectiveFrom` to `effectiveTo`, inclusive). */
export function isInForce(s: StandardVersion, date: IsoDate): boolean {
  return s.deletedAt === undefined && s.effectiveFrom <= date && (s.effectiveTo === undefined || date <= s.effectiveTo);
}

/**
 * The version of the standards in force on a day: among those in force, the office's own before
 * the shipped example, then the latest `effectiveFrom` (a new version replaces the old without
 * closing it), then the latest edited. Undefined when none is in force.
 */
export function standardInForce<S extends StandardVersion>(standards: readonly S[], date: IsoDate): S | undefined {
  let best: S | undefined;
  for (const s of standards) {
    if (!isInForce(s, date)) continue;
    if (!best || compareVersions(s, best) > 0) best = s;
  }
  return best;
}

function compareVersions(a: StandardVersion, b: StandardVersion): number {
  if (a.isExample !== b.isExample) return a.isExample ? -1 : 1;
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? -1 : 1;
  return (a.updatedAt ?? 0) - (b.updatedAt ?? 0);
}
