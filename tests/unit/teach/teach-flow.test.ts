// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillTab, type FillDeps } from '../../../entrypoints/background/fill/orchestrate';
import { siteMapStore } from '../../../entrypoints/background/fill/site-maps';
import { pickControl, saveTaught, type TeachDeps } from '../../../entrypoints/background/handlers/teach';
import { cadre as cadreSchema, type Cadre } from '../../../core/model/cadre';
import { freshMeta } from '../../../core/model/record';
import { template as templateSchema, type Template } from '../../../core/model/template';
import type { FillReport, FillResponses } from '../../../messaging/requests/fill';
import type { TeachChange, TeachFrameMessageName, TeachFrameMessages, TeachPicked } from '../../../messaging/requests/site-maps';
import type { FillSession } from '../../../page/fill/session';
import { correctionOffers } from '../../../page/teach/corrections';
import { createTeachHandlers } from '../../../page/teach/frame-handlers';
import { CareFillDB } from '../../../storage/db';
import { openRepos, type Repos } from '../../../storage/repos';
import { FILL_CADRE, FILL_TEMPLATE, readGolden } from '../../fixtures/oa/fill-data';
import { RENAMED_PREFIX, TEACH_UNKNOWN_NAME, teachPage } from '../../fixtures/oa/routes/teach';
import { FakeTab, submitted } from '../fill-engine/fake-tab';

/**
 * Teaching from the background's side over the real engine and the real teaching handlers in
 * test documents: a field no lexicon knows is unknown to the first fill, learned by a click,
 * filled by the next fill, and found again by its label on a variant whose ids all changed.
 */

const TODAY = '2026-11-29';
const ORIGIN = 'http://127.0.0.1:8765';
const theCadre: Cadre = cadreSchema.parse({ ...FILL_CADRE, ...freshMeta(1) });
const theTemplate: Template = templateSchema.parse({ ...FILL_TEMPLATE, ...freshMeta(1) });

let db: CareFillDB;
let repos: Repos;
beforeEach(() => {
  db = new CareFillDB();
  repos = openRepos(db);
});
afterEach(async () => {
  await db.delete();
});

/** The test documents have no scripts: strip them as the fill tests do. */
const withoutScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

function tabOf(variant: 'unknown' | 'renamed'): FakeTab {
  return new FakeTab([{ frameId: 0, url: `${ORIGIN}/teach/${variant}`, html: withoutScripts(teachPage(variant)) }]);
}

function fillDeps(tab: FakeTab): FillDeps {
  return {
    tab,
    siteMaps: siteMapStore(repos),
    cadre: async () => theCadre,
    template: async () => theTemplate,
    settings: async () => ({}),
    standards: async () => [],
    today: () => TODAY,
    now: () => 0,
  };
}

async function fill(tab: FakeTab): Promise<FillReport> {
  const res: FillResponses['fill.start'] = await fillTab({ tabId: 7, cadreId: theCadre.id, templateId: theTemplate.id, overwrite: false }, fillDeps(tab));
  if (!res.ok) throw new Error(res.key);
  return res;
}

/** A window for the teaching handlers: events of the frame's document, real timers. */
function frameWindow(doc: Document): Window {
  const w: Record<string, unknown> = {
    location: { href: `${ORIGIN}/teach` },
    name: '',
    frameElement: null,
    addEventListener: doc.addEventListener.bind(doc),
    removeEventListener: doc.removeEventListener.bind(doc),
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  };
  w.parent = w;
  w.top = w;
  return w as unknown as Window;
}

/** Teaching deps over the fake tab: frame 0 runs the real teaching handlers. */
function teachDeps(tab: FakeTab): TeachDeps {
  const handlers = createTeachHandlers({ doc: tab.doc(), win: frameWindow(tab.doc()) });
  return {
    tab,
    siteMaps: siteMapStore(repos),
    tabUrl: async () => `${ORIGIN}/teach/x`,
    sendTeach: async <N extends TeachFrameMessageName>(_t: number, frameId: number, name: N, payload: TeachFrameMessages[N]['payload']) => {
      if (frameId !== 0) return undefined;
      const h = handlers[name] as (p: unknown) => unknown;
      return JSON.parse(JSON.stringify(await h(payload))) as TeachFrameMessages[N]['answer'];
    },
  };
}

/** Starts a pick, clicks the control named `name`, answers what the background made of it. */
async function pickByClick(tab: FakeTab, name: string): Promise<TeachPicked> {
  const deps = teachDeps(tab);
  const pending = pickControl(7, deps);
  await new Promise((r) => setTimeout(r, 10));
  const el = tab.doc().getElementsByName(name)[0]!;
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  const res = await pending;
  if (!res.ok) throw new Error(res.key);
  return res;
}

