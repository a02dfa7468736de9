import { browser } from 'wxt/browser';
import type { Settings } from '../../core/model/settings';
import { todayInShanghai } from '../../core/model/validators/dates';
import { badgeText, nextReminderAt, urgentCount, type TodayLists } from '../../core/today';
import type { Repos } from '../../storage/repos';
import type { Handler } from './handlers/context';
import { computeTodayFor } from './handlers/today';

/**
 * The daily reminder: an alarm at the configured office time computes the home screen's counts,
 * shows a notification and sets the toolbar badge; clicking the notification opens the home
 * screen. Off in the settings: no alarm, no badge.
 */

export const REMINDER_ALARM = 'carefill-daily-check';
export const REMINDER_NOTIFICATION = 'carefill-today';
const DAY_MINUTES = 24 * 60;

type Reminders = Settings['reminders'];

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbar() {
  return browser.action ?? browser.browserAction;
}

/** The texts of a notification, in the browser's language. */
function notificationText(result: TodayLists): { title: string; message: string } {
  const t = (key: string, subs?: string[]) => (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs) || key;
  const c = result.counts;
  const lines = [
    t('today_notify_counts', [String(c.birthdaysPending), String(c.followUpsDue + c.followUpsOverdue), String(c.followUpsOverdue), String(c.inHospitalNotVisited), String(c.discharged), String(c.notContacted)]),
  ];
  if (result.campaign) lines.push(t('today_notify_campaign', [result.campaign.festival, String(result.campaign.left)]));
  return { title: t('today_notify_title'), message: lines.join('\n') };
}

/** Sets the badge to what needs acting on soon (empty for nothing). */
export async function showBadge(result: TodayLists): Promise<void> {
  const bar = toolbar();
  await bar.setBadgeText({ text: badgeText(urgentCount(result.counts)) });
  await bar.setBadgeBackgroundColor({ color: '#b3261e' });
}

/** The daily check: counts for today, the badge, and (unless `quiet`) the notification. */
export async function runDailyCheck(repos: Repos, options: { quiet?: boolean; today?: string } = {}): Promise<TodayLists | undefined> {
  const settings = await repos.settings.get();
  if (!settings.reminders.enabled) {
    await toolbar().setBadgeText({ text: '' });
    return undefined;
  }
  const result = await computeTodayFor(repos, options.today ?? todayInShanghai());
  await showBadge(result);
  if (!options.quiet) {
    const { title, message } = notificationText(result);
    await browser.notifications.create(REMINDER_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  }
  return result;
}

/**
 * Makes the alarm agree with the settings: on → one alarm a day at the configured time (kept
 * when it already fires at that time, so a restarted worker does not move it); off → no alarm
 * and no badge.
 */
export async function scheduleReminders(reminders: Reminders, now = Date.now()): Promise<void> {
  if (!reminders.enabled) {
    await browser.alarms.clear(REMINDER_ALARM);
    await toolbar().setBadgeText({ text: '' });
    return;
  }
  const when = nextReminderAt(reminders.time, now);
  const existing = await browser.alarms.get(REMINDER_ALARM);
  // the same time of day (a day's multiple apart) means the alarm is already right
  if (existing && existing.periodInMinutes === DAY_MINUTES && Math.abs(existing.scheduledTime - when) % (DAY_MINUTES * 60_000) < 60_000) return;
  browser.alarms.create(REMINDER_ALARM, { when, periodInMinutes: DAY_MINUTES });
}

/** Opens the home screen (options page, first tab). */
async function openHome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#today') });
}

function logFailure(what: string) {
  return (e: unknown) => console.error(`[CareFill] ${what} failed: ${e instanceof Error ? e.name : typeof e}`);
}

/**
 * Wires the reminder: the alarm, the notification's click, the schedule at each worker start and
 * the badge when the browser starts. Returns the repositories, so the background wires it in one
 * expression (like `seedOnStart`).
 */
export function wireReminders(repos: Repos): Repos {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void runDailyCheck(repos).catch(logFailure('daily check'));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== REMINDER_NOTIFICATION) return;
    void openHome().catch(logFailure('opening the home screen'));
    void browser.notifications.clear(id);
  });
  // Every worker start: make sure the alarm exists (cheap, and keeps a right alarm as it is).
  void repos.settings
    .get()
    .then(({ reminders }) => scheduleReminders(reminders))
    .catch(logFailure('scheduling reminders'));
  // When the browser starts or CareFill is installed or updated: the badge, without a notification.
  // (Not at every worker start: an MV3 worker starts again after each idle half minute.)
  const refreshBadge = () => void runDailyCheck(repos, { quiet: true }).catch(logFailure('refreshing the badge'));
  browser.runtime.onStartup.addListener(refreshBadge);
  browser.runtime.onInstalled.addListener(refreshBadge);
  return repos;
}

/** `today.reminders`: saves the reminder settings and reschedules at once. */
export const saveReminders: Handler<'today.reminders'> = async (reminders, { repos }) => {
  const r = await repos.settings.update({ reminders });
  if (!r.ok) return r;
  await scheduleReminders(r.settings.reminders);
  if (r.settings.reminders.enabled) await runDailyCheck(repos, { quiet: true });
  return { ok: true, reminders: r.settings.reminders };
};
