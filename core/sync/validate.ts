import { searchKeys } from '../ledger/search-keys';
import { toFieldProblems, type FieldProblem } from '../model/issues';
import { RECORD_SCHEMAS, tombstone, type RecordKind, type SyncRecord } from './kinds';

export type Validated = { ok: true; record: SyncRecord } | { ok: false; problems: FieldProblem[] };

/**
 * Validates one record of a file with its kind's strict schema (core/model), or the tombstone
 * schema when it carries `deletedAt`. The output is normalised as the schema normalises; a
 * cadre's search keys are derived again from its name rather than taken from the file.
 */
export function validateRecord(kind: RecordKind, raw: unknown): Validated {
  const isDeleted = raw !== null && typeof raw === 'object' && (raw as { deletedAt?: unknown }).deletedAt !== undefined;
  const parsed = (isDeleted ? tombstone : RECORD_SCHEMAS[kind]).safeParse(raw);
  if (!parsed.success) return { ok: false, problems: toFieldProblems(parsed.error) };
  const record = parsed.data as SyncRecord;
  if (kind === 'cadres' && !isDeleted) return { ok: true, record: { ...record, ...searchKeys(String(record.name)) } };
  return { ok: true, record };
}

/**
 * Records of a decoded file already validated, with their validated form. The commit plans again
 * what the preview planned, over the same decoded objects (when something was written in
 * between): it need not validate them twice. Weak: the entries go with the file. (Comparing each
 * validated record with its raw form, to keep only one of them, cost more than it saved.)
 */
const VALIDATED = new WeakMap<object, Validated>();

/** `validateRecord`, remembered for the records found valid. */
export function validateRecordOnce(kind: RecordKind, raw: unknown): Validated {
  const isObject = raw !== null && typeof raw === 'object';
  const known = isObject ? VALIDATED.get(raw) : undefined;
  if (known) return known;
  const checked = validateRecord(kind, raw);
  if (checked.ok && isObject) VALIDATED.set(raw, checked);
  return checked;
}
