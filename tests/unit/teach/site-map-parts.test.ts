import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import { isSiteMapKey, keyForControl, summarize, withTaughtField } from '../../../entrypoints/background/handlers/site-maps';
import { changed, chosenKey, fieldsToSave } from '../../../components/site-maps/site-map-draft';
import { groupByOrigin } from '../../../components/site-maps/SiteMapList';
import type { SiteMapField } from '../../../core/fill/signature';
import type { SiteMap } from '../../../core/model/site-map';
import type { SiteMapSummary } from '../../../messaging/requests/site-maps';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb } from '../storage/synthetic';

/** The pure parts of site maps and teaching, and the site-map requests through the real dispatcher. */

const field = (selector: string, key: string, over: Partial<SiteMapField> = {}): SiteMapField => ({ selector, altSelectors: [], label: '', framePath: '', key, ...over });

describe('keys a site map may hold', () => {
  it.each([
    ['cadre.name', true],
    ['ignore', true],
    ['expense.row.amount[2]', true],
    ['expense.row.amount', true],
    ['cadre.name[2]', false],
    ['cadre.nam', false],
    ['', false],
    ['expense.row.amount[x]', false],
    ['__proto__', false],
  ])('%s → %s', (key, ok) => expect(isSiteMapKey(key)).toBe(ok));

  it('a row field chosen for a control in detail row 3 is stored as that row', () => {
    expect(keyForControl('expense.row.amount', 3)).toBe('expense.row.amount[3]');
    expect(keyForControl('cadre.name', 3)).toBe('cadre.name');
    expect(keyForControl('expense.row.amount', undefined)).toBe('expense.row.amount');
    expect(keyForControl('ignore', 2)).toBe('ignore');
  });
});

describe('teaching one field into a site map', () => {
  const stored = [field('#a', 'cadre.name'), field('#b', 'cadre.phone'), field('#c', 'visit.remark'), field('#b', 'cadre.phone', { framePath: 'iframe#x' })];

  it('puts the taught entry first and drops the old entry of the same control in the same frame', () => {
    const out = withTaughtField(stored, field('#b', 'cadre.address'));
    expect(out.map((f) => `${f.framePath}${f.selector}=${f.key}`)).toEqual(['#b=cadre.address', '#a=cadre.name', '#c=visit.remark', 'iframe#x#b=cadre.phone']);
  });

  it('takes the key away from the control that held it before', () => {
    const out = withTaughtField(stored, field('#z', 'cadre.name'));
    expect(out.map((f) => `${f.selector}=${f.key}`)).toEqual(['#z=cadre.name', '#b=cadre.phone', '#c=visit.remark', '#b=cadre.phone']);
  });

  it('"ignore" takes no key from anybody', () => {
    const out = withTaughtField(stored, field('#c', 'ignore'));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ selector: '#c', key: 'ignore' });
  });

  it('finds the old entry by an alternative selector', () => {
    const out = withTaughtField([field('#old', 'cadre.name', { altSelectors: ['input[name="x"]'] })], field('input[name="x"]', 'cadre.phone'));
    expect(out.map((f) => f.key)).toEqual(['cadre.phone']);
  });
});

describe('the options editor draft', () => {
  const fields = [field('#a', 'cadre.name'), field('#r', 'expense.row.amount[2]'), field('#c', 'ignore')];
  it('keeps a row key its row, and a cleared key drops the entry', () => {
    expect(chosenKey('expense.row.amount[2]', 'expense.row.date')).toBe('expense.row.date[2]');
    expect(chosenKey('cadre.name', 'ignore')).toBe('ignore');
    expect(chosenKey('cadre.name', '')).toBe('');
    const keys = ['', 'expense.row.date[2]', 'visit.remark'];
    expect(changed(fields, keys)).toBe(true);
    expect(changed(fields, fields.map((f) => f.key))).toBe(false);
    expect(fieldsToSave(fields, keys).map((f) => `${f.selector}=${f.key}`)).toEqual(['#r=expense.row.date[2]', '#c=visit.remark']);
  });

  it('groups summaries by origin in the order given', () => {
    const s = (id: string, origin: string) => ({ id, origin }) as SiteMapSummary;
    expect(groupByOrigin([s('1', 'http://b'), s('2', 'http://a'), s('3', 'http://b')]).map(([o, l]) => `${o}:${l.map((x) => x.id).join(',')}`)).toEqual(['http://b:1,3', 'http://a:2']);
  });
});

