import { afterEach, describe, expect, it } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import { decodeSyncFile, encodeSyncFile, PLAN_KINDS, planSync, type DecodedFile, type PlanKind, type SyncBase, type SyncRecord } from '../../../core/sync';
import { agreedAfterImport } from '../../../core/sync/markers';
import type { CareFillDB } from '../../../storage/db';
import { openRepos, type Repos } from '../../../storage/repos';
import { readAgreed } from '../../../storage/sync-device';
import { readExportSnapshot } from '../../../storage/sync-export';
import { applySync, previewSync } from '../../../storage/sync-import';
import { freshDb, seededRepos, steppingClock } from './helpers';

const T = Date.UTC(2026, 10, 1, 2);
const HOUR = 3_600_000;

const cadre = (id: string, notes: string, updatedAt: number): SyncRecord => ({ id, createdAt: T - 1000, updatedAt, name: '张建国', category: '离休', notes });

/** Plans one stored and one file version of a cadre (validation is not under test here). */
function conflictsOf(mine: SyncRecord, theirs: SyncRecord, base: SyncBase): string[] {
  const local = Object.fromEntries(PLAN_KINDS.map((k) => [k, new Map<string, SyncRecord>()])) as Record<PlanKind, Map<string, SyncRecord>>;
  local.cadres.set(mine.id, mine);
  const remote = Object.fromEntries(PLAN_KINDS.map((k): [PlanKind, readonly SyncRecord[]] => [k, k === 'cadres' ? [theirs] : []])) as Record<PlanKind, readonly SyncRecord[]>;
  const p = planSync({ remote, local, base, validate: (_k, raw) => ({ ok: true, record: raw as SyncRecord }) });
  if (!p.ok) throw new Error('plan');
  return p.value.conflicts.map((c) => c.id);
}

const agreedAt = (id: string, stamp: number) => agreedAfterImport(undefined, { cadres: [{ id, updatedAt: stamp }] });

describe('conflicts judged by the versions agreed at the last sync, not by clocks', () => {
  const id = 'cadre0000001';
  const agreed = T + 100;

  it('a copy of the other device\'s version is no local change, whatever the times say', () => {
    // the marks would call both changed (a clock ahead); the local record is the version it sent
    const base: SyncBase = { localSince: 0, remoteSince: 0, agreed: agreedAt(id, agreed) };
    expect(conflictsOf(cadre(id, '旧', agreed), cadre(id, '新', agreed + 50), base)).toEqual([]);
    expect(conflictsOf(cadre(id, '旧', agreed), cadre(id, '新', agreed + 50), { localSince: 0, remoteSince: 0 })).toEqual([id]);
  });

  it('both changed is a conflict even when the times say neither did (clocks behind)', () => {
    const base: SyncBase = { localSince: T + HOUR, remoteSince: T + HOUR, agreed: agreedAt(id, agreed) };
    expect(conflictsOf(cadre(id, '本机', agreed + 10), cadre(id, '同事', agreed + 20), base)).toEqual([id]);
    expect(conflictsOf(cadre(id, '本机', agreed + 10), cadre(id, '同事', agreed + 20), { localSince: T + HOUR, remoteSince: T + HOUR })).toEqual([]);
  });

  it('one side changed but stamped older than the agreed version (a clock set back): asked, not lost silently', () => {
    const base: SyncBase = { localSince: 0, remoteSince: 0, agreed: agreedAt(id, agreed) };
    // the colleague edited with a clock an hour behind: by the clocks this browser's unchanged copy is newer
    expect(conflictsOf(cadre(id, '旧', agreed), cadre(id, '同事改', agreed - HOUR), base)).toEqual([id]);
    // the same for a local edit made with a clock behind
    expect(conflictsOf(cadre(id, '本机改', agreed - HOUR), cadre(id, '旧', agreed), base)).toEqual([id]);
    // and the usual case, only one side changed and it is the newer: no question
    expect(conflictsOf(cadre(id, '本机改', agreed + 5), cadre(id, '旧', agreed), base)).toEqual([]);
  });

  it('two deletions agree', () => {
    const tomb = (at: number): SyncRecord => ({ id, createdAt: T, updatedAt: at, deletedAt: at });
    expect(conflictsOf(tomb(agreed + 1), tomb(agreed + 2), { localSince: 0, remoteSince: 0, agreed: agreedAt(id, agreed) })).toEqual([]);
  });

  it('a later file overlays the stamps it carries and keeps the others', () => {
    const first = agreedAfterImport(undefined, { cadres: [{ id: 'a0000001', updatedAt: 1 }, { id: 'b0000001', updatedAt: 2 }], visits: [{ id: 'v0000001', updatedAt: 3 }] });
    const next = agreedAfterImport(first, { cadres: [{ id: 'a0000001', updatedAt: 9 }], visits: [] });
    expect(next.get('cadres')).toEqual(new Map([['a0000001', 9], ['b0000001', 2]]));
    expect(next.get('visits')).toEqual(new Map([['v0000001', 3]]));
  });
});

describe('two browsers whose clocks disagree by an hour', () => {
  const opened: CareFillDB[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.delete()));
  });

  async function fileOf(repos: Repos, clock: () => number): Promise<DecodedFile> {
    const text = await encodeSyncFile(await readExportSnapshot(repos.db, { kind: 'everything' }, '0.1.0', clock()), { encrypt: false });
    const decoded = await decodeSyncFile(text);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    return decoded.value;
  }

  it('see no false conflict for an edit of one side, and the true one for an edit of both', async () => {
    // A's clock is an hour ahead of B's
    const a = await seededRepos(T + HOUR);
    const bClock = steppingClock(T);
    const b = { repos: openRepos(freshDb(), bClock), clock: bClock };
    opened.push(a.repos.db, b.repos.db);
    expect((await applySync(b.repos.db, await fileOf(a.repos, a.clock), { all: 'newer' }, b.clock)).ok).toBe(true);
    expect((await readAgreed(b.repos.db, (await fileOf(a.repos, a.clock)).header.deviceId))?.get('cadres')?.size).toBe(3);

    const [c1, c2] = (await new CadreStore(a.repos.db).all()).map((c) => c.id).sort() as [string, string];
    const edit = async (repos: Repos, cid: string, notes: string) => {
      const c = (await repos.cadres.get(cid))!;
      expect((await repos.cadres.update(cid, { ...c, notes }, c.updatedAt)).ok).toBe(true);
    };
    // A edits c1; both edit c2 (B after A by the wall, yet stamped earlier by B's slow clock)
    await edit(a.repos, c1, 'A 改 1');
    await edit(a.repos, c2, 'A 改 2');
    await edit(b.repos, c2, 'B 改 2');
    const preview = await previewSync(b.repos.db, await fileOf(a.repos, a.clock));
    if (!preview.ok) throw new Error('preview');
    expect(preview.value.plan.conflicts.map((c) => c.id)).toEqual([c2]);
    expect(preview.value.plan.writes.cadres.map((c) => c.id)).toEqual([c1]);
  });
});
