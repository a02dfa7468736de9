import { todayInShanghai } from '../../../core/model/validators/dates';
import { claimFormValues } from '../../../core/expense/values';
import { checkFilledForm, claimVisits, markClaimed, previewClaim } from '../fill/claim-data';
import { browserPageWorld, installPageAdapter } from '../fill/adapter';
import { fillClaimTab } from '../fill/claim-fill';
import { openOaTabs } from '../fill/claim-tabs';
import { siteMapStore } from '../fill/site-maps';
import { browserTabApi } from '../fill/tab-api';
import type { Handler } from './context';

/** `claim.visits`: visit records a claim may cover, with names. */
export const listClaimVisits: Handler<'claim.visits'> = async ({ filter }, { repos }) => ({ visits: await claimVisits(repos, filter) });

/** `claim.preview`: the claim and its checks. */
export const previewClaimHandler: Handler<'claim.preview'> = async ({ visitIds, header }, { repos }) => previewClaim(repos, visitIds, header, todayInShanghai());

/** `claim.fill`: the claim into the OA tab's form, unless a check blocks it. */
export const fillClaim: Handler<'claim.fill'> = async ({ tabId, visitIds, header, overwrite }, { repos }) => {
  const preview = await previewClaim(repos, visitIds, header, todayInShanghai());
  if (preview.claim.rows.length === 0) return { ok: false, key: 'claim_err_no_visits' };
  if (preview.blocked) return { ok: false, key: 'claim_err_blocked', preview };
  const report = await fillClaimTab(tabId, claimFormValues(preview.claim), overwrite, {
    tab: browserTabApi,
    siteMaps: siteMapStore(repos),
    now: () => performance.now(),
    pageAdapter: async (tab, frame) => installPageAdapter(browserPageWorld, await repos.settings.get(), { tabId: tab, ...frame }),
  });
  if (!report.ok) return { ...report, preview };
  return { ...report, preview, formFindings: await checkFilledForm(repos, preview.claim, report.rows) };
};

/** `claim.markClaimed`: the visits marked claimed (refused while a check blocks). */
export const markClaimedHandler: Handler<'claim.markClaimed'> = async ({ visitIds, claimId, header }, { repos }) => markClaimed(repos, visitIds, claimId, header, todayInShanghai());

/** `claim.tabs`: open OA tabs to fill into. */
export const listClaimTabs: Handler<'claim.tabs'> = async () => ({ tabs: await openOaTabs() });

/** `claim.budgets`: the annual budgets of the settings. */
export const listBudgets: Handler<'claim.budgets'> = async (_p, { repos }) => ({ budgets: (await repos.settings.get()).budgets });

/** `claim.budgets.save`: replaces the budgets (one per item and year). */
export const saveBudgets: Handler<'claim.budgets.save'> = async ({ budgets }, { repos }) => {
  const pairs = new Set(budgets.map((b) => `${b.item}|${b.year}`));
  if (pairs.size !== budgets.length) return { ok: false, key: 'claim_err_budget_duplicate' };
  const saved = await repos.settings.update({ budgets });
  return saved.ok ? { ok: true, budgets: saved.settings.budgets } : { ok: false, key: saved.problems[0]?.key ?? 'err_too_long' };
};
