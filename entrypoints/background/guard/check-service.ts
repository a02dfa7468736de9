import { cadreKeyOf, pickCadre } from '../../../core/guard/find-cadre';
import { guardCheck, type GuardCheckResult } from '../../../core/guard/check';
import { duplicateOf } from '../../../core/guard/dedupe';
import type { VisitCandidate } from '../../../core/guard/candidate';
import type { Cadre } from '../../../core/model/cadre';
import { todayInShanghai, type IsoDate } from '../../../core/model/validators/dates';
import { VisitHistoryIndex } from '../../../core/rules/history-index';
import { ensureSeeded } from '../../../storage/standards-store';
import { cadreHistoryIndex, cadreVisits } from '../../../storage/visit-history';
import type { Repos } from '../../../storage/repos';

/**
 * The guard's storage side: finds the form's cadre in the ledger, reads that cadre's history
 * and the standards, runs the pure check, and records a submit that went through (once).
 */

export interface FormToCheck {
  values: Record<string, string>;
  url: string;
  formSignature: string;
}

export interface CheckedForm extends GuardCheckResult {
  cadre?: Cadre;
}

/** The ledger's cadre named by the form: by ID number, else by name plus former unit. */
export async function findCadre(repos: Pick<Repos, 'cadres'>, values: Record<string, string>): Promise<Cadre | undefined> {
  const key = cadreKeyOf(values);
  // the key's ID number is upper-case, as the cadre schema stores every ID number
  const found = await Promise.all([key.idNumber ? repos.cadres.withIdNumber(key.idNumber) : [], key.name ? repos.cadres.named(key.name) : []]);
  return pickCadre(key, found.flat());
}

/** Checks a form with the ledger's data as it is now. */
export async function checkForm(repos: Pick<Repos, 'db' | 'cadres' | 'standards'>, form: FormToCheck, today: IsoDate = todayInShanghai()): Promise<CheckedForm> {
  await ensureSeeded(repos.db);
  const cadre = await findCadre(repos, form.values);
  const [history, standards] = await Promise.all([cadre ? cadreHistoryIndex(repos.db, cadre.id) : VisitHistoryIndex.empty(), repos.standards.list()]);
  const result = guardCheck({ form: form.values, ...(cadre ? { cadre } : {}), history, standards, today, place: { oaUrl: form.url, formSignature: form.formSignature } });
  return { ...result, ...(cadre ? { cadre } : {}) };
}

/**
 * Records the visit of a submit that went through, unless the same submit was just recorded.
 * True when a record was written.
 */
export async function recordSubmit(repos: Pick<Repos, 'db' | 'visits'>, candidate: VisitCandidate | null, now = Date.now()): Promise<boolean> {
  if (!candidate) return false;
  const sameDay = await cadreVisits(repos.db, candidate.cadreId, candidate.date, candidate.date);
  if (duplicateOf(candidate, sameDay, now)) return false;
  const res = await repos.visits.save(candidate);
  if (!res.ok) console.warn(`[CareFill] guarded submit not recorded: ${res.problems.map((p) => p.key).join(', ')}`);
  return res.ok;
}
