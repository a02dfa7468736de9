import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import { REMINDER_ALARM, REMINDER_NOTIFICATION, runDailyCheck, scheduleReminders, wireReminders } from '../../../entrypoints/background/reminders';
import type { RequestName, RequestPayload, Responses } from '../../../messaging/protocol';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, syntheticIdNumber } from '../storage/synthetic';

/** The home screen's requests through the real dispatcher, and the daily reminder, over a throwaway database. */

const TODAY = '2026-11-29';
let repos: Repos;
let send: <N extends RequestName>(type: N, payload: RequestPayload<N>) => Promise<Responses[N]>;

/** The browser's i18n, which fakeBrowser lacks: the key and its substitutions, to assert on. */
function stubI18n() {
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key),
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
  repos = openRepos(freshDb());
  const base = fakeBrowser.runtime.getURL('/');
  const dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  send = async (type, payload) => {
    const answer = await dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: `${base}options.html` });
    if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(`${type}: ${JSON.stringify(answer)}`);
    return answer as never;
  };
});
afterEach(() => repos.db.delete());

async function addCadre(fields: Record<string, unknown>): Promise<string> {
  const r = await repos.cadres.create({ category: '退休', ...fields });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.id;
}

/** A small office: a birthday, someone in hospital, an overdue follow-up, a visited cadre. */
async function seedOffice() {
  const birthday = await addCadre({ name: '欧阳寿星', idNumber: syntheticIdNumber('19461205', 131) });
  const patient = await addCadre({
    name: '司马住院',
    idNumber: syntheticIdNumber('19500101', 133),
    health: { hospitalisations: [{ admittedOn: '2026-11-25', hospital: '省人民医院' }] },
  });
  const visited = await addCadre({ name: '诸葛走访', idNumber: syntheticIdNumber('19520303', 135) });
  const f = await repos.followUps.save({ cadreId: patient, date: '2026-11-01', method: '电话联系', found: '需要轮椅', action: '协调借用轮椅', owner: '刘洋', dueDate: '2026-11-20' });
  if (!f.ok) throw new Error(JSON.stringify(f.problems));
  const v = await repos.visits.save({ cadreId: visited, visitType: '节日慰问', festival: '重阳', date: '2026-10-15', source: 'manual' });
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return { birthday, patient, visited };
}

describe('today requests', () => {
  it('today.compute answers every list for the day asked, cut to the limit, with the reminder settings', async () => {
    const ids = await seedOffice();
    const r = await send('today.compute', { today: TODAY, limit: 1 });
    expect(r.today).toBe(TODAY);
    expect(r.birthdays.map((b) => b.cadre.cadreId)).toEqual([ids.birthday]);
    expect(r.inHospital.map((h) => h.cadre.cadreId)).toEqual([ids.patient]);
    expect(r.followUps).toEqual([expect.objectContaining({ owner: '刘洋', overdue: 1, due: 0 })]);
    // the patient was phoned on 1 November and the other visited in October: only one is overdue
    expect(r.counts).toMatchObject({ birthdays: 1, inHospital: 1, followUpsOverdue: 1, notContacted: 1 });
    expect(r.notContacted.map((c) => c.cadre.cadreId)).toEqual([ids.birthday]);
    // the example standard is seeded and in force: 春节 2027 is next, every living cadre eligible
    expect(r.standard).toMatchObject({ isExample: true });
    expect(r.campaign).toMatchObject({ festival: '春节', day: '2027-02-06', eligible: 3, left: 3 });
    expect(r.campaign!.entries).toHaveLength(1); // cut to the limit; the counts stay whole
    expect(r.reminders).toEqual({ enabled: true, time: '09:00' });
  });

  it('today.visitList gives the whole campaign as a sheet with Chinese headers', async () => {
    await seedOffice();
    const { sheet } = await send('today.visitList', { today: '2026-10-15' });
    expect(sheet!.title).toBe('2026年重阳走访慰问名单');
    expect(sheet!.header[1]).toBe('姓名');
    expect(sheet!.rows.map((row) => [row[1], row[11]])).toEqual([
      ['欧阳寿星', '未走访'],
      ['司马住院', '未走访'],
      ['诸葛走访', '已走访'],
    ]);
  });

  it('refuses a day that is not a date', async () => {
    await expect(send('today.compute', { today: '2026-02-30', limit: 5 })).rejects.toThrow(/bad-request/);
  });

  it('today.reminders turns the reminder off (no alarm, no badge) and on again at a new time', async () => {
    await scheduleReminders({ enabled: true, time: '09:00' });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
    await fakeBrowser.action.setBadgeText({ text: '5' });

    expect(await send('today.reminders', { enabled: false, time: '09:00' })).toEqual({ ok: true, reminders: { enabled: false, time: '09:00' } });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await repos.settings.get()).reminders.enabled).toBe(false);

    await send('today.reminders', { enabled: true, time: '17:30' });
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm!.periodInMinutes).toBe(24 * 60);
    // 17:30 in Shanghai is 09:30 UTC
    expect(new Date(alarm!.scheduledTime).toISOString().slice(11, 16)).toBe('09:30');
    await expect(send('today.reminders', { enabled: true, time: '25:00' })).rejects.toThrow(/bad-request/);
  });
});

