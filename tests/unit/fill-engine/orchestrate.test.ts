// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillTab, undoTab, type FillDeps } from '../../../entrypoints/background/fill/orchestrate';
import { prepareTab } from '../../../entrypoints/background/fill/prepare';
import { siteMapStore } from '../../../entrypoints/background/fill/site-maps';
import { cadre as cadreSchema, type Cadre } from '../../../core/model/cadre';
import { freshMeta } from '../../../core/model/record';
import { template as templateSchema, type Template } from '../../../core/model/template';
import type { FillReport, FillResponses } from '../../../messaging/requests/fill';
import { CareFillDB } from '../../../storage/db';
import { openRepos } from '../../../storage/repos';
import { FILL_CADRE, FILL_TEMPLATE, readGolden } from '../../fixtures/oa/fill-data';
import { FakeTab, oaPage, submitted, type FakeFrame } from './fake-tab';

/**
 * The fill from the background's side, over the real engine in test documents: fixtures 1-5 of
 * the demo OA (scripts not run), the golden files, one-to-one keys across frames, site maps,
 * values the person typed, undo, and frames that fail.
 */

const TODAY = '2026-11-29';
const URL1 = 'http://127.0.0.1:8765/forms/condolence';

const theCadre: Cadre = cadreSchema.parse({ ...FILL_CADRE, ...freshMeta(1) });
const theTemplate: Template = templateSchema.parse({ ...FILL_TEMPLATE, ...freshMeta(1) });

let db: CareFillDB;
beforeEach(() => {
  db = new CareFillDB();
});
afterEach(async () => {
  await db.delete();
});

function deps(tab: FakeTab, over: Partial<FillDeps> = {}): FillDeps {
  const repos = openRepos(db);
  return {
    tab,
    siteMaps: siteMapStore(repos),
    cadre: async (id) => (id === theCadre.id ? theCadre : undefined),
    template: async (id) => (id === theTemplate.id ? theTemplate : undefined),
    settings: async () => ({}),
    standards: async () => [],
    today: () => TODAY,
    now: () => 0,
    ...over,
  };
}

const request = (overwrite = false) => ({ tabId: 7, cadreId: theCadre.id, templateId: theTemplate.id, overwrite });

function ok(res: FillResponses['fill.start']): FillReport {
  if (!res.ok) throw new Error(`fill failed: ${res.key}`);
  return res;
}

function single(file: string, url = URL1): FakeTab {
  return new FakeTab([{ frameId: 0, url, html: oaPage(file) }]);
}

describe('fixture pages against their golden files', () => {
  it.each([
    ['condolence', 'condolence.html'],
    ['expense', 'expense.html'],
    ['tongda', 'tongda-form.html'],
    ['landray', 'landray.html'],
  ] as const)('%s: keys and labels as the golden file says, the fields hold the golden values', async (golden, file) => {
    const tab = single(file);
    const report = ok(await fillTab(request(), deps(tab)));
    const lines = readGolden(golden, TODAY);
    const byName = new Map(report.rows.map((r) => [r.name, r]));
    for (const g of lines) {
      const row = byName.get(g.name);
      const el = tab.doc().getElementsByName(g.name)[0] as HTMLInputElement | undefined;
      expect(el, g.name).toBeDefined();
      if (!row) {
        expect(el!.type, `${g.name} is missing from the report: only hidden inputs may be`).toBe('hidden');
      } else {
        expect(row.key, g.name).toBe(g.key === 'ignore' ? '' : g.key);
        expect(row.label, g.name).toBe(g.label);
      }
      // the page's own scripts compute the amounts in words and the 经办人; here only what CareFill wrote counts
      if (row?.status === 'verified' || g.expected === '') expect(submitted(tab.doc(), g.name), g.name).toBe(g.expected);
    }
    expect(report.counts.mismatch).toBe(0);
    expect(report.counts.verified).toBeGreaterThanOrEqual(lines.filter((g) => g.expected !== '').length - 4);
  });

  it('condolence: every field that should get a value is verified, the readonly number is skipped', async () => {
    const tab = single('condolence.html');
    const report = ok(await fillTab(request(), deps(tab)));
    expect(report.role).toBe('visit');
    const expectedFilled = readGolden('condolence', TODAY).filter((g) => g.expected !== '');
    expect(report.counts.verified).toBe(expectedFilled.length);
    expect(report.rows.find((r) => r.name === 'field6000')).toMatchObject({ status: 'skipped' });
    expect(report.rows.find((r) => r.name === 'remark')).toMatchObject({ key: '', status: 'skipped', reason: 'unknown' });
    expect(report.rows.find((r) => r.name === 'field6032')).toMatchObject({ key: 'visit.festival', status: 'skipped', reason: 'no-value' });
  });

  it('expense: the claim is recognised and its detail row 1 is filled from the visit', async () => {
    const tab = single('expense.html', 'http://127.0.0.1:8765/forms/expense');
    const report = ok(await fillTab(request(), deps(tab)));
    expect(report.role).toBe('expense');
    expect(submitted(tab.doc(), 'field8004_0')).toBe('800.00');
    expect(submitted(tab.doc(), 'field7009'), 'the hidden value of the money trio is written with its display field').toBe('800.00');
    expect(submitted(tab.doc(), 'field8004_1')).toBe('');
  });

  it('login page: nothing is filled, every field is reported as excluded', async () => {
    const tab = single('login.html', 'http://127.0.0.1:8765/login');
    const report = ok(await fillTab(request(), deps(tab)));
    expect(report.counts.verified + report.counts.filled + report.counts.mismatch).toBe(0);
    expect(report.rows.map((r) => r.reason)).toEqual(['excluded', 'excluded', 'excluded', 'excluded']);
    for (const g of readGolden('login', TODAY)) expect(submitted(tab.doc(), g.name)).toBe('');
  });
});

