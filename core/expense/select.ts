import type { VisitRecord } from '../model/visit-record';
import type { Festival, VisitType } from '../model/vocab';

/**
 * Which visit records a claim may cover: one visit, or a batch such as "all 春节 visits of 2026
 * not yet claimed". Filters are conjunctive; an absent filter lets everything through.
 */

export interface VisitFilter {
  year?: number;
  visitType?: VisitType;
  festival?: Festival;
  /** inclusive ISO dates */
  from?: string;
  to?: string;
  fundingSource?: string;
  /** default true: visits already in a claim are left out */
  unclaimedOnly?: boolean;
}

/** True when a visit passes every filter that is set. */
export function visitMatches(v: VisitRecord, f: VisitFilter): boolean {
  if (f.unclaimedOnly !== false && isClaimed(v)) return false;
  if (f.year !== undefined && !v.date.startsWith(`${f.year}-`)) return false;
  if (f.visitType !== undefined && v.visitType !== f.visitType) return false;
  if (f.festival !== undefined && v.festival !== f.festival) return false;
  if (f.from && v.date < f.from) return false;
  if (f.to && v.date > f.to) return false;
  if (f.fundingSource && (v.fundingSource ?? '') !== f.fundingSource) return false;
  return true;
}

/** The visits a filter selects, by date then id (a stable order for the claim's rows). */
export function selectVisits(visits: readonly VisitRecord[], f: VisitFilter): VisitRecord[] {
  return visits.filter((v) => visitMatches(v, f)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** A visit an earlier claim already covers. */
export function isClaimed(v: Pick<VisitRecord, 'claimedIn'>): boolean {
  return (v.claimedIn ?? '').trim() !== '';
}
