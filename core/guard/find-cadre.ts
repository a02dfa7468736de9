import type { Cadre } from '../model/cadre';
import { fieldText, type FormValues } from '../rules/facts';
import { sameName } from '../rules/normalize';

/** How the form names the cadre: ID number, else name plus former unit. */
export interface CadreKey {
  idNumber?: string;
  name?: string;
  unit?: string;
}

/** The ledger fields the lookup compares. */
export type CadreCandidate = Pick<Cadre, 'id' | 'name'> & Partial<Pick<Cadre, 'idNumber' | 'originalUnit' | 'deletedAt'>>;

/** ID numbers as compared: half-width, no spaces, X upper case. */
export function normalizeIdNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The cadre key the form gives. */
export function cadreKeyOf(form: FormValues): CadreKey {
  const id = fieldText(form, 'cadre.idNumber');
  const name = fieldText(form, 'cadre.name');
  const unit = fieldText(form, 'cadre.originalUnit');
  return {
    ...(id ? { idNumber: normalizeIdNumber(id) } : {}),
    ...(name ? { name } : {}),
    ...(unit ? { unit } : {}),
  };
}

const compact = (s: string) => s.replace(/\s+/g, '');

/**
 * Chooses the ledger's cadre for a form: the live cadre with the form's ID number; else the one
 * live cadre with the form's name (and, when the form names a unit, that unit). Two cadres of the
 * same name and no unit to tell them apart: none (a wrong match would count someone else's caps).
 */
export function pickCadre<C extends CadreCandidate>(key: CadreKey, candidates: readonly C[]): C | undefined {
  const live = candidates.filter((c) => c.deletedAt === undefined);
  if (key.idNumber) {
    const byId = live.find((c) => c.idNumber !== undefined && normalizeIdNumber(c.idNumber) === key.idNumber);
    if (byId) return byId;
  }
  if (!key.name) return undefined;
  let named = live.filter((c) => sameName(c.name, key.name!));
  if (key.unit) named = named.filter((c) => c.originalUnit !== undefined && compact(c.originalUnit) === compact(key.unit!));
  return named.length === 1 ? named[0] : undefined;
}