describe('site-map requests', () => {
  let repos: Repos;
  let dispatch: Dispatch;
  let base: string;
  beforeEach(() => {
    fakeBrowser.reset();
    repos = openRepos(freshDb());
    base = fakeBrowser.runtime.getURL('/');
    dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  });
  afterEach(() => repos.db.delete());

  const options = () => ({ id: fakeBrowser.runtime.id, url: `${base}options.html#sitemaps` });
  const content = () => ({ id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/teach/condolence', tab: { id: 4 }, frameId: 0 });
  const input = { origin: 'http://127.0.0.1:8765', formSignature: 'fs1-abc-3', formName: '慰问审批单', role: 'visit', fields: [field('#a', 'cadre.name'), field('#c', 'ignore')] };

  it('lists, opens, edits and deletes a site map; summaries count fields and ignored ones', async () => {
    const saved = (await dispatch({ type: 'siteMap.save', payload: { input } }, options())) as { ok: true; record: SiteMap };
    expect(saved.ok).toBe(true);
    const list = (await dispatch({ type: 'siteMap.list', payload: {} }, options())) as { siteMaps: SiteMapSummary[] };
    expect(list.siteMaps).toEqual([summarize(saved.record)]);
    expect(list.siteMaps[0]).toMatchObject({ fields: 1, ignored: 1, formName: '慰问审批单', role: 'visit' });

    const edited = (await dispatch(
      { type: 'siteMap.save', payload: { id: saved.record.id, expectedUpdatedAt: saved.record.updatedAt, input: { ...saved.record, fields: [field('#a', 'cadre.phone')] } } },
      options(),
    )) as { ok: true; record: SiteMap };
    expect(edited.ok).toBe(true);
    const got = (await dispatch({ type: 'siteMap.get', payload: { id: saved.record.id } }, options())) as { siteMap: SiteMap };
    expect(got.siteMap.fields.map((f) => f.key)).toEqual(['cadre.phone']);

    const stale = (await dispatch({ type: 'siteMap.save', payload: { id: saved.record.id, expectedUpdatedAt: saved.record.updatedAt, input } }, options())) as { ok: false; conflict?: boolean };
    expect(stale).toMatchObject({ ok: false, conflict: true });

    expect(await dispatch({ type: 'siteMap.delete', payload: { id: saved.record.id } }, options())).toEqual({ deleted: true });
    expect(await dispatch({ type: 'siteMap.list', payload: {} }, options())).toEqual({ siteMaps: [] });
  });

  it('refuses a key CareFill does not know', async () => {
    const res = await dispatch({ type: 'siteMap.save', payload: { input: { ...input, fields: [field('#a', 'cadre.shoeSize')] } } }, options());
    expect(res).toEqual({ ok: false, problems: [{ path: 'fields.0.key', key: 'err_sitemap_key' }] });
    expect(await repos.siteMaps.list()).toEqual([]);
  });

  it('a content script may not read or change site maps, nor teach another tab', async () => {
    for (const type of ['siteMap.list', 'siteMap.delete', 'siteMap.save'] as const) {
      const payload = type === 'siteMap.list' ? {} : type === 'siteMap.delete' ? { id: 'sitemap0001' } : { input };
      expect(await dispatch({ type, payload }, content()), type).toMatchObject({ error: 'forbidden' });
    }
    const teach = { tabId: 5, formSignature: 'fs1-abc-3', role: 'visit', control: { selector: '#a' }, key: 'cadre.name' };
    expect(await dispatch({ type: 'teach.save', payload: teach }, content())).toMatchObject({ error: 'forbidden' });
    expect(await dispatch({ type: 'teach.pick', payload: { tabId: 5 } }, content())).toMatchObject({ error: 'forbidden' });
  });

  it('refuses a malformed teaching payload', async () => {
    const bad = { tabId: 4, formSignature: 'fs1-abc-3', role: 'visit', control: { selector: '' }, key: 'cadre.name' };
    expect(await dispatch({ type: 'teach.save', payload: bad }, content())).toMatchObject({ error: 'bad-request' });
  });
});
