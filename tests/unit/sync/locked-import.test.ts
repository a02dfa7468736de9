import { afterEach, describe, expect, it } from 'vitest';
import { decodeSyncFile, encodeSyncFile } from '../../../core/sync';
import { CareFillDB } from '../../../storage/db';
import { enableLock } from '../../../storage/lock/operations';
import { openRepos } from '../../../storage/repos';
import { readExportSnapshot } from '../../../storage/sync-export';
import { applySync, previewSync } from '../../../storage/sync-import';
import { rawDump } from '../lock/raw-dump';
import { seededRepos, steppingClock } from './helpers';

/**
 * An import into a browser whose Lock is on (and unlocked): the visit records it writes into the
 * bucket rows are sealed one by one like any other write, and read back in the clear. The notes
 * are the sensitive part of a visit record (core/lock/sensitive-fields.ts).
 */

const LOCK_PASS = '本机锁定口令-2026';
const NOTE = '住院复查需家属陪同';
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new CareFillDB(name).delete();
});

describe('an import into a locked-and-unlocked browser', () => {
  it('seals the visit notes it writes, and the records read back in the clear', async () => {
    const src = await seededRepos();
    names.push(src.repos.db.name);
    const cadreId = (await src.repos.visits.list())[0]!.cadreId;
    const noted = await src.repos.visits.save({ cadreId, visitType: '住院看望', date: '2026-11-02', source: 'manual', note: NOTE });
    if (!noted.ok) throw new Error('visit');
    const snapshot = await readExportSnapshot(src.repos.db, { kind: 'everything' }, '0.1.0', src.clock());
    const decoded = await decodeSyncFile(await encodeSyncFile(snapshot, { encrypt: false }), {});
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));

    const name = `carefill-locked-import-${crypto.randomUUID()}`;
    names.push(name);
    const db = new CareFillDB(name);
    const repos = openRepos(db, steppingClock(Date.UTC(2026, 11, 1)));
    expect((await enableLock(db, LOCK_PASS)).ok).toBe(true);
    expect((await previewSync(db, decoded.value)).ok).toBe(true);
    const applied = await applySync(db, decoded.value, { all: 'newer' });
    expect(applied.ok && applied.value.counts.visits.added).toBe(2);

    expect((await repos.visits.ofCadre(cadreId)).map((v) => v.note)).toContain(NOTE);
    db.close();
    const raw = JSON.stringify(await rawDump(name));
    expect(raw).not.toContain(NOTE);
    expect(raw).toContain('"sealed"');
  });
});
