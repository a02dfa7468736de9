import { DEFAULT_CONTACT_RULES, type ContactRule, type Settings } from '../../../core/model';
import { todayInShanghai, type IsoDate } from '../../../core/model/validators/dates';
import type { ContactRulesState } from '../../../messaging/requests/today';
import { computeToday, limitToday, policyFromSettings, visitListSheet, type TodayInput, type TodayLists } from '../../../core/today';
import type { Repos } from '../../../storage/repos';
import { ensureSeeded } from '../../../storage/standards-store';
import type { Handler } from './context';

/**
 * 今日工作: the home screen's lists and the campaign's visit list, computed from the whole
 * ledger each time (the worker keeps nothing between requests; an MV3 worker may stop anytime).
 */

/** Everything the lists read: the live cadres, follow-ups, visits, standards and templates, and the policy. */
export async function loadTodayInput(repos: Repos): Promise<TodayInput> {
  await ensureSeeded(repos.db);
  // by pinyin: lists keep this order within a unit or a day, so names come alphabetically without comparing them
  const [cadres, followUps, visits, standards, templates, settings] = await Promise.all([
    repos.cadres.list(),
    repos.followUps.list(),
    repos.visits.list(),
    repos.standards.list(),
    repos.templates.list(),
    repos.settings.get(),
  ]);
  return { cadres, followUps, visits, standards, templates, policy: policyFromSettings(settings) };
}

/** The lists for a day (default: today in Asia/Shanghai). */
export async function computeTodayFor(repos: Repos, today: IsoDate = todayInShanghai()): Promise<TodayLists> {
  return computeToday(await loadTodayInput(repos), today);
}

/** The contact rules in force: the office's own, or the defaults. */
function contactRulesOf(settings: Settings): ContactRulesState {
  return { rules: settings.contactRules ?? DEFAULT_CONTACT_RULES, custom: settings.contactRules !== undefined };
}

/** `today.compute`: every list cut to `limit` items, the whole counts, the reminder settings and the contact rules. */
export const computeTodayLists: Handler<'today.compute'> = async ({ today, limit }, { repos }) => {
  const [result, settings] = await Promise.all([computeTodayFor(repos, today), repos.settings.get()]);
  return { ...limitToday(result, limit), reminders: settings.reminders, contactRules: contactRulesOf(settings) };
};

/** `today.contactRules`: validated with the settings (problems at `contactRules.<i>.<field>`); null restores the defaults. */
export const saveContactRules: Handler<'today.contactRules'> = async ({ rules }, { repos }) => {
  const saved = await repos.settings.update({ contactRules: rules === null ? undefined : (rules as ContactRule[]) });
  return saved.ok ? { ok: true, ...contactRulesOf(saved.settings) } : saved;
};

/** `today.visitList`: the next campaign's 走访名单 as a sheet of every eligible cadre. */
export const campaignVisitList: Handler<'today.visitList'> = async ({ today }, { repos }) => {
  const { campaign } = await computeTodayFor(repos, today);
  return { sheet: campaign ? visitListSheet(campaign) : null };
};
