import type { Cadre } from '../model/cadre';
import { maskIdNumber } from '../model/validators/id-number';

/**
 * A cadre as lists and search results show it: never the ID number in clear. The same shape as
 * messaging/protocol.ts `CadreSummary` (core cannot import messaging; tsc checks they agree where
 * the background assigns one to the other).
 */
export interface LedgerSummary {
  id: string;
  name: string;
  gender?: string;
  category: string;
  rank?: string;
  originalUnit?: string;
  birthDate?: string;
  idMasked?: string;
  alive: boolean;
  updatedAt: number;
}

type Summarisable = Pick<Cadre, 'id' | 'name' | 'gender' | 'category' | 'rank' | 'originalUnit' | 'birthDate' | 'idNumber' | 'alive' | 'updatedAt'>;

/** Projects a cadre onto its summary, masking the ID number (region and last four visible). */
export function toSummary(c: Summarisable): LedgerSummary {
  const s: LedgerSummary = { id: c.id, name: c.name, category: c.category, alive: c.alive, updatedAt: c.updatedAt };
  if (c.gender) s.gender = c.gender;
  if (c.rank) s.rank = c.rank;
  if (c.originalUnit) s.originalUnit = c.originalUnit;
  if (c.birthDate) s.birthDate = c.birthDate;
  if (c.idNumber) s.idMasked = maskIdNumber(c.idNumber);
  return s;
}
