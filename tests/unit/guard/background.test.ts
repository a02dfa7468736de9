import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher } from '../../../entrypoints/background/dispatch';
import type { GuardTabApi } from '../../../entrypoints/background/guard/frames';
import { handlers } from '../../../entrypoints/background/handlers';
import { setGuardTabApi } from '../../../entrypoints/background/handlers/guard';
import { todayInShanghai } from '../../../core/model/validators/dates';
import type { Responses } from '../../../messaging/protocol';
import { openRepos, type Repos } from '../../../storage/repos';
import { FILL_CADRE } from '../../fixtures/oa/fill-data';
import { freshDb } from '../storage/synthetic';

/**
 * The guard's requests through the real dispatcher, with the example standard and a fake tab: a
 * clean submit is recorded once, when the OA accepted it; a held one waits for the person's
 * decision, an override needs a reason and lands in the audit log with the values; the next
 * check counts what was recorded.
 */

const TAB = 3;
let repos: Repos;
let cadreId: string;
let sendAsContent: (type: string, payload: unknown) => Promise<Record<string, unknown>>;
let sendAsPage: (type: string, payload: unknown) => Promise<Record<string, unknown>>;
let frameMessages: { name: string; frameId: number; payload: unknown }[];
/** what the frame's page answers after a submit (the result page of a form post) */
let resultPage: { docId: string; ready: boolean; formNumber?: string } | undefined;

const fakeTab: GuardTabApi = {
  injectEngine: async () => [0],
  tabUrl: async () => 'http://127.0.0.1:8765/guard/jquery',
  send: async (_tabId, frameId, name, payload) => {
    frameMessages.push({ name, frameId, payload });
    if (name === 'frame.guard.release') return { replayed: true } as never;
    if (name === 'frame.guard.show') return { opened: true } as never;
    if (name === 'frame.guard.cancel') return { cancelled: true } as never;
    if (name === 'frame.guard.arm') return { armed: true, url: 'http://127.0.0.1:8765/' } as never;
    if (name === 'frame.guard.result') return resultPage as never;
    return undefined;
  },
};

beforeEach(async () => {
  fakeBrowser.reset();
  frameMessages = [];
  resultPage = undefined;
  setGuardTabApi(fakeTab);
  repos = openRepos(freshDb());
  const saved = await repos.cadres.create(FILL_CADRE);
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
  cadreId = saved.id;
  const base = fakeBrowser.runtime.getURL('/');
  const dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  sendAsContent = async (type, payload) => (await dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/guard/jquery', tab: { id: TAB }, frameId: 2 })) as Record<string, unknown>;
  sendAsPage = async (type, payload) => (await dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: `${base}options.html` })) as Record<string, unknown>;
});
afterEach(() => repos.db.delete());

const today = todayInShanghai();
const values = (type: string, amount: string) => ({
  'cadre.name': FILL_CADRE.name,
  'cadre.idNumber': FILL_CADRE.idNumber,
  'visit.type': type,
  'visit.date': today,
  'visit.form': '慰问金',
  'visit.amount': amount,
  'visit.reason': '看望慰问',
  ...(type === '住院看望' ? { 'visit.hospital': '省人民医院', 'visit.admissionDate': today, 'visit.hospitalTier': '一般' } : {}),
});
const check = (v: Record<string, string>) => sendAsContent('guard.check', { tabId: TAB, frameId: 2, url: 'http://127.0.0.1:8765/guard/jquery', formSignature: 'fs1-test', values: v }) as Promise<Responses['guard.check'] & Record<string, unknown>>;
const visits = async () => (await repos.visits.ofCadre(cadreId)).length;