describe('frames', () => {
  const seeyon = (extra: Partial<FakeFrame> = {}): FakeTab =>
    new FakeTab([
      { frameId: 0, url: 'http://127.0.0.1:8765/seeyon/', html: oaPage('seeyon-top.html') },
      { frameId: 3, url: 'http://127.0.0.1:8765/seeyon/form', html: oaPage('seeyon-form.html') },
      { frameId: 5, url: 'http://localhost:8765/seeyon/extra', html: oaPage('seeyon-extra.html'), ...extra },
    ]);

  it('fills every frame, with each key given once across frames', async () => {
    const tab = seeyon();
    const report = ok(await fillTab(request(), deps(tab)));
    expect(report.frames).toBe(2);
    expect(submitted(tab.doc(3), 'field0001')).toBe('欧阳测试');
    expect(submitted(tab.doc(5), 'field0023')).toContain('欧阳测试同志因病住院');
    const keys = report.rows.map((r) => r.key).filter((k) => k !== '');
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(report.rows.map((r) => r.frameId))).toEqual(new Set([3, 5]));
  });

  it('prepares every frame when the flow opens; the fill then reports as one without it', async () => {
    const prepared = seeyon();
    expect(await prepareTab(7, prepared)).toEqual({ frames: 3, fields: expect.any(Number) as number });
    const plain = ok(await fillTab(request(), deps(seeyon())));
    const report = ok(await fillTab(request(), deps(prepared)));
    expect(plain.preparedFrames).toBe(0);
    expect(report.preparedFrames).toBe(report.frames);
    expect(report.frames).toBe(2);
    // the second fill finds the site map the first one left: that is all else that may differ
    expect(report.usedSiteMap).toBe(true);
    expect({ ...report, ms: 0, usedSiteMap: false, preparedFrames: 0 }).toEqual({ ...plain, ms: 0 });
    const refused = seeyon();
    refused.refuse = true;
    expect(await prepareTab(7, refused)).toEqual({ frames: 0, fields: 0 });
  });

  it('leaves out a frame that does not answer, or answers nonsense', async () => {
    for (const behaviour of ['silent', 'garbage'] as const) {
      const tab = seeyon({ behaviour });
      const report = ok(await fillTab(request(), deps(tab)));
      expect(report.frames, behaviour).toBe(1);
      expect(report.rows.every((r) => r.frameId === 3)).toBe(true);
    }
  });

  it('says why nothing was filled: no access, no fields, no cadre, no template', async () => {
    const refused = single('condolence.html');
    refused.refuse = true;
    expect(await fillTab(request(), deps(refused))).toEqual({ ok: false, key: 'fill_err_no_access' });
    expect(await fillTab(request(), deps(new FakeTab([{ frameId: 0, url: URL1, html: '<p>没有表单</p>' }])))).toEqual({ ok: false, key: 'fill_err_no_fields' });
    expect(await fillTab({ ...request(), cadreId: 'nobody0000' }, deps(single('condolence.html')))).toEqual({ ok: false, key: 'fill_err_no_cadre' });
    expect(await fillTab({ ...request(), templateId: 'nothing000' }, deps(single('condolence.html')))).toEqual({ ok: false, key: 'fill_err_no_template' });
  });
});

