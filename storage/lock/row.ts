import { hashTerm, isSealed, openValue, sealValue } from '../../core/lock/seal';
import { hashedIndexesOf, sealedFieldsOf } from '../../core/lock/sensitive-fields';
import { termsOf } from '../../core/lock/terms';
import type { LockKeys } from '../../core/lock/keys';
import { lockedPlaceholders } from '../../core/lock/placeholders';

/**
 * One row as stored with the Lock on: the sensitive fields (core/lock/sensitive-fields.ts) move
 * into one sealed value under SEALED_KEY; an indexed sensitive field keeps keyed hashes of its
 * terms instead of its value, so exact lookups still work through the index.
 */
export const SEALED_KEY = 'sealed';

type Row = Record<string, unknown>;

/** True when a stored row carries sealed fields. */
export function isSealedRow(row: unknown): row is Row {
  return !!row && typeof row === 'object' && isSealed((row as Row)[SEALED_KEY]);
}

/** The row to store for a clear row (tombstones and rows without sensitive fields stay as they are). */
export async function sealRow(keys: LockKeys, table: string, row: Row): Promise<Row> {
  const fields = sealedFieldsOf(table);
  if (fields.length === 0 || row.deletedAt !== undefined) return row;
  const stored: Row = { ...row };
  const sensitive: Row = {};
  for (const f of fields) {
    if (f in stored) {
      if (stored[f] !== undefined) sensitive[f] = stored[f];
      delete stored[f];
    }
  }
  // a row that went through the Lock before (and was not opened) keeps its seal
  if (Object.keys(sensitive).length === 0) return row;
  for (const [index, spec] of Object.entries(hashedIndexesOf(table))) {
    const value = sensitive[index];
    if (value === undefined) continue;
    const values = (spec.multi ? (Array.isArray(value) ? value : []) : [value]).filter((v): v is string => typeof v === 'string');
    const terms = values.flatMap(termsOf);
    const hashes = terms.map((t) => hashTerm(keys, index, t.kind, t.text));
    if (spec.multi) stored[index] = [...new Set(hashes)];
    else if (hashes[0] !== undefined) stored[index] = hashes[0];
  }
  stored[SEALED_KEY] = await sealValue(keys, table, String(row.id), sensitive);
  return stored;
}

/** The clear row of a stored one; a seal that does not open reads as locked. */
export async function openRow(keys: LockKeys, table: string, row: Row): Promise<Row> {
  if (!isSealedRow(row)) return row;
  const sensitive = await openValue(keys, table, String(row.id), row[SEALED_KEY] as string);
  if (!sensitive || typeof sensitive !== 'object') return lockedRow(table, row);
  const clear = withoutSealed(table, row);
  return { ...clear, ...(sensitive as Row) };
}

/** A stored row as read without the key: no sealed value, no hashes, empty defaults for the sealed fields. */
export function lockedRow(table: string, row: Row): Row {
  if (!isSealedRow(row)) return row;
  return { ...withoutSealed(table, row), ...lockedPlaceholders(table) };
}

function withoutSealed(table: string, row: Row): Row {
  const out: Row = { ...row };
  delete out[SEALED_KEY];
  for (const index of Object.keys(hashedIndexesOf(table))) delete out[index];
  return out;
}
