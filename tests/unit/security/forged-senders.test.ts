import { beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import type { HandlerContext, HandlerTable } from '../../../entrypoints/background/handlers/context';
import type { SenderInfo } from '../../../messaging/guard';
import { requests, type RequestName, type SenderKind } from '../../../messaging/protocol';

/**
 * Messages (SECURITY.md §3): every request of messaging/protocol.ts — enumerated, so a new request
 * is covered the day it is added — sent by forged or out-of-bounds senders is refused by the guard
 * and the dispatcher, and its handler never runs. Handlers are spies: the test proves refusal
 * happens before any handler code, whatever the handler would do.
 */

const OWN = 'ownextensionidaaaaaaaaaaaaaaaaaa';
const OTHER = 'otherextensionidbbbbbbbbbbbbbbbb';
const BASE = `chrome-extension://${OWN}/`;
const OA = 'http://127.0.0.1:8765';
const TAB_A = 4;
const TAB_B = 5;

const ALL = Object.keys(requests) as RequestName[];
const allowed = (name: RequestName, kind: SenderKind) => (requests[name].from as readonly SenderKind[]).includes(kind);
const CONTENT_ALLOWED = ALL.filter((n) => allowed(n, 'content'));
const PAGE_ONLY = ALL.filter((n) => !allowed(n, 'content'));

/**
 * A valid payload for each request a content script may send (the panel's requests). A new
 * content-allowed request fails 'covers every content-allowed request' until it has one here.
 */
const CONTENT_SAMPLES: Partial<Record<RequestName, Record<string, unknown>>> = {
  'fill.start': { tabId: TAB_A, cadreId: 'cadre00001', templateId: 'tpl000001' },
  'fill.prepare': { tabId: TAB_A },
  'fill.undo': { tabId: TAB_A },
  'fill.cadres': { query: '张' },
  'fill.templates': {},
  'fill.panel': { tabId: TAB_A },
  'teach.pick': { tabId: TAB_A },
  'teach.cancel': { tabId: TAB_A },
  'teach.changes': { tabId: TAB_A },
  'teach.save': { tabId: TAB_A, formSignature: 'sig1', role: 'visit', control: { selector: '#name' }, key: 'cadre.name' },
  'guard.check': { tabId: TAB_A, frameId: 0, url: `${OA}/forms/condolence`, formSignature: 'sig1', values: { 'cadre.name': '张三' } },
  'guard.decide': { tabId: TAB_A, sessionId: 's1', action: 'back' },
  'guard.run': { tabId: TAB_A },
  'guard.session': { tabId: TAB_A },
  'guard.focus': { tabId: TAB_A, frameId: 0, key: 'cadre.name' },
  'guard.failed': { tabId: TAB_A, key: 'err_internal' },
  'guard.outcome': { tabId: TAB_A, pendingId: 'p1', outcome: 'shown', docId: 'd1', formNumber: 'WWSP-2026-0001' },
  'guard.frameLoaded': { tabId: TAB_A },
};

/** Senders nobody but CareFill's own pages and scripts may be, forged or out of bounds. */
const FORGED: Record<string, SenderInfo> = {
  'a web page (no extension id)': { url: 'https://evil.example/page', tab: { id: TAB_A }, frameId: 0 },
  'a web page claiming our page URL': { url: `${BASE}options.html` },
  'another extension': { id: OTHER, url: `chrome-extension://${OTHER}/popup.html` },
  'another extension claiming our page URL': { id: OTHER, url: `${BASE}options.html` },
  'another extension’s content script on the OA': { id: OTHER, url: `${OA}/forms/condolence`, tab: { id: TAB_A }, frameId: 0 },
  'our id from another extension’s page': { id: OWN, url: `chrome-extension://${OTHER}/x.html` },
  'our id with no URL': { id: OWN },
  'our content script in a frame of a non-OA origin': { id: OWN, url: 'https://ads.example/frame.html', tab: { id: TAB_A }, frameId: 3 },
  'our content script in an about:blank frame made by a non-OA page': { id: OWN, url: 'about:blank', origin: 'https://ads.example', tab: { id: TAB_A }, frameId: 4 },
  'our content script in an opaque data: frame': { id: OWN, url: 'data:text/html,<p>x', origin: 'null', tab: { id: TAB_A }, frameId: 5 },
};

const ourContentIn = (tab: number): SenderInfo => ({ id: OWN, url: `${OA}/forms/condolence`, origin: OA, tab: { id: tab }, frameId: 0 });
const ourPage: SenderInfo = { id: OWN, url: `${BASE}options.html#ledger` };

let ran: RequestName[];
let dispatch: Dispatch;

beforeEach(() => {
  ran = [];
  const spies = Object.fromEntries(ALL.map((name) => [name, async () => (ran.push(name), { spied: name })])) as unknown as HandlerTable;
  dispatch = createDispatcher(spies, {} as HandlerContext, { id: OWN, baseUrl: BASE, isGrantedOrigin: async (o) => o === OA });
});

async function expectRefused(message: unknown, sender: SenderInfo, error: 'forbidden' | 'bad-request' = 'forbidden') {
  const answer = await dispatch(message, sender);
  expect(answer).toEqual({ error, key: error === 'forbidden' ? 'err_forbidden' : 'err_bad_message' });
  expect(ran).toEqual([]);
}

describe('the protocol', () => {
  it('has requests, and every request names who may send it', () => {
    expect(ALL.length).toBeGreaterThan(30);
    for (const name of ALL) expect(requests[name].from.length, name).toBeGreaterThan(0);
  });

  it('covers every content-allowed request with a valid sample payload', () => {
    expect(CONTENT_ALLOWED.filter((n) => !CONTENT_SAMPLES[n])).toEqual([]);
    for (const n of CONTENT_ALLOWED) expect(requests[n].payload.safeParse(CONTENT_SAMPLES[n]).success, n).toBe(true);
  });

  it('keeps the whole ledger, edits, imports, sync and the wipe away from content scripts', () => {
    for (const n of ['cadre.list', 'cadre.ids', 'cadre.export', 'cadre.get', 'cadre.revealId', 'cadre.search', 'data.wipe', 'sync.export', 'ledger.import'] as const) {
      if (n in requests) expect(PAGE_ONLY, n).toContain(n);
    }
  });
});

describe.each(Object.entries(FORGED))('%s', (_what, sender) => {
  it.each(ALL)('is refused for %s', async (name) => {
    await expectRefused({ type: name, payload: CONTENT_SAMPLES[name] ?? {} }, sender);
  });
});

describe('our content script on a granted OA page, in tab A', () => {
  it.each(PAGE_ONLY)('is refused %s (extension pages only)', async (name) => {
    await expectRefused({ type: name, payload: {} }, ourContentIn(TAB_A));
  });

  it.each(CONTENT_ALLOWED.filter((n) => 'tabId' in (CONTENT_SAMPLES[n] ?? {})))('is refused %s for tab B', async (name) => {
    await expectRefused({ type: name, payload: { ...CONTENT_SAMPLES[name], tabId: TAB_B } }, ourContentIn(TAB_A));
  });

  it.each(CONTENT_ALLOWED)('is refused %s with an extra payload field', async (name) => {
    await expectRefused({ type: name, payload: { ...CONTENT_SAMPLES[name], all: true } }, ourContentIn(TAB_A), 'bad-request');
  });

  it('cannot ask for more than 20 cadres at a time', async () => {
    await expectRefused({ type: 'fill.cadres', payload: { query: '张', limit: 10_000 } }, ourContentIn(TAB_A), 'bad-request');
  });

  it.each(CONTENT_ALLOWED)('is served %s on its own tab (control: the refusals above are not blanket)', async (name) => {
    expect(await dispatch({ type: name, payload: CONTENT_SAMPLES[name] }, ourContentIn(TAB_A))).toEqual({ spied: name });
    expect(ran).toEqual([name]);
  });
});

describe('messages that are not requests', () => {
  it.each([
    ['no message', undefined],
    ['a string', 'cadre.list'],
    ['an unknown type', { type: 'cadre.dumpAll', payload: {} }],
    ['an inherited property as type', { type: '__proto__', payload: {} }],
    ['constructor as type', { type: 'constructor', payload: {} }],
    ['a polluted payload', { type: 'ledger.stats', payload: JSON.parse('{"__proto__":{"polluted":1}}') }],
  ])('refuses %s even from our own page', async (_what, message) => {
    await expectRefused(message, ourPage, 'bad-request');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('serves our own extension page (control)', async () => {
    expect(await dispatch({ type: 'ledger.stats', payload: {} }, ourPage)).toEqual({ spied: 'ledger.stats' });
  });
});
