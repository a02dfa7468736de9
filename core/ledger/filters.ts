import { z } from 'zod';
import { CATEGORIES, HEALTH_STATUSES, RANKS } from '../model/vocab';

/**
 * What the ledger list can be narrowed to. Every filter given must hold (they combine with AND);
 * a list inside a filter means any of its values. The schema is the request payload's too.
 */
export const ledgerFilters = z.strictObject({
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).optional(),
  ranks: z.array(z.enum(RANKS)).max(RANKS.length).optional(),
  /** part of the 原工作单位 */
  unit: z.string().trim().max(100).optional(),
  healthStatuses: z.array(z.enum(HEALTH_STATUSES)).max(HEALTH_STATUSES.length).optional(),
  /** true: has living difficulties; false: has none */
  difficulty: z.boolean().optional(),
  /** true: alive; false: deceased */
  alive: z.boolean().optional(),
  /** has an open follow-up due soon or overdue */
  followUpDue: z.boolean().optional(),
  /** age band in years (周岁 or 虚岁 as the standard in force counts), both ends inclusive */
  ageMin: z.number().int().min(0).max(150).optional(),
  ageMax: z.number().int().min(0).max(150).optional(),
  /** has a milestone birthday (80, 90, 100 ...) this year */
  milestone: z.boolean().optional(),
  /** carries any of these tags */
  tags: z.array(z.string().trim().min(1).max(20)).max(30).optional(),
});
export type LedgerFilters = z.output<typeof ledgerFilters>;

/** Orders of the ledger list. Without a sort, a search lists the best matches first, else by name. */
export const LEDGER_SORT_KEYS = ['name', 'age', 'category', 'rank', 'unit', 'updatedAt', 'followUp'] as const;
export type LedgerSortKey = (typeof LEDGER_SORT_KEYS)[number];

export const ledgerSort = z.strictObject({
  key: z.enum(LEDGER_SORT_KEYS),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type LedgerSort = z.output<typeof ledgerSort>;

/** True when no filter narrows the list. */
export function noFilters(f: LedgerFilters | undefined): boolean {
  if (!f) return true;
  return Object.values(f).every((v) => v === undefined || (Array.isArray(v) && v.length === 0) || v === '');
}