describe('teaching a field by a click', () => {
  it('an unknown label is learned by a click and filled by the next fill', async () => {
    const tab = tabOf('unknown');
    const first = await fill(tab);
    expect(first.rows.find((r) => r.name === TEACH_UNKNOWN_NAME)).toMatchObject({ key: '', status: 'skipped', reason: 'unknown' });

    const picked = await pickByClick(tab, TEACH_UNKNOWN_NAME);
    expect(picked).toMatchObject({ origin: ORIGIN, formSignature: first.formSignature, currentKey: '', labelShown: '登记栏甲', role: 'visit' });
    expect((tab.doc().getElementsByName(TEACH_UNKNOWN_NAME)[0] as HTMLElement).style.outline, 'the picked control is outlined').not.toBe('');

    const saved = await saveTaught({ tabId: 7, formSignature: picked.formSignature, role: picked.role, control: picked.control, key: 'visit.participants' }, { tabUrl: async () => `${ORIGIN}/x`, repos });
    expect(saved.ok).toBe(true);

    const second = await fill(tab);
    expect(second.usedSiteMap).toBe(true);
    expect(second.rows.find((r) => r.name === TEACH_UNKNOWN_NAME)).toMatchObject({ key: 'visit.participants', status: 'verified' });
    expect(submitted(tab.doc(), TEACH_UNKNOWN_NAME)).toBe('周晓燕、李明');
  });

  it('after a learned mapping, the variant with changed ids and the same labels fills fully', async () => {
    const learnedOn = tabOf('unknown');
    await fill(learnedOn);
    const picked = await pickByClick(learnedOn, TEACH_UNKNOWN_NAME);
    await saveTaught({ tabId: 7, formSignature: picked.formSignature, role: picked.role, control: picked.control, key: 'visit.participants' }, { tabUrl: async () => `${ORIGIN}/x`, repos });

    const renamed = tabOf('renamed');
    const report = await fill(renamed);
    expect(report.formSignature, 'the same labels make the same form').toBe(picked.formSignature);
    const golden = readGolden('condolence', TODAY).map((g) => ({ ...g, name: g.name.startsWith('field') ? `${RENAMED_PREFIX}${g.name}` : g.name }));
    const byName = new Map(report.rows.map((r) => [r.name, r]));
    for (const g of golden) {
      const row = byName.get(g.name);
      expect(row?.key, g.name).toBe(g.key === 'ignore' ? '' : g.key);
      if (g.expected !== '' && row?.status === 'verified') expect(submitted(renamed.doc(), g.name), g.name).toBe(g.expected);
    }
    expect(byName.get(`${RENAMED_PREFIX}${TEACH_UNKNOWN_NAME}`)).toMatchObject({ key: 'visit.participants', status: 'verified' });
    expect(report.counts.verified).toBe(golden.filter((g) => g.expected !== '').length);
  });

  it('teaching "ignore" keeps a field the lexicon knows from being filled', async () => {
    const tab = tabOf('unknown');
    const picked = await pickByClick(tab, 'field6019');
    expect(picked.currentKey).toBe('cadre.phone');
    await saveTaught({ tabId: 7, formSignature: picked.formSignature, role: picked.role, control: picked.control, key: 'ignore' }, { tabUrl: async () => `${ORIGIN}/x`, repos });
    const report = await fill(tab);
    expect(report.rows.find((r) => r.name === 'field6019')).toMatchObject({ status: 'skipped' });
    expect(submitted(tab.doc(), 'field6019')).toBe('');
  });

  it('Esc in the frame cancels the pick', async () => {
    const tab = tabOf('unknown');
    const pending = pickControl(7, teachDeps(tab));
    await new Promise((r) => setTimeout(r, 10));
    tab.doc().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await pending).toEqual({ ok: false, key: 'teach_err_cancelled' });
  });
});

describe('remembered corrections', () => {
  it('a filled text field given another key\'s value is offered and, once accepted, filled as that key', async () => {
    const tab = tabOf('unknown');
    const report = await fill(tab);
    // the engine of frame 0 (FakeTab keeps it private): its session knows what the fill wrote
    const session = (tab as unknown as { engines: Map<number, { session: FillSession }> }).engines.get(0)!.session;
    const teachHandlers = createTeachHandlers({ doc: tab.doc(), win: frameWindow(tab.doc()), session });
    expect(teachHandlers['frame.teachChanges']({})).toEqual({ changes: [] });

    const address = tab.doc().getElementsByName('field6020')[0] as HTMLInputElement;
    address.value = '13800138000'; // the person types the phone number where CareFill put the address
    (tab.doc().getElementsByName('field6016')[0] as HTMLInputElement).value = '处长'; // a plain edit teaches nothing
    const { changes } = teachHandlers['frame.teachChanges']({}) as { changes: TeachChange[] };
    expect(changes.map((c) => c.now).sort()).toEqual(['13800138000', '处长']);

    const offers = correctionOffers(report, changes.map((c) => ({ ...c, frameId: 0 })));
    expect(offers.map((o) => `${o.row.name}→${o.learnKey}`)).toEqual(['field6020→cadre.phone']);
    const o = offers[0]!;
    const saved = await saveTaught(
      { tabId: 7, formSignature: report.formSignature, role: report.role, control: { selector: o.row.selector, altSelectors: [], label: o.row.label, framePath: o.row.framePath }, key: o.learnKey },
      { tabUrl: async () => `${ORIGIN}/x`, repos },
    );
    expect(saved.ok).toBe(true);

    const again = await fill(new FakeTab([{ frameId: 0, url: `${ORIGIN}/teach/unknown`, html: withoutScripts(teachPage('unknown')) }]));
    expect(again.rows.find((r) => r.name === 'field6020')).toMatchObject({ key: 'cadre.phone', value: '13800138000' });
  });
});
