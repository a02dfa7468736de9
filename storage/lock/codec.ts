import type { LockKeys } from '../../core/lock/keys';
import { nestedRecordsOf } from '../../core/lock/sensitive-fields';
import { isSealedRow, lockedRow, openRow, SEALED_KEY, sealRow } from './row';

type Row = Record<string, unknown>;

/**
 * How the Lock seals and opens the rows of one table. Most tables store one record to a row
 * (storage/lock/row.ts); a table of many records to a row (visit buckets) seals each record in
 * it as its own record, so a record's seal does not depend on which row holds it and the rows
 * can be regrouped without the key.
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
}

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
    };
  }
  const { field, kind } = nested;
  const records = (row: Row): unknown[] => (Array.isArray(row[field]) ? (row[field] as unknown[]) : []);
  const mapAll = async (row: Row, f: (r: Row) => Promise<Row>): Promise<Row> => ({ ...row, [field]: await Promise.all(records(row).map((r) => f(r as Row))) });
  return {
    isSealed: (row) => !!row && typeof row === 'object' && records(row as Row).some(isSealedRow),
    // a row of records still sealed can be regrouped without the key (deleting a visit while locked)
    needsKey: (row) => records(row).some((r) => isLiveRecord(r) && !isSealedRow(r)),
    seal: (keys, row) => mapAll(row, (r) => sealRow(keys, kind, r)),
    open: (keys, row) => mapAll(row, (r) => openRow(keys, kind, r)),
    // each record keeps its seal, so that writing the row back keeps what the reader could not see
    locked: (row) => ({ ...row, [field]: records(row).map((r) => (isSealedRow(r) ? { ...lockedRow(kind, r), [SEALED_KEY]: r[SEALED_KEY] } : r)) }),
  };
}
