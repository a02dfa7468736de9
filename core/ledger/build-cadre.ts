import { cadre, cadreInput, deriveFromIdNumber, type Cadre } from '../model/cadre';
import { toFieldProblems, type FieldProblem } from '../model/issues';
import type { RecordMeta } from '../model/record';
import { todayInShanghai, type IsoDate } from '../model/validators/dates';
import { searchKeys } from './search-keys';

export type BuildResult = { ok: true; cadre: Cadre } | { ok: false; problems: FieldProblem[] };

/** Envelope and derived keys that callers may send back with an edited cadre; never taken from input. */
const NOT_INPUT = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'pinyin', 'initials'] as const;

/**
 * Splits a raw cadre object into its input fields and the id it carried, if any. Envelope and
 * derived keys are dropped (they are the store's to set), so an editor may send a loaded record back.
 */
export function splitEnvelope(raw: Record<string, unknown>): { id?: string; input: Record<string, unknown> } {
  const input: Record<string, unknown> = { ...raw };
  for (const k of NOT_INPUT) delete input[k];
  return typeof raw.id === 'string' ? { id: raw.id, input } : { input };
}

/** The input fields of a stored cadre: what an import row is merged over. */
export function inputFieldsOf(c: Cadre): Record<string, unknown> {
  return splitEnvelope(c as unknown as Record<string, unknown>).input;
}

/**
 * Turns what a person entered into a storable cadre: validates it (`cadreInput`), derives birth
 * date and gender from the ID number, computes the pinyin search keys, adds the envelope and
 * validates the result as a stored `cadre`. Problems carry i18n keys per field; nothing is thrown.
 */
export function buildCadre(input: unknown, meta: RecordMeta, today: IsoDate = todayInShanghai()): BuildResult {
  const parsed = cadreInput.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toFieldProblems(parsed.error) };
  const derived = deriveFromIdNumber(parsed.data, today);
  const envelope: RecordMeta = { id: meta.id, createdAt: meta.createdAt, updatedAt: meta.updatedAt };
  const full = cadre.safeParse({ ...derived, ...envelope, ...searchKeys(derived.name) });
  if (!full.success) return { ok: false, problems: toFieldProblems(full.error) };
  return { ok: true, cadre: full.data };
}

/** The next `updatedAt` of a record: now, but always later than the previous one. */
export function nextUpdatedAt(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}
