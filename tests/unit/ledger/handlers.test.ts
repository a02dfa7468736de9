import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import type { CadrePage, ImportPreview, Responses } from '../../../messaging/protocol';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, syntheticCadres, syntheticIdNumber } from '../storage/synthetic';

let repos: Repos;
let dispatch: Dispatch;
let page: { id: string; url: string };

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb());
  const base = fakeBrowser.runtime.getURL('/');
  page = { id: fakeBrowser.runtime.id, url: `${base}options.html#ledger` };
  dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
});
afterEach(() => repos.db.delete());

async function send<N extends keyof Responses>(type: N, payload: unknown): Promise<Responses[N]> {
  const res = await dispatch({ type, payload }, page);
  if (res && typeof res === 'object' && 'error' in res) throw new Error(`${type}: ${JSON.stringify(res)}`);
  return res as Responses[N];
}

describe('ledger requests', () => {
  it('imports spreadsheet rows with their row numbers, then lists, filters and pages the ledger', async () => {
    const rows = [...syntheticCadres(30, 5), { name: '', category: '退休' }];
    const rowNumbers = rows.map((_, i) => i + 3);
    const preview = await send('ledger.import', { rows, rowNumbers, commit: false });
    expect(preview).toMatchObject({ total: 31, toAdd: 30, toUpdate: 0, unchanged: 0, committed: false, duplicates: [] });
    expect(preview.errors).toEqual([{ row: 33, problems: [{ path: 'name', key: 'err_required' }] }]);
    await send('ledger.import', { rows, rowNumbers, commit: true });
    const again: ImportPreview = await send('ledger.import', { rows, rowNumbers, commit: false });
    expect(again).toMatchObject({ toAdd: 0, toUpdate: 0, unchanged: 30 });

    // the first answer after the start loads the ledger: whole total, the same order after
    const cold: CadrePage = await send('cadre.list', { offset: 0, limit: 20 });
    expect(cold.total).toBe(30);
    const first: CadrePage = await send('cadre.list', { offset: 0, limit: 20 });
    expect(first.total).toBe(30);
    expect(first.items.map((s) => s.id)).toEqual(cold.items.map((s) => s.id));
    expect(first.items).toHaveLength(20);
    const rest: CadrePage = await send('cadre.list', { offset: 20, limit: 20 });
    expect(new Set([...first.items, ...rest.items].map((s) => s.id)).size).toBe(30);
    const filtered = await send('cadre.list', { filters: { categories: ['遗属'] }, sort: { key: 'age', dir: 'desc' }, offset: 0, limit: 100 });
    expect(filtered.items.every((s) => s.category === '遗属')).toBe(true);
    expect((await send('cadre.ids', { filters: { categories: ['遗属'] }, sort: { key: 'age', dir: 'desc' } })).ids).toEqual(filtered.items.map((s) => s.id));
  });

  it('refuses row numbers that do not match the rows, and unknown filters', async () => {
    expect(await dispatch({ type: 'ledger.import', payload: { rows: [{}], rowNumbers: [1, 2], commit: false } }, page)).toMatchObject({ error: 'bad-request' });
    expect(await dispatch({ type: 'cadre.list', payload: { filters: { colour: 'red' } } }, page)).toMatchObject({ error: 'bad-request' });
  });

  it('reveals an ID number on demand and logs the reveal without the number', async () => {
    const idNumber = syntheticIdNumber('19460301', 11);
    const created = await repos.cadres.create({ name: '欧阳测试', category: '退休', idNumber });
    if (!created.ok) throw new Error('create failed');
    const [listed] = (await send('cadre.list', { query: 'oycs', offset: 0, limit: 5 })).items;
    expect(listed!.idMasked).toBe(`110105********${idNumber.slice(-4)}`);
    expect(await send('cadre.revealId', { id: created.id })).toEqual({ idNumber });
    const audit = await repos.audit.latest();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ kind: 'reveal-id', cadreId: created.id });
    expect(JSON.stringify(audit)).not.toContain(idNumber);
  });

  it('exports the listed cadres in chunks and logs the export once', async () => {
    await send('ledger.import', { rows: syntheticCadres(25, 8), commit: true });
    const a = await send('cadre.export', { offset: 0, limit: 10 });
    const b = await send('cadre.export', { offset: 10, limit: 20 });
    expect(a.total).toBe(25);
    expect([...a.cadres, ...b.cadres]).toHaveLength(25);
    expect((await repos.audit.latest()).filter((e) => e.kind === 'export')).toHaveLength(1);
  });

  it('tells the filter controls the tags, units and age rules', async () => {
    await repos.cadres.create({ name: '甲', category: '退休', originalUnit: '省财政厅', tags: ['书法'] });
    expect(await send('ledger.facets', {})).toEqual({ tags: ['书法'], units: ['省财政厅'], ageMode: '周岁', milestones: [80, 90, 100] });
  });

  it('the popup’s search finds by initials', async () => {
    await repos.cadres.create({ name: '张三丰', category: '离休' });
    const res = await send('cadre.search', { query: 'zsf', limit: 5 });
    expect(res.items.map((s) => s.name)).toEqual(['张三丰']);
  });
});

describe('follow-up requests', () => {
  it('records a contact, marks it done, and lists what is due', async () => {
    const created = await repos.cadres.create({ name: '王卫东', category: '退休' });
    if (!created.ok) throw new Error('create failed');
    const saved = await send('followUp.save', {
      input: { cadreId: created.id, date: '2020-01-01', method: '上门走访', found: '独居，腿脚不便', action: '联系社区助餐', owner: '经办人甲', dueDate: '2020-01-10' },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    const due = await send('followUp.due', { withinDays: 7 });
    expect(due.items.map((d) => [d.cadre.name, d.followUp.dueDate])).toEqual([['王卫东', '2020-01-10']]);
    expect((await send('cadre.list', { filters: { followUpDue: true }, offset: 0, limit: 5 })).total).toBe(1);

    const done = await send('followUp.save', {
      id: saved.followUp.id,
      expectedUpdatedAt: saved.followUp.updatedAt,
      input: { ...saved.followUp, doneDate: '2020-01-09' },
    });
    expect(done.ok).toBe(true);
    expect((await send('followUp.due', { withinDays: 7 })).items).toEqual([]);
    expect((await send('cadre.list', { filters: { followUpDue: true }, offset: 0, limit: 5 })).total).toBe(0);
    expect((await send('followUp.list', { cadreId: created.id })).items).toHaveLength(1);
    // a stale edit is refused
    const stale = await send('followUp.save', { id: saved.followUp.id, expectedUpdatedAt: saved.followUp.updatedAt, input: saved.followUp });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(await send('followUp.delete', { id: saved.followUp.id })).toEqual({ deleted: true });
    expect((await send('followUp.list', { cadreId: created.id })).items).toEqual([]);
  });
});