describe('guard requests', () => {
  it('a clean submit passes and is recorded once, when the page shows the OA accepted it, with its form number', async () => {
    const first = await check(values('住院看望', '500'));
    expect(first.verdict).toBe('pass');
    expect(first.recorded).toBe(false);
    expect(first.cadreFound).toBe(true);
    expect(first.pendingId).toBeTruthy();
    // pressed twice before the OA answered: both pass, one record
    const again = await check(values('住院看望', '500'));
    expect(again.pendingId).toBeTruthy();
    expect(again.pendingId).not.toBe(first.pendingId);
    expect(await visits()).toBe(0);
    const shown = await sendAsContent('guard.outcome', { tabId: TAB, pendingId: first.pendingId, outcome: 'shown', docId: 'd1', formNumber: 'GJQ-2026-0001' });
    expect(shown).toEqual({ recorded: true });
    // an outcome is taken once
    expect(await sendAsContent('guard.outcome', { tabId: TAB, pendingId: first.pendingId, outcome: 'shown', docId: 'd1' })).toEqual({ recorded: false });
    expect(await sendAsContent('guard.outcome', { tabId: TAB, pendingId: again.pendingId, outcome: 'shown', docId: 'd1' })).toEqual({ recorded: false });
    expect(await visits()).toBe(1);
    const [visit] = await repos.visits.ofCadre(cadreId);
    expect(visit).toMatchObject({ visitType: '住院看望', amount: 500, date: today, source: 'oa', oaUrl: 'http://127.0.0.1:8765/guard/jquery', formSignature: 'fs1-test', oaFormNumber: 'GJQ-2026-0001' });
  });

  it('a submit the page refuses (no outcome) records nothing; another tab cannot report for it', async () => {
    const passed = await check(values('住院看望', '500'));
    expect(passed.pendingId).toBeTruthy();
    expect((await sendAsContent('guard.outcome', { tabId: TAB + 1, pendingId: passed.pendingId, outcome: 'shown', docId: 'd1' })).error).toBe('forbidden');
    await new Promise((r) => setTimeout(r, 10));
    expect(await visits()).toBe(0);
    // a page script cannot report an outcome
    expect((await sendAsPage('guard.outcome', { tabId: TAB, pendingId: passed.pendingId, outcome: 'shown', docId: 'd1' })).error).toBe('forbidden');
    expect(await visits()).toBe(0);
  });

  it('a submit that left for its result page is recorded with the number that page shows', async () => {
    const passed = await check(values('住院看望', '500'));
    resultPage = { docId: 'd2', ready: true, formNumber: 'WWSP-2026-0042' };
    expect(await sendAsContent('guard.outcome', { tabId: TAB, pendingId: passed.pendingId, outcome: 'left', docId: 'd1' })).toEqual({ recorded: true });
    const [visit] = await repos.visits.ofCadre(cadreId);
    expect(visit?.oaFormNumber).toBe('WWSP-2026-0042');
    expect(frameMessages.some((m) => m.name === 'frame.guard.result' && m.frameId === 2)).toBe(true);
  });

  it('a frame loaded later in an armed tab gets the tab armed again', async () => {
    expect(await sendAsContent('guard.frameLoaded', { tabId: TAB })).toEqual({ armed: 1 });
    expect(frameMessages.filter((m) => m.name === 'frame.guard.arm').map((m) => m.payload)).toEqual([{ tabId: TAB, frameId: 0, siteMaps: [] }]);
  });

  it('holds an over-cap amount, shows it in the panel, and overrides only with a reason', async () => {
    const held = await check(values('住院看望', '1500'));
    expect(held.verdict).toBe('block');
    expect(held.sessionId).toBeTruthy();
    expect(held.findings.some((f) => f.ruleId === 'per-visit-cap' && f.severity === 'block' && f.fields.includes('visit.amount') && f.frameId === 2)).toBe(true);
    await expect.poll(() => frameMessages.some((m) => m.name === 'frame.guard.show')).toBe(true);
    expect(await visits()).toBe(0);

    expect(await sendAsContent('guard.decide', { tabId: TAB, sessionId: held.sessionId, action: 'confirm' })).toEqual({ ok: false, key: 'guard_err_reason_needed' });
    expect(await sendAsContent('guard.decide', { tabId: TAB, sessionId: held.sessionId, action: 'override', reason: ' 同意 ' })).toEqual({ ok: false, key: 'guard_err_reason_needed' });
    // another tab's content script may not decide for this one
    expect((await sendAsContent('guard.decide', { tabId: TAB + 1, sessionId: held.sessionId, action: 'back' })).error).toBe('forbidden');

    const done = await sendAsContent('guard.decide', { tabId: TAB, sessionId: held.sessionId, action: 'override', reason: '病情危重，经处长同意' });
    expect(done).toEqual({ ok: true, recorded: false });
    const releases = frameMessages.filter((m) => m.name === 'frame.guard.release');
    expect(releases).toHaveLength(1);
    const { pendingId } = releases[0]!.payload as { sessionId: string; pendingId: string };
    expect(releases[0]).toEqual({ name: 'frame.guard.release', frameId: 2, payload: { sessionId: held.sessionId, pendingId: expect.any(String) } });
    expect(await visits()).toBe(0);
    expect(await sendAsContent('guard.outcome', { tabId: TAB, pendingId, outcome: 'shown', docId: 'd1' })).toEqual({ recorded: true });
    expect(await visits()).toBe(1);
    const { events } = (await sendAsPage('guard.overrides', { limit: 5 })) as Responses['guard.overrides'];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'override', cadreId, reason: '病情危重，经处长同意' });
    expect(events[0]!.detail['v:visit.amount']).toBe('1500');
    expect(String(events[0]!.detail.rules)).toContain('per-visit-cap');
    // decided once: the session is gone
    expect(await sendAsContent('guard.decide', { tabId: TAB, sessionId: held.sessionId, action: 'override', reason: '病情危重，经处长同意' })).toEqual({ ok: false, key: 'guard_err_expired' });
  });

  it('leaves the panel to a frame that hosts it', async () => {
    const held = (await sendAsContent('guard.check', { tabId: TAB, frameId: 0, url: 'http://127.0.0.1:8765/guard/jquery', formSignature: 'fs1-test', values: values('住院看望', '1500'), panelHere: true })) as unknown as Responses['guard.check'];
    expect(held.sessionId).toBeTruthy();
    await new Promise((r) => setTimeout(r, 10));
    expect(frameMessages.some((m) => m.name === 'frame.guard.show')).toBe(false);
  });

  it('going back cancels the hold in the frame and records nothing', async () => {
    const held = await check(values('住院看望', '1500'));
    expect(await sendAsContent('guard.decide', { tabId: TAB, sessionId: held.sessionId, action: 'back' })).toEqual({ ok: true, recorded: false });
    expect(frameMessages.some((m) => m.name === 'frame.guard.cancel')).toBe(true);
    expect(frameMessages.some((m) => m.name === 'frame.guard.release')).toBe(false);
    expect(await visits()).toBe(0);
    expect(((await sendAsContent('guard.session', { tabId: TAB })) as Responses['guard.session']).state).toBeNull();
  });

  it('the second 困难帮扶 of the year is checked against the annual cap including the first', async () => {
    const first = await check(values('困难帮扶', '1500'));
    expect(first.verdict).toBe('pass');
    expect(await sendAsContent('guard.outcome', { tabId: TAB, pendingId: first.pendingId, outcome: 'shown', docId: 'd1' })).toEqual({ recorded: true });
    const second = await check(values('困难帮扶', '1800'));
    expect(second.verdict).toBe('block');
    expect(second.findings.filter((f) => f.severity === 'block').map((f) => f.ruleId)).toEqual(['annual-cap']);
  });

  it('only our content scripts send a held submit; the audit log is for extension pages', async () => {
    expect((await sendAsPage('guard.check', { tabId: TAB, frameId: 0, url: 'x', formSignature: '', values: {} })).error).toBe('forbidden');
    expect((await sendAsContent('guard.overrides', { limit: 5 })).error).toBe('forbidden');
  });
});
