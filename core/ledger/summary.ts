import type { Cadre } from '../model/cadre';
import { maskIdNumber } from '../model/validators/id-number';
import type { LedgerEntry } from './entry';

/**
 * A cadre as lists and search results show it: never the ID number in clear. The same shape as
 * messaging/requests/ledger.ts `cadreSummary` (core cannot import messaging; tsc checks they
 * agree where the background assigns one to the other).
 */
export interface LedgerSummary {
  id: string;
  name: string;
  gender?: string;
  category: string;
  rank?: string;
  originalUnit?: string;
  birthDate?: string;
  idMasked?: string;
  alive: boolean;
  updatedAt: number;
  /** the columns a person may add to the ledger list */
  rankDetail?: string;
  originalPosition?: string;
  politicalStatus?: string;
  /** today, counted as the standard in force says (周岁 or 虚岁) */
  age?: number;
  /** the milestone age (80, 90, 100 ...) celebrated this year */
  milestoneAge?: number;
  phone?: string;
  address?: string;
  healthStatus?: string;
  hasDifficulty?: boolean;
  tags?: string[];
  /** the earliest due date of an open follow-up */
  nextFollowUp?: string;
}

type Summarisable = Pick<Cadre, 'id' | 'name' | 'gender' | 'category' | 'rank' | 'originalUnit' | 'birthDate' | 'idNumber' | 'alive' | 'updatedAt'>;

/** Projects a cadre onto its summary, masking the ID number (region and last four visible). */
export function toSummary(c: Summarisable): LedgerSummary {
  const s: LedgerSummary = { id: c.id, name: c.name, category: c.category, alive: c.alive, updatedAt: c.updatedAt };
  if (c.gender) s.gender = c.gender;
  if (c.rank) s.rank = c.rank;
  if (c.originalUnit) s.originalUnit = c.originalUnit;
  if (c.birthDate) s.birthDate = c.birthDate;
  if (c.idNumber) s.idMasked = maskIdNumber(c.idNumber);
  return s;
}

/** What the list computes for an entry on the day it is asked. */
export interface EntryFacts {
  age?: number;
  milestoneAge?: number;
  nextFollowUp?: string;
}

/** The summary of a ledger entry, with the facts of the day. */
export function entrySummary(e: LedgerEntry, facts: EntryFacts = {}): LedgerSummary {
  const s: LedgerSummary = { id: e.id, name: e.name, category: e.category, alive: e.alive, updatedAt: e.updatedAt, hasDifficulty: e.hasDifficulty };
  const optional = {
    gender: e.gender,
    rank: e.rank,
    originalUnit: e.originalUnit,
    birthDate: e.birthDate,
    idMasked: e.idNumber ? maskIdNumber(e.idNumber) : undefined,
    rankDetail: e.rankDetail,
    originalPosition: e.originalPosition,
    politicalStatus: e.politicalStatus,
    phone: e.phone,
    address: e.address,
    healthStatus: e.healthStatus,
    ...facts,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
  if (e.tags.length) s.tags = [...e.tags];
  return s;
}