describe('the daily reminder', () => {
  it('keeps an alarm that already fires at the configured time, and moves one that does not', async () => {
    const now = Date.parse('2026-11-29T00:00:00Z');
    await scheduleReminders({ enabled: true, time: '09:00' }, now);
    const first = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(new Date(first!.scheduledTime).toISOString()).toBe('2026-11-29T01:00:00.000Z');
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await scheduleReminders({ enabled: true, time: '09:00' }, now + 3 * 3_600_000);
    expect(create).not.toHaveBeenCalled();
    await scheduleReminders({ enabled: true, time: '10:00' }, now);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('sets the badge to what needs acting on and shows a notification with the counts', async () => {
    await seedOffice();
    const result = await runDailyCheck(repos, { today: TODAY });
    // a birthday not visited, an overdue follow-up, a cadre in hospital not visited
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    const notes = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
    expect(notes[REMINDER_NOTIFICATION]!.title).toBe('today_notify_title');
    expect(notes[REMINDER_NOTIFICATION]!.message).toBe(
      `today_notify_counts:1,1,1,1,0,${result!.counts.notContacted}\ntoday_notify_campaign:春节,3`,
    );
  });

  it('does nothing but clear the badge when reminders are off', async () => {
    await repos.settings.update({ reminders: { enabled: false, time: '09:00' } });
    await fakeBrowser.action.setBadgeText({ text: '7' });
    expect(await runDailyCheck(repos)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('sets the badge when the browser starts, without a notification', async () => {
    await seedOffice();
    wireReminders(repos);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).not.toBe(''));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('runs when the alarm fires, and the notification opens the home screen', async () => {
    wireReminders(repos);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined());
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now(), periodInMinutes: 1440 });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_NOTIFICATION]));
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/options.html#today') }));
  });
});

describe('today.contactRules', () => {
  it('stores the office’s rules, which the lists then use, and restores the defaults on null', async () => {
    const first = await send('today.compute', { today: TODAY, limit: 10 });
    expect(first.contactRules.custom).toBe(false);
    expect(first.contactRules.rules.map((r) => r.label)).toEqual(['独居', '生活不能自理', '80岁以上']);

    const saved = await send('today.contactRules', { rules: [{ label: '90岁以上', months: 1, when: { minAge: 90 } }] });
    expect(saved).toEqual({ ok: true, custom: true, rules: [{ label: '90岁以上', months: 1, when: { minAge: 90 } }] });
    expect((await send('today.compute', { today: TODAY, limit: 10 })).contactRules.rules.map((r) => r.label)).toEqual(['90岁以上']);

    const reset = await send('today.contactRules', { rules: null });
    expect(reset).toMatchObject({ ok: true, custom: false });
    expect((await send('today.compute', { today: TODAY, limit: 10 })).contactRules.custom).toBe(false);
  });

  it('refuses a rule without criteria or with a bad interval, keeping what was stored', async () => {
    const r = await send('today.contactRules', { rules: [{ label: '空', months: 0, when: {} }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { path: 'contactRules.0.months', key: 'err_interval_range' },
        { path: 'contactRules.0.when', key: 'err_contact_rule_empty' },
      ]),
    );
    expect((await send('today.compute', { today: TODAY, limit: 10 })).contactRules.custom).toBe(false);
  });

  it('a stricter stored rule puts a cadre on the not-contacted list sooner', async () => {
    // 82 years old, last contact two months ago: due under a monthly rule for 80+, not under the default quarterly one
    const id = await addCadre({ name: '甲测试', idNumber: syntheticIdNumber('19440501', 1) });
    await repos.followUps.save({ cadreId: id, date: '2026-09-20', method: '电话联系', found: '近况良好' });
    const before = await send('today.compute', { today: TODAY, limit: 50 });
    expect(before.notContacted.map((x) => x.cadre.cadreId)).not.toContain(id);
    await send('today.contactRules', { rules: [{ label: '80岁以上', months: 1, when: { minAge: 80 } }] });
    const after = await send('today.compute', { today: TODAY, limit: 50 });
    expect(after.notContacted.map((x) => x.cadre.cadreId)).toContain(id);
  });
});
