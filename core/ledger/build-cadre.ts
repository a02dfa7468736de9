import { cadreInput, deriveFromIdNumber, type Cadre } from '../model/cadre';
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
 * date and gender from the ID number, computes the pinyin search keys and adds the envelope.
 * Problems carry i18n keys per field; nothing is thrown.
 *
 * The result is not parsed again as a stored `cadre`: what is added is consistent by construction
 * (birth date and gender come from a valid ID number, which is not in the future; the envelope is
 * the store's), and a second parse doubled the cost of importing 20,000 rows. A test keeps
 * `cadre.parse(result)` equal to the result.
 */
export function buildCadre(input: unknown, meta: RecordMeta, today: IsoDate = todayInShanghai()): BuildResult {
  const parsed = cadreInput.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toFieldProblems(parsed.error) };
  const derived = deriveFromIdNumber(parsed.data, today);
  const built: Cadre = { ...derived, id: meta.id, createdAt: meta.createdAt, updatedAt: meta.updatedAt, ...searchKeys(derived.name) };
  return { ok: true, cadre: built };
}

/** The next `updatedAt` of a record: now, but always later than the previous one. */
export function nextUpdatedAt(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}
