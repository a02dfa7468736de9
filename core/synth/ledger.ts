import type { IsoDate } from '../model';
import { generateCadre, type SynthCadre } from './cadre';
import { shiftDays, shiftYears } from './dates';
import { generateFollowUps, type SynthFollowUp } from './follow-ups';
import { createRandom, deriveSeed } from './random';
import { generateVisits, type SynthVisit } from './visits';

export interface LedgerOptions {
  count: number;
  seed?: number;
  /** the day the ledger is "as of" (Asia/Shanghai calendar day); no generated date is later */
  today?: IsoDate;
  /** false: cadres only, no follow-ups or visits (imports and search benchmarks); default true */
  history?: boolean;
}

export interface SynthLedger {
  cadres: SynthCadre[];
  followUps: SynthFollowUp[];
  visits: SynthVisit[];
}

export const DEFAULT_SYNTH_TODAY: IsoDate = '2026-11-29';

/** Random streams of one cadre: its record, its follow-ups, its visits. */
const STREAM = { cadre: 0, followUps: 1, visits: 2 } as const;

/**
 * Generates a synthetic ledger: `count` cadres (valid `CadreInput`s, each with an id), their
 * follow-ups of the past year and their visit records of the past three years. The same seed
 * and `today` always give the same ledger, and the first N cadres do not depend on `count`.
 * All names, ID numbers and phone numbers are random and belong to no one.
 */
export function generateLedger(options: LedgerOptions): SynthLedger {
  const seed = options.seed ?? 1;
  const today = options.today ?? DEFAULT_SYNTH_TODAY;
  const count = Math.max(0, Math.floor(options.count));
  const window = { from: shiftDays(shiftYears(today, -3), 1), today };
  const usedIdNumbers = new Set<string>();
  const seedTag = (seed >>> 0).toString(36);
  const history = options.history ?? true;

  const cadres: SynthCadre[] = [];
  const followUps: SynthFollowUp[] = [];
  const visits: SynthVisit[] = [];
  for (let i = 0; i < count; i++) {
    const id = `syn${seedTag}c${String(i + 1).padStart(6, '0')}`;
    const cadre = generateCadre(createRandom(deriveSeed(seed, i, STREAM.cadre)), { id, today, usedIdNumbers });
    cadres.push(cadre);
    if (!history) continue;
    for (const f of generateFollowUps(createRandom(deriveSeed(seed, i, STREAM.followUps)), cadre, today)) followUps.push(f);
    for (const v of generateVisits(createRandom(deriveSeed(seed, i, STREAM.visits)), cadre, window)) visits.push(v);
  }
  numberVisitForms(visits);
  return { cadres, followUps, visits };
}

/**
 * In date order, gives OA visits their approval-form number (WWSP-2025-0001) and, when they are
 * old enough to have been claimed, the monthly expense claim that covered them.
 */
function numberVisitForms(visits: SynthVisit[]): void {
  sortByDate(visits);
  const perYear = new Map<string, number>();
  const lastDate = visits[visits.length - 1]?.date ?? '';
  const claimedBefore = lastDate ? shiftDays(lastDate, -45) : '';
  for (const v of visits) {
    if (v.source !== 'oa') continue;
    const year = v.date.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    v.oaFormNumber = `WWSP-${year}-${String(n).padStart(5, '0')}`;
    if (v.date < claimedBefore) v.claimedIn = monthlyClaim(v.date);
  }
}

const claimNumbers = new Map<string, string>();
/** The number of the monthly expense claim (FYBX-202501) covering a visit; one string per month. */
function monthlyClaim(date: IsoDate): string {
  const month = date.slice(0, 7);
  let claim = claimNumbers.get(month);
  if (!claim) {
    claim = `FYBX-${month.replace('-', '')}`;
    claimNumbers.set(month, claim);
  }
  return claim;
}

/** Stable sort by date through buckets: about a thousand distinct days for 100,000 visits. */
function sortByDate(visits: SynthVisit[]): void {
  const byDate = new Map<string, SynthVisit[]>();
  for (const v of visits) {
    const bucket = byDate.get(v.date);
    if (bucket) bucket.push(v);
    else byDate.set(v.date, [v]);
  }
  let i = 0;
  for (const date of [...byDate.keys()].sort()) for (const v of byDate.get(date)!) visits[i++] = v;
}
