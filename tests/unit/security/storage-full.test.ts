import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { CadreStore } from '../../../storage/cadre-store';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import type { CareFillDB } from '../../../storage/db';
import { isQuotaError, STORAGE_FULL_KEY } from '../../../storage/errors';
import { openRepos, type Repos } from '../../../storage/repos';
import { dumpDb } from '../sync/helpers';
import { freshDb, syntheticIdNumber } from '../storage/synthetic';

/**
 * Reliability (SECURITY.md §6): a full disk during a cadre save or a ledger import rolls the whole
 * transaction back and the person is told so, in Chinese (`err_storage_full`), instead of an
 * "internal error". The disk fills on demand: a DBCore middleware makes the next writes of a table
 * fail the way browsers do (QuotaExceededError, or an AbortError wrapping it).
 */

type Failure = 'quota' | 'abort-wrapping-quota';
let failNext: { table: string; after: number; kind: Failure } | null = null;

function quotaError(kind: Failure): Error {
  const quota = new DOMException('simulated: the disk is full', 'QuotaExceededError');
  if (kind === 'quota') return quota;
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
}

/** Lets `after` writes of the table through, then fails every next one. */
function fillTheDisk(db: CareFillDB): void {
  db.use({
    stack: 'dbcore',
    name: 'simulated-full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (failNext && failNext.table === name) {
              if (failNext.after <= 0) return Promise.reject(quotaError(failNext.kind));
              failNext.after--;
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
}

let repos: Repos;
let dispatch: Dispatch;
let options: { id: string; url: string };

beforeEach(() => {
  fakeBrowser.reset();
  failNext = null;
  const db = freshDb();
  fillTheDisk(db);
  repos = openRepos(db);
  const base = fakeBrowser.runtime.getURL('/');
  options = { id: fakeBrowser.runtime.id, url: `${base}options.html#ledger` };
  dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await repos.db.delete();
});

const send = (type: string, payload: unknown) => dispatch({ type, payload }, options);
const FULL = { error: 'internal', key: STORAGE_FULL_KEY };

describe.each<Failure>(['quota', 'abort-wrapping-quota'])('a full disk (%s)', (kind) => {
  it('refuses a new cadre with err_storage_full and stores nothing', async () => {
    const before = await dumpDb(repos.db);
    failNext = { table: 'cadreBuckets', after: 0, kind };
    expect(await send('cadre.save', { input: { name: '满盘测试', category: '退休', idNumber: syntheticIdNumber('19480315', 13) } })).toEqual(FULL);
    expect(await dumpDb(repos.db)).toEqual(before);
  });

  it('refuses an edit and keeps the stored cadre as it was', async () => {
    const created = await send('cadre.save', { input: { name: '满盘测试', category: '退休', notes: '原样' } });
    if (!('id' in created)) throw new Error('seed failed');
    const before = await dumpDb(repos.db);
    failNext = { table: 'cadreBuckets', after: 0, kind };
    const loaded = await repos.cadres.get(created.id as string);
    expect(await send('cadre.save', { id: created.id, expectedUpdatedAt: loaded!.updatedAt, input: { ...loaded, notes: '改了' } })).toEqual(FULL);
    expect(await dumpDb(repos.db)).toEqual(before);
  });

  it('rolls back an import that fails before or after writing the cadres: no cadre, no audit event', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ name: `导入测试${i}`, category: '离休', idNumber: syntheticIdNumber('19300101', i + 1) }));
    const before = await dumpDb(repos.db);
    // the cadres' bulk write fails
    failNext = { table: 'cadreBuckets', after: 0, kind };
    expect(await send('ledger.import', { rows, commit: true })).toEqual(FULL);
    expect(await dumpDb(repos.db)).toEqual(before);
    // the cadres are written, then the audit event fails: the written cadres must go too
    failNext = { table: 'audit', after: 0, kind };
    expect(await send('ledger.import', { rows, commit: true })).toEqual(FULL);
    expect(await dumpDb(repos.db)).toEqual(before);
    // and the same import succeeds once there is room (control: the rows were fine)
    failNext = null;
    expect(await send('ledger.import', { rows, commit: true })).toMatchObject({ toAdd: 120, committed: true });
    expect(await new CadreStore(repos.db).countLive()).toBe(120);
  });
});

describe('the message', () => {
  it('is in Chinese and English, and says nothing was written', () => {
    const read = (locale: string) => (JSON.parse(readFileSync(join(__dirname, `../../../public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>)[STORAGE_FULL_KEY]?.message;
    expect(read('zh_CN')).toMatch(/存储空间已满.*没有写入/);
    expect(read('en')).toMatch(/full.*nothing was written/i);
  });

  it('is only for quota failures', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('x', { cause: new DOMException('x', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isQuotaError({ name: 'AbortError' })).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
