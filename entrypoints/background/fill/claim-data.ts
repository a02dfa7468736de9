import { buildClaim, type ClaimVisit } from '../../../core/expense/claim';
import { checkClaim, claimFromForm, claimToCheck } from '../../../core/expense/check';
import type { Claim } from '../../../core/expense/claim';
import type { Finding } from '../../../core/rules/finding';
import type { FillRow } from '../../../messaging/requests/fill';
import { isClaimed, selectVisits, type VisitFilter } from '../../../core/expense/select';
import type { IsoDate } from '../../../core/model/validators/dates';
import type { VisitRecord } from '../../../core/model/visit-record';
import type { ClaimHeaderInput, ClaimPreview, ClaimVisitRow } from '../../../messaging/requests/expense';
import type { Repos } from '../../../storage/repos';

/**
 * The claims view's data over the repositories: visits with their cadres' names, the claim for
 * chosen visits with its checks (budgets from the settings, what was claimed before from the
 * visit records), and marking visits claimed in one transaction.
 */

/** Names of the cadres of some visits, by cadre id ('' for a cadre no longer in the ledger). */
async function namesOf(repos: Repos, visits: readonly VisitRecord[]): Promise<Map<string, string>> {
  const ids = [...new Set(visits.map((v) => v.cadreId))];
  const cadres = await Promise.all(ids.map((id) => repos.cadres.get(id)));
  return new Map(ids.map((id, i) => [id, cadres[i]?.name ?? '']));
}

/** The visits a filter selects, with their cadres' names. */
export async function claimVisits(repos: Repos, filter: VisitFilter): Promise<ClaimVisitRow[]> {
  const visits = selectVisits(await repos.visits.list(), filter);
  const names = await namesOf(repos, visits);
  return visits.map((visit) => ({ visit, cadreName: names.get(visit.cadreId) ?? '' }));
}

/** The claim for the visits (those that exist), checked against budgets and earlier claims. */
export async function previewClaim(repos: Repos, visitIds: readonly string[], header: ClaimHeaderInput, today: IsoDate): Promise<ClaimPreview> {
  const [all, settings] = await Promise.all([repos.visits.list(), repos.settings.get()]);
  const byId = new Map(all.map((v) => [v.id, v]));
  const chosen = [...new Set(visitIds)].map((id) => byId.get(id)).filter((v): v is VisitRecord => v !== undefined);
  const names = await namesOf(repos, chosen);
  const visits: ClaimVisit[] = chosen.map((visit) => ({ visit, cadreName: names.get(visit.cadreId) ?? '' }));
  const claim = buildClaim(visits, {
    date: today,
    ...(settings.handlerName ? { claimant: settings.handlerName } : {}),
    ...(settings.department ? { department: settings.department } : {}),
    ...header,
  });
  const findings = checkClaim(claimToCheck(claim), {
    visits: new Map(visits.map((v) => [v.visit.id, v])),
    claimed: all.filter(isClaimed),
    budgets: settings.budgets,
  });
  return { claim, findings, blocked: findings.some((f) => f.severity === 'block') };
}

/** Marks the claim's visits claimed in `claimId`; nothing is written while a check blocks. */
export async function markClaimed(
  repos: Repos,
  visitIds: readonly string[],
  claimId: string,
  header: ClaimHeaderInput,
  today: IsoDate,
): Promise<{ ok: true; marked: number; claimId: string } | { ok: false; key: 'claim_err_blocked' | 'claim_err_no_visits'; preview?: ClaimPreview }> {
  const preview = await previewClaim(repos, visitIds, header, today);
  if (preview.claim.rows.length === 0) return { ok: false, key: 'claim_err_no_visits' };
  if (preview.blocked) return { ok: false, key: 'claim_err_blocked', preview };
  // one transaction; a visit claimed meanwhile (another window) undoes the whole marking
  const marked = await repos.db
    .transaction('rw', repos.db.visitBuckets, async () => {
      let n = 0;
      const stored = new Map((await repos.visits.list()).map((v) => [v.id, v]));
      for (const row of preview.claim.rows) {
        const visit = stored.get(row.visitId);
        if (!visit) continue;
        if (isClaimed(visit)) throw new AlreadyClaimed();
        const res = await repos.visits.save(
          { ...visit, claimedIn: claimId, claimedBudgetItem: preview.claim.budgetItem, claimedOn: today },
          { id: visit.id, expectedUpdatedAt: visit.updatedAt },
        );
        if (!res.ok) throw new AlreadyClaimed();
        n++;
      }
      return n;
    })
    .catch((e: unknown) => {
      if (e instanceof AlreadyClaimed) return null;
      throw e;
    });
  if (marked === null) return { ok: false, key: 'claim_err_blocked', preview: await previewClaim(repos, visitIds, header, today) };
  return { ok: true, marked, claimId };
}

class AlreadyClaimed extends Error {}

/** What the form shows after a fill, by key: the fields CareFill wrote (others unread). */
export function formFromReport(rows: readonly FillRow[]): Record<string, string> {
  const form: Record<string, string> = {};
  for (const r of rows) if (r.key !== '' && r.status !== 'skipped' && form[r.key] === undefined) form[r.key] = r.shown;
  return form;
}

/** The checks of the claim on what the OA form holds after the fill (the page may have changed values). */
export async function checkFilledForm(repos: Repos, claim: Claim, rows: readonly FillRow[]): Promise<Finding[]> {
  const [all, settings] = await Promise.all([repos.visits.list(), repos.settings.get()]);
  const byId = new Map(all.map((v) => [v.id, v]));
  const visits = new Map<string, ClaimVisit>();
  for (const r of claim.rows) {
    const visit = byId.get(r.visitId);
    if (visit) visits.set(r.visitId, { visit, cadreName: r.recipient });
  }
  return checkClaim(claimFromForm(formFromReport(rows), claim), { visits, claimed: all.filter(isClaimed), budgets: settings.budgets });
}
