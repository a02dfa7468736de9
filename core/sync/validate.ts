import { searchKeys } from '../ledger/search-keys';
import { toFieldProblems, type FieldProblem } from '../model/issues';
import { jsonEqual } from './canonical';
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
 * Records of a decoded file found valid exactly as they are (their validated form equals them).
 * The commit plans again what the preview planned, over the same decoded objects: it need not
 * validate them twice. Weak: the marks go with the file.
 */
const VALID_AS_IS = new WeakSet<object>();

/** `validateRecord`, remembered for records that are valid as they are. */
export function validateRecordOnce(kind: RecordKind, raw: unknown): Validated {
  if (raw !== null && typeof raw === 'object' && VALID_AS_IS.has(raw)) return { ok: true, record: raw as SyncRecord };
  const checked = validateRecord(kind, raw);
  if (checked.ok && raw !== null && typeof raw === 'object' && jsonEqual(checked.record, raw)) {
    VALID_AS_IS.add(raw);
    return { ok: true, record: raw as SyncRecord };
  }
  return checked;
}
