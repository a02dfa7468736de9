import { cadreFields } from '../model/cadre';
import { CADRE_TERMS_SEALED, sealedFieldsOf } from './sensitive-fields';

/**
 * What a sealed field reads as while the database is locked: the model's own default (an empty
 * list of phones, no difficulty …) where it has one, else absent. Readers that only need names and
 * categories keep working; nothing that reads this ever writes it back (writes are refused while locked).
 */
const CADRE_PLACEHOLDERS: Readonly<Record<string, unknown>> = (() => {
  const out: Record<string, unknown> = {};
  const shape = cadreFields.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  for (const f of sealedFieldsOf('cadres')) {
    const field = shape[f];
    if (!field) continue;
    const r = field.safeParse(undefined);
    if (r.success && r.data !== undefined) out[f] = r.data;
  }
  for (const f of CADRE_TERMS_SEALED) out[f] = [];
  return out;
})();

/** The placeholder values of a table's sealed fields (fresh copies). */
export function lockedPlaceholders(table: string): Record<string, unknown> {
  return table === 'cadres' ? (structuredClone(CADRE_PLACEHOLDERS) as Record<string, unknown>) : {};
}