describe('values already in the form', () => {
  it('keeps what the person typed unless they confirm overwriting', async () => {
    const tab = single('condolence.html');
    const name = tab.doc().getElementsByName('field6011')[0] as HTMLInputElement;
    name.value = '手写的名字';
    const first = ok(await fillTab(request(), deps(tab)));
    expect(first.rows.find((r) => r.name === 'field6011')).toMatchObject({ status: 'skipped', reason: 'user-typed' });
    expect(name.value).toBe('手写的名字');
    const confirmed = ok(await fillTab(request(true), deps(tab)));
    expect(confirmed.rows.find((r) => r.name === 'field6011')).toMatchObject({ status: 'verified' });
    expect(name.value).toBe('欧阳测试');
  });

  it("replaces CareFill's own earlier values without asking (another cadre chosen)", async () => {
    const tab = single('condolence.html');
    ok(await fillTab(request(), deps(tab)));
    const other: Cadre = { ...theCadre, name: '上官测试' };
    const again = ok(await fillTab(request(), deps(tab, { cadre: async () => other })));
    expect(again.rows.find((r) => r.name === 'field6011')).toMatchObject({ status: 'verified' });
    expect(submitted(tab.doc(), 'field6011')).toBe('上官测试');
    expect(again.counts.skipped).toBe(ok(await fillTab(request(), deps(tab, { cadre: async () => other }))).counts.skipped);
  });
});

describe('undo', () => {
  it('returns every control to its state before the fill, latest fill first', async () => {
    const tab = single('condolence.html');
    const state = () => Array.from(tab.doc().querySelectorAll('input, select, textarea'), (e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).type === 'radio' ? (e as HTMLInputElement).checked : (e as HTMLInputElement).value}`);
    const before = state();
    ok(await fillTab(request(), deps(tab)));
    const afterFirst = state();
    ok(await fillTab({ ...request(), overwrite: true }, deps(tab, { cadre: async () => ({ ...theCadre, name: '上官测试' }) })));
    expect(await undoTab(7, tab)).toMatchObject({ frames: 1 });
    expect(state()).toEqual(afterFirst);
    const second = await undoTab(7, tab);
    expect(second.restored).toBeGreaterThan(20);
    expect(state()).toEqual(before);
    expect(await undoTab(7, tab)).toEqual({ restored: 0, frames: 0 });
  });
});

describe('the page’s own form API', () => {
  it('installs it per frame where enabled and sends the frame its nonce with the plan', async () => {
    const applied = (tab: FakeTab) => tab.messages.filter((m) => m.name === 'frame.apply').map((m) => m.payload);
    const tab = single('condolence.html');
    const asked: unknown[] = [];
    const pageAdapter = async (tabId: number, frame: { frameId: number; url: string }) => {
      asked.push({ tabId, ...frame });
      return 'ab'.repeat(16);
    };
    ok(await fillTab(request(), deps(tab, { pageAdapter })));
    expect(asked).toEqual([{ tabId: 7, frameId: 0, url: URL1 }]);
    expect(applied(tab)).toEqual([expect.objectContaining({ adapterNonce: 'ab'.repeat(16) })]);
    // not enabled, or no WfForm on the page: the plan goes without a nonce
    const plain = single('condolence.html');
    ok(await fillTab(request(), deps(plain, { pageAdapter: async () => null })));
    expect(applied(plain)).toHaveLength(1);
    expect(applied(plain)[0]).not.toHaveProperty('adapterNonce');
  });
});

describe('site maps', () => {
  it('remembers the assignment, and the map wins next time even when the ids changed', async () => {
    const tab = single('condolence.html');
    const first = ok(await fillTab(request(), deps(tab)));
    expect(first.usedSiteMap).toBe(false);
    const stored = await openRepos(db).siteMaps.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ origin: 'http://127.0.0.1:8765', formSignature: first.formSignature, role: 'visit' });
    // teach: the person says 签字意见 is the 备注 (a site-map edit), then the OA renames every control
    const fields = stored[0]!.fields.map((f) => (f.key === 'visit.remark' ? { ...f, key: 'ignore' } : f));
    fields.push({ selector: '#remark', altSelectors: [], label: '签字意见', framePath: '', key: 'visit.remark' });
    await openRepos(db).siteMaps.save({ ...stored[0]!, fields }, { id: stored[0]!.id, expectedUpdatedAt: stored[0]!.updatedAt });

    const renamed = oaPage('condolence.html').replace(/field60(\d\d)/g, 'fld_x$1').replace(/id="remark"/, 'id="opinion"').replace(/name="remark"/, 'name="opinion"');
    const tab2 = new FakeTab([{ frameId: 0, url: URL1, html: renamed }]);
    const second = ok(await fillTab(request(), deps(tab2, { template: async () => ({ ...theTemplate, values: { ...theTemplate.values, 'visit.remark': '请审批' } }) })));
    expect(second.formSignature).toBe(first.formSignature);
    expect(second.usedSiteMap).toBe(true);
    expect(second.rows.find((r) => r.name === 'opinion')).toMatchObject({ key: 'visit.remark', status: 'verified' });
    expect(second.rows.find((r) => r.name === 'fld_x52')).toMatchObject({ status: 'skipped' });
    expect(submitted(tab2.doc(), 'fld_x11')).toBe('欧阳测试');
  });
});
