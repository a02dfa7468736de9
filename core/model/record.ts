import { z } from 'zod';

/**
 * Every stored record carries the same envelope so that export-file sync can merge by id:
 * the newer `updatedAt` wins, and a deletion is a tombstone (`deletedAt`) rather than a gap.
 */
export const recordMeta = {
  id: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  /** epoch milliseconds */
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** set when deleted; the record keeps only its envelope */
  deletedAt: z.number().int().nonnegative().optional(),
};

export type RecordMeta = {
  id: string;
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
};

/** A URL-safe random id (crypto.randomUUID exists in browsers and Node 20). */
export function newId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/** The envelope of a new record created at `now`. */
export function freshMeta(now: number = Date.now()): RecordMeta {
  return { id: newId(), createdAt: now, updatedAt: now };
}
