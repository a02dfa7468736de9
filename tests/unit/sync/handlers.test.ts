import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import type { SyncApplyResponse, SyncExportResponse, SyncPreviewResponse } from '../../../messaging/protocol';
import { openRepos, type Repos } from '../../../storage/repos';
import { dumpDb, dumpRecords, freshDb, seededRepos } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 5));

/** The three sync requests through the background's dispatcher, as the options page sends them. */

const PASS = '办公室同步口令-2026';
let a: Repos;
let b: Repos;
let dispatchA: Dispatch;
let dispatchB: Dispatch;
let page: { id: string; url: string };

beforeEach(async () => {
  fakeBrowser.reset();
  (fakeBrowser.runtime as unknown as { getManifest: () => { version: string } }).getManifest = () => ({ version: '0.1.0' });
  // seeded a while ago; from then on the real clock, which the handlers use too
  a = openRepos((await seededRepos(Date.now() - 600_000)).repos.db);
  b = openRepos(freshDb());
  const base = fakeBrowser.runtime.getURL('/');
  page = { id: fakeBrowser.runtime.id, url: `${base}options.html#sync` };
  dispatchA = createDispatcher(handlers, { repos: a }, { id: fakeBrowser.runtime.id, baseUrl: base });
  dispatchB = createDispatcher(handlers, { repos: b }, { id: fakeBrowser.runtime.id, baseUrl: base });
});
afterEach(async () => {
  await a.db.delete();
  await b.db.delete();
});

const exportFrom = async (dispatch: Dispatch) =>
  (await dispatch({ type: 'sync.export', payload: { scope: { kind: 'everything' }, encrypt: true, passphrase: PASS } }, page)) as Extract<SyncExportResponse, { ok: true }>;

describe('sync requests', () => {
  it('export, preview and apply move one browser into another', async () => {
    const exported = await exportFrom(dispatchA);
    expect(exported).toMatchObject({ ok: true, fileName: expect.stringMatching(/^carefill-everything-\d{8}-\d{4}\.carefill$/), counts: { cadres: 3, settings: 1 } });
    expect(JSON.parse(exported.text)).toMatchObject({ appVersion: '0.1.0' });
    const preview = (await dispatchB({ type: 'sync.preview', payload: { fileText: exported.text, passphrase: PASS } }, page)) as SyncPreviewResponse;
    if (!preview.ok) throw new Error(JSON.stringify(preview.failure));
    expect(preview.file).toMatchObject({ encrypted: true, scope: 'everything', appVersion: '0.1.0' });
    expect(preview.counts.cadres).toMatchObject({ added: 3 });
    // the token alone: the background still holds the decoded file, which need not travel again
    const applied = (await dispatchB({ type: 'sync.apply', payload: { token: preview.token, resolutions: { all: 'newer' } } }, page)) as SyncApplyResponse;
    expect(applied).toMatchObject({ ok: true, counts: { cadres: { added: 3 } } });
    expect(await dumpRecords(b.db)).toEqual(await dumpRecords(a.db));
    // the export was logged, with counts and no personal data
    const audit = await a.audit.latest();
    expect(audit[0]).toMatchObject({ kind: 'export', detail: { scope: 'everything', encrypted: true, cadres: 3 } });
  });

  it('asks for the file when a token-only commit finds no preview (the service worker restarted), then decodes it again', async () => {
    const exported = await exportFrom(dispatchA);
    const before = await dumpDb(b.db);
    const lost = (await dispatchB({ type: 'sync.apply', payload: { token: 'a-preview-the-worker-forgot', resolutions: { all: 'newer' } } }, page)) as SyncApplyResponse;
    expect(lost).toEqual({ ok: false, needsFile: true });
    expect(await dumpDb(b.db)).toEqual(before);
    // neither a token nor a file: refused as a bad request, before any handler runs
    expect(await dispatchB({ type: 'sync.apply', payload: { resolutions: { all: 'newer' } } }, page)).toMatchObject({ error: 'bad-request' });
    const applied = (await dispatchB({ type: 'sync.apply', payload: { fileText: exported.text, passphrase: PASS, resolutions: { all: 'newer' } } }, page)) as SyncApplyResponse;
    expect(applied.ok).toBe(true);
    const wrong = (await dispatchB({ type: 'sync.apply', payload: { fileText: exported.text, passphrase: 'wrong', resolutions: { all: 'newer' } } }, page)) as SyncApplyResponse;
    expect(wrong).toMatchObject({ ok: false, failure: { code: 'wrong-passphrase' } });
  });

  it('shows conflicts with both versions and applies the per-conflict choice', async () => {
    await dispatchB({ type: 'sync.apply', payload: { fileText: (await exportFrom(dispatchA)).text, passphrase: PASS, resolutions: { all: 'newer' } } }, page);
    const [row] = await new CadreStore(a.db).all();
    const id = row!.id;
    const edit = async (repos: Repos, notes: string) => {
      const c = (await repos.cadres.get(id))!;
      expect((await repos.cadres.update(id, { ...c, notes }, c.updatedAt)).ok).toBe(true);
    };
    await tick();
    await edit(a, '甲的备注');
    await tick();
    await edit(b, '乙的备注');
    await tick();
    const fileText = (await exportFrom(dispatchA)).text;
    const preview = (await dispatchB({ type: 'sync.preview', payload: { fileText, passphrase: PASS } }, page)) as SyncPreviewResponse;
    if (!preview.ok) throw new Error(JSON.stringify(preview.failure));
    expect(preview.conflictTotal).toBe(1);
    expect(preview.conflicts[0]).toMatchObject({ kind: 'cadres', id, title: (row as { name?: string }).name, fields: [{ path: 'notes', local: '乙的备注', remote: '甲的备注' }] });
    const keep = preview.conflicts[0]!.newer === 'local' ? 'remote' : 'local';
    await dispatchB(
      { type: 'sync.apply', payload: { token: preview.token, fileText, passphrase: PASS, resolutions: { all: 'newer', choices: [{ kind: 'cadres', id, keep }] } } },
      page,
    );
    expect((await b.cadres.get(id))?.notes).toBe(keep === 'local' ? '乙的备注' : '甲的备注');
  });

  it('refuses content scripts, short passphrases and unencrypted exports without asking', async () => {
    const content = { id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/forms/condolence', tab: { id: 3 }, frameId: 0 };
    const before = await dumpDb(a.db);
    for (const type of ['sync.export', 'sync.preview', 'sync.apply'])
      expect(await dispatchA({ type, payload: {} }, content)).toEqual({ error: 'forbidden', key: 'err_forbidden' });
    expect(await dispatchA({ type: 'sync.export', payload: { scope: { kind: 'everything' }, encrypt: true, passphrase: 'short' } }, page)).toMatchObject({ error: 'bad-request' });
    expect(await dispatchA({ type: 'sync.export', payload: { scope: { kind: 'everything' }, encrypt: true } }, page)).toMatchObject({ error: 'bad-request' });
    expect(await dispatchA({ type: 'sync.export', payload: { scope: { kind: 'cadres', filter: { categories: ['未知'] } }, encrypt: false } }, page)).toMatchObject({
      error: 'bad-request',
    });
    expect(await dumpDb(a.db)).toEqual(before);
  });
});
