import type { Cadre } from '../model/cadre';
import type { FollowUp } from '../model/follow-up';
import type { VisitRecord } from '../model/visit-record';
import type { CadreIndexTerms } from '../ledger/index-terms';

/**
 * What the Lock seals at rest: the one list of sensitive fields per table. Field names are checked
 * against the record types (core/model), so renaming a field there breaks this file, not the Lock.
 *
 * cadres: ID number, phones, addresses, family (spouse, emergency contact), health, difficulties,
 * needs and notes, plus the search terms derived from the ID number and the phones.
 * followUps / visits: the free text a person writes down, which carries health and needs.
 */
const CADRE_SEALED = [
  'idNumber',
  'phones',
  'address',
  'elsewhereAddress',
  'emergencyContact',
  'spouse',
  'health',
  'difficulty',
  'needs',
  'notes',
] as const satisfies readonly (keyof Cadre)[];
export const CADRE_TERMS_SEALED = ['phoneDigits', 'digitTails'] as const satisfies readonly (keyof CadreIndexTerms)[];
const FOLLOW_UP_SEALED = ['found', 'action'] as const satisfies readonly (keyof FollowUp)[];
const VISIT_SEALED = ['note'] as const satisfies readonly (keyof VisitRecord)[];

/** The kinds of record with sealed fields, and which fields (a kind is also its table, but for visit records). */
export const SEALED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  cadres: [...CADRE_SEALED, ...CADRE_TERMS_SEALED],
  followUps: FOLLOW_UP_SEALED,
  visits: VISIT_SEALED,
};

/** How a table stores many records to a row (storage/buckets.ts). */
export interface NestedRecords {
  /** the row's field that holds the records */
  field: string;
  /** the kind each record is sealed as (a key of SEALED_FIELDS) */
  kind: string;
  /** row fields listing a field of the row's live records, for an index (row field → record field) */
  rowTerms?: Readonly<Record<string, string>>;
}

const NESTED_RECORDS: Readonly<Record<string, NestedRecords>> = {
  visitBuckets: { field: 'visits', kind: 'visits' },
  cadreBuckets: { field: 'cadres', kind: 'cadres', rowTerms: { idNumbers: 'idNumber' } },
};

/** The tables whose rows hold sealed fields, directly or in the records they hold. */
export const SEALED_TABLES = ['cadreBuckets', 'followUps', 'visitBuckets'] as const;

/** How a table holds many records to a row, or undefined for one record to a row. */
export function nestedRecordsOf(table: string): NestedRecords | undefined {
  return NESTED_RECORDS[table];
}

/** An index over a sealed field: it stores a keyed hash of each value, for equality lookups. */
export interface HashedIndex {
  /** a multi-entry index (a list of values) */
  multi: boolean;
  /** the name its terms are hashed under, when not its own (a row's list of its records' values) */
  hashedAs?: string;
}

export const HASHED_INDEXES: Readonly<Record<string, Readonly<Record<string, HashedIndex>>>> = {
  // a sealed cadre keeps the keyed hash of its ID number, which its bucket row lists for its index
  cadres: {
    idNumber: { multi: false },
  },
  cadreBuckets: {
    idNumbers: { multi: true, hashedAs: 'idNumber' },
  },
};

/** The sealed fields of a table (empty for tables the Lock leaves alone). */
export function sealedFieldsOf(table: string): readonly string[] {
  return SEALED_FIELDS[table] ?? [];
}

/** The hashed indexes of a table. */
export function hashedIndexesOf(table: string): Readonly<Record<string, HashedIndex>> {
  return HASHED_INDEXES[table] ?? {};
}
