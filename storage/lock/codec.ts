import type { LockKeys } from '../../core/lock/keys';
import { hashedIndexesOf, nestedRecordsOf, sealedFieldsOf } from '../../core/lock/sensitive-fields';
import { isSealedRow, lockedRow, openRow, SEALED_KEY, sealRow } from './row';

type Row = Record<string, unknown>;

/**
 * How the Lock seals and opens the rows of one table. Most tables store one record to a row
 * (storage/lock/row.ts); a table of many records to a row (cadre and visit buckets) seals each
 * record in it as its own record, so a record's seal does not depend on which row holds it and
 * the rows can be regrouped without the key.
 */
export interface RowCodec {
  /** the row holds sealed data */
  isSealed(row: unknown): boolean;
  /** writing the row needs the key: it holds a live record in the clear */
  needsKey(row: Row): boolean;
  seal(keys: LockKeys, row: Row): Promise<Row>;
  open(keys: LockKeys, row: Row): Promise<Row>;
  /** the row as read without the key */
  locked(row: Row): Row;
  /** the row to store, written without the key (`needsKey` false): what was read locked goes back as it was stored */
  keepSealed(row: Row): Row;
}

/**
 * Where a record read without the key keeps the keyed hashes of its indexed sealed fields (its
 * ID number), so that writing its row back restores them for the row's index. Only in memory.
 */
const LOCKED_HASHES_KEY = 'lockedHashes';

const isLiveRecord = (r: unknown): boolean => !!r && typeof r === 'object' && (r as Row).deletedAt === undefined;

/** The codec of a table's rows. */
export function codecOf(table: string): RowCodec {
  const nested = nestedRecordsOf(table);
  if (!nested) {
    return {
      isSealed: isSealedRow,
      // a live row always goes through sealing (a tombstone holds nothing sensitive)
      needsKey: isLiveRecord,
      seal: (keys, row) => sealRow(keys, table, row),
      open: (keys, row) => openRow(keys, table, row),
      locked: (row) => lockedRow(table, row),
      keepSealed: (row) => row,
    };
  }
  const { field, kind, rowTerms = {} } = nested;
  const records = (row: Row): Row[] => (Array.isArray(row[field]) ? (row[field] as Row[]) : []);
  const withRecords = (row: Row, list: Row[]): Row => {
    const out: Row = { ...row, [field]: list };
    // the row's index terms follow its records: clear values from clear records, hashes from sealed ones
    for (const [rowField, recordField] of Object.entries(rowTerms)) {
      const values = list.filter(isLiveRecord).map((r) => r[recordField]);
      out[rowField] = [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
    }
    return out;
  };
  const hashed = Object.keys(hashedIndexesOf(kind));
  /** a record read without the key: its seal and hashes kept aside, its sealed fields as placeholders */
  const lockedRecord = (r: Row): Row => ({
    ...lockedRow(kind, r),
    [SEALED_KEY]: r[SEALED_KEY],
    [LOCKED_HASHES_KEY]: Object.fromEntries(hashed.filter((f) => f in r).map((f) => [f, r[f]])),
  });
  /** a record as stored again: a locked one back to what was read, any other as it is */
  const storedAgain = (r: Row): Row => {
    if (!isSealedRow(r) || !(LOCKED_HASHES_KEY in r)) return r;
    const out: Row = { ...r };
    for (const f of sealedFieldsOf(kind)) delete out[f];
    Object.assign(out, out[LOCKED_HASHES_KEY] as Row);
    delete out[LOCKED_HASHES_KEY];
    return out;
  };
  return {
    isSealed: (row) => !!row && typeof row === 'object' && records(row as Row).some(isSealedRow),
    // a row of records still sealed can be regrouped without the key (deleting a cadre or a visit while locked)
    needsKey: (row) => records(row).some((r) => isLiveRecord(r) && !isSealedRow(r)),
    seal: async (keys, row) => withRecords(row, await Promise.all(records(row).map((r) => (isSealedRow(r) ? storedAgain(r) : sealRow(keys, kind, r))))),
    open: async (keys, row) => withRecords(row, await Promise.all(records(row).map((r) => openRow(keys, kind, r)))),
    // each record keeps its seal, so that writing the row back keeps what the reader could not see
    locked: (row) => ({ ...row, [field]: records(row).map((r) => (isSealedRow(r) ? lockedRecord(r) : r)) }),
    keepSealed: (row) => withRecords(row, records(row).map(storedAgain)),
  };
}
