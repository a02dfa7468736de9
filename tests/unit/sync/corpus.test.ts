import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { failureText } from '../../../components/sync/labels';
import { decodeSyncFile, MAX_FILE_CHARS, type SyncFailure } from '../../../core/sync';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import type { Repos } from '../../../storage/repos';
import type { CorpusEntry } from '../../fixtures/sync/make-corpus';
import { SAMPLE_PASSPHRASE } from '../../fixtures/sync/sample';
import { tZh } from '../components/render';
import { dumpDb, seededRepos } from './helpers';

/**
 * The corpus of bad files (tests/fixtures/sync/, made by make-corpus.ts): each is refused with
 * its own message, through the background as the options page calls it, and the database is
 * exactly as before (a full dump compared). Nothing reaches Object.prototype.
 */

const FIXTURES = join(import.meta.dirname, '../../fixtures/sync');
const corpus = JSON.parse(readFileSync(join(FIXTURES, 'corpus.json'), 'utf8')) as CorpusEntry[];

let repos: Repos;
let dispatch: Dispatch;
let before: Record<string, unknown[]>;
let options: { id: string; url: string };

beforeAll(async () => {
  ({ repos } = await seededRepos());
  before = await dumpDb(repos.db);
});
afterAll(() => repos.db.delete());
beforeEach(() => {
  fakeBrowser.reset();
  const base = fakeBrowser.runtime.getURL('/');
  options = { id: fakeBrowser.runtime.id, url: `${base}options.html#sync` };
  dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
});

const notPolluted = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
};

describe('the corpus of bad files', () => {
  it('has at least 25 files, each a different way of being wrong', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((e) => e.file)).size).toBe(corpus.length);
    expect(new Set(corpus.map((e) => e.expect)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('%s is refused with its message, the database unchanged', async (_name, entry) => {
    const fileText = readFileSync(join(FIXTURES, 'corpus', entry.file), 'utf8');
    const passphrase = entry.passphrase;
    const preview = (await dispatch({ type: 'sync.preview', payload: { fileText, ...(passphrase ? { passphrase } : {}) } }, options)) as { ok: boolean; failure?: SyncFailure };
    expect(preview.ok, entry.about).toBe(false);
    expect(preview.failure?.code, entry.about).toBe(entry.expect);
    if (entry.problem) expect(preview.failure?.problems?.[0]).toMatchObject(entry.problem);
    // committing without a preview's token decodes again, and refuses the same way
    const applied = (await dispatch(
      { type: 'sync.apply', payload: { fileText, ...(passphrase ? { passphrase } : {}), resolutions: { all: 'newer' } } },
      options,
    )) as { ok: boolean; failure?: SyncFailure };
    expect(applied.failure?.code).toBe(entry.expect);
    // a message in Chinese, every placeholder filled
    const text = failureText(tZh, preview.failure!);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/\$\d|err_sync/);
    expect(await dumpDb(repos.db)).toEqual(before);
    notPolluted();
  });

  it('refuses 50 MB of junk before parsing it, in the page, the background and the decoder', async () => {
    const junk = 'x'.repeat(50 * 1024 * 1024);
    expect(junk.length).toBeGreaterThan(MAX_FILE_CHARS);
    const decoded = await decodeSyncFile(junk);
    expect(decoded.ok ? 'ok' : decoded.error).toMatchObject({ code: 'too-large', subs: ['40'] });
    expect(failureText(tZh, (decoded as { error: SyncFailure }).error)).toContain('40 MB');
    // the background's guard refuses the message itself
    expect(await dispatch({ type: 'sync.preview', payload: { fileText: junk } }, options)).toEqual({ error: 'bad-request', key: 'err_bad_message' });
    expect(await dumpDb(repos.db)).toEqual(before);
  });

  it('still imports the good file the corpus is made from (the corpus tests what it says)', async () => {
    const fileText = readFileSync(join(FIXTURES, 'corpus', 'valid.carefill'), 'utf8');
    const preview = (await dispatch({ type: 'sync.preview', payload: { fileText, passphrase: SAMPLE_PASSPHRASE } }, options)) as { ok: boolean };
    expect(preview).toMatchObject({ ok: true, counts: { cadres: { added: 3, unchanged: 1 } } });
    expect(await dumpDb(repos.db)).toEqual(before);
  });
});
