import { describe, expect, it, vi } from 'vitest';
import {
  compareVersions,
  PLAN_KINDS,
  planSync,
  resolvePlan,
  SETTINGS_RECORD_ID,
  type LocalRecords,
  type PlanKind,
  type Resolutions,
  type SyncBase,
  type SyncPlan,
  type SyncRecord,
} from '../../../core/sync';
import { sampleCadre, sampleIdNumber } from '../../fixtures/sync/sample';

/**
 * The merge, scenario by scenario (KeePassXC's habit: one scenario, one test). Records are real
 * cadres of the model, so the full validation runs as it does on import.
 */

const T = Date.UTC(2026, 10, 1);
const NO_BASE: SyncBase = { localSince: 0, remoteSince: 0 };
/** synced at T: changes up to T are known to both sides */
const SYNCED: SyncBase = { localSince: T, remoteSince: T };
const cadre = (id: string, name: string, updatedAt: number, more: Record<string, unknown> = {}) =>
  sampleCadre(id, { name, category: '退休', ...more }, updatedAt);
const tomb = (id: string, at: number): SyncRecord => ({ id, createdAt: T - 1000, updatedAt: at, deletedAt: at });

function sides(local: SyncRecord[], remote: SyncRecord[], kind: PlanKind = 'cadres') {
  const l = Object.fromEntries(PLAN_KINDS.map((k) => [k, new Map<string, SyncRecord>()])) as Record<PlanKind, Map<string, SyncRecord>>;
  const r = Object.fromEntries(PLAN_KINDS.map((k) => [k, [] as SyncRecord[]])) as Record<PlanKind, SyncRecord[]>;
  for (const rec of local) l[kind].set(rec.id, rec);
  r[kind] = remote;
  return { local: l as LocalRecords, remote: r };
}

function plan(local: SyncRecord[], remote: SyncRecord[], base = NO_BASE, kind: PlanKind = 'cadres'): SyncPlan {
  const p = planSync({ ...sides(local, remote, kind), base });
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return p.value;
}

/** Applies a plan to a local set, as the storage does: the result by id. */
function apply(local: SyncRecord[], p: SyncPlan, resolutions: Resolutions = { all: 'newer' }, now = T + 10_000_000): Map<string, SyncRecord> {
  const out = new Map(local.map((r) => [r.id, r]));
  for (const r of resolvePlan(p, resolutions, now).writes.cadres) out.set(r.id, r);
  return out;
}

describe('one record, two versions', () => {
  it('adds a record the file has and this browser has not', () => {
    const p = plan([], [cadre('cadre0000001', '甲', T)]);
    expect(p.counts.cadres).toMatchObject({ added: 1, updated: 0, unchanged: 0 });
    expect(p.writes.cadres.map((r) => r.id)).toEqual(['cadre0000001']);
  });

  it('takes a newer version from the file', () => {
    const p = plan([cadre('cadre0000001', '甲', T)], [cadre('cadre0000001', '甲乙', T + 5)], SYNCED);
    expect(p.counts.cadres.updated).toBe(1);
    expect(p.writes.cadres[0]).toMatchObject({ name: '甲乙', updatedAt: T + 5, pinyin: expect.any(String) });
  });

  it('keeps a newer local version over an older one in the file', () => {
    const p = plan([cadre('cadre0000001', '甲乙', T + 5)], [cadre('cadre0000001', '甲', T)], SYNCED);
    expect(p.counts.cadres).toMatchObject({ unchanged: 1, updated: 0 });
    expect(p.writes.cadres).toEqual([]);
  });

  it('breaks a tie of equal times the same way on both sides', () => {
    const a = cadre('cadre0000001', '甲', T);
    const b = cadre('cadre0000001', '乙', T);
    const winnerHere = apply([a], plan([a], [b])).get(a.id)!;
    const winnerThere = apply([b], plan([b], [a])).get(a.id)!;
    expect(winnerHere).toEqual(winnerThere);
    expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)));
  });

  it('deletes when the file holds a newer tombstone, and says so', () => {
    const p = plan([cadre('cadre0000001', '甲', T)], [tomb('cadre0000001', T + 1)], SYNCED);
    expect(p.counts.cadres.deleted).toBe(1);
    expect(p.writes.cadres).toEqual([tomb('cadre0000001', T + 1)]);
  });

  it('never lets an older copy bring a deleted record back', () => {
    const local = [tomb('cadre0000001', T + 1)];
    const p = plan(local, [cadre('cadre0000001', '甲', T)], SYNCED);
    expect(p.counts.cadres).toMatchObject({ unchanged: 1, added: 0 });
    expect(p.writes.cadres).toEqual([]);
    // never synced: shown as a conflict, and still deleted unless the person keeps the edit
    const unsynced = plan(local, [cadre('cadre0000001', '甲', T)]);
    expect(unsynced.conflicts[0]).toMatchObject({ newer: 'local' });
    expect(apply(local, unsynced).get('cadre0000001')).toEqual(local[0]);
  });

  it('lets a deletion win a tie with an edit', () => {
    const local = [cadre('cadre0000001', '甲', T + 1)];
    expect(apply(local, plan(local, [tomb('cadre0000001', T + 1)])).get('cadre0000001')).toMatchObject({ deletedAt: T + 1 });
  });

  it('remembers a deletion of a record it never had (so an older copy cannot add it later)', () => {
    const p = plan([], [tomb('cadre0000009', T)]);
    expect(p.counts.cadres).toMatchObject({ added: 0, deleted: 0, unchanged: 1 });
    expect(p.writes.cadres).toEqual([tomb('cadre0000009', T)]);
    const after = [...apply([], p).values()];
    expect(plan(after, [cadre('cadre0000009', '甲', T - 5)]).writes.cadres).toEqual([]);
  });

  it('agrees when both sides deleted, whatever the times', () => {
    const p = plan([tomb('cadre0000001', T + 1)], [tomb('cadre0000001', T + 2)], { localSince: 0, remoteSince: 0 });
    expect(p.conflicts).toEqual([]);
    expect(p.writes.cadres).toEqual([tomb('cadre0000001', T + 2)]);
  });
});

describe('importing again', () => {
  it('changes nothing the second time', () => {
    const local = [cadre('cadre0000001', '甲', T), tomb('cadre0000002', T)];
    const file = [cadre('cadre0000001', '甲乙', T + 5), tomb('cadre0000002', T + 9), cadre('cadre0000003', '丙', T), tomb('cadre0000004', T)];
    const once = [...apply(local, plan(local, file)).values()];
    const again = plan(once, file);
    expect(again.writes.cadres).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.counts.cadres.unchanged).toBe(4);
  });

  it('does not validate records identical to the stored ones again, and validates the rest', () => {
    const same = cadre('cadre0000001', '甲', T);
    const validate = vi.fn((_kind: string, raw: unknown) => ({ ok: true as const, record: raw as SyncRecord }));
    const p = planSync({ ...sides([same], [structuredClone(same), cadre('cadre0000002', '乙', T)]), base: NO_BASE, validate });
    expect(p.ok).toBe(true);
    expect(validate.mock.calls.map((c) => (c[1] as SyncRecord).id)).toEqual(['cadre0000002']);
  });
});

describe('conflicts: both sides changed since they last synced', () => {
  const base: SyncBase = { localSince: T + 10, remoteSince: T + 20 };
  const mine = cadre('cadre0000001', '本机改名', T + 30);
  const theirs = cadre('cadre0000001', '文件改名', T + 40);

  it('is a conflict when both changed after the last sync', () => {
    const p = plan([mine], [theirs], base);
    expect(p.conflicts).toHaveLength(1);
    expect(p.conflicts[0]).toMatchObject({ kind: 'cadres', id: 'cadre0000001', newer: 'remote' });
    expect(p.counts.cadres.conflicts).toBe(1);
    expect(p.writes.cadres).toEqual([]);
  });

  it('is no conflict when only the file changed, or only this side', () => {
    expect(plan([cadre('cadre0000001', '旧', T + 5)], [theirs], base).conflicts).toEqual([]);
    expect(plan([mine], [cadre('cadre0000001', '旧', T + 15)], base).conflicts).toEqual([]);
  });

  it('is a conflict for every difference when the two never synced', () => {
    expect(plan([cadre('cadre0000001', '甲', T)], [cadre('cadre0000001', '乙', T + 1)]).conflicts).toHaveLength(1);
    // the same fields with other timestamps are no conflict
    expect(plan([cadre('cadre0000001', '甲', T)], [cadre('cadre0000001', '甲', T + 1)]).conflicts).toEqual([]);
  });

  it('a deletion against an edit is a conflict too', () => {
    const p = plan([mine], [tomb('cadre0000001', T + 40)], base);
    expect(p.conflicts[0]).toMatchObject({ newer: 'remote' });
  });

  it('resolves by default to the newer version', () => {
    const after = apply([mine], plan([mine], [theirs], base));
    expect(after.get('cadre0000001')).toEqual(theirs);
  });

  it('keeping the older local version makes it a new edit, later than both', () => {
    const now = T + 35;
    const p = plan([mine], [theirs], base);
    const resolved = resolvePlan(p, { all: 'local' }, now);
    expect(resolved.writes.cadres).toHaveLength(1);
    expect(resolved.writes.cadres[0]).toEqual({ ...mine, updatedAt: T + 41 });
    expect(resolved.counts.cadres).toMatchObject({ unchanged: 1, conflicts: 0 });
    // …which then wins on the other side too
    const back = plan([theirs], [resolved.writes.cadres[0]!], { localSince: 0, remoteSince: 0 });
    expect(apply([theirs], back).get('cadre0000001')).toMatchObject({ name: '本机改名' });
  });

  it('per-conflict choices override the choice for all', () => {
    const other = cadre('cadre0000002', '本机二', T + 30);
    const otherTheirs = cadre('cadre0000002', '文件二', T + 25);
    const p = plan([mine, other], [theirs, otherTheirs], base);
    expect(p.conflicts.map((c) => c.newer)).toEqual(['remote', 'local']);
    const resolved = resolvePlan(p, { all: 'remote', choices: new Map([['cadres:cadre0000001', 'local' as const]]) }, T + 50);
    const byId = new Map(resolved.writes.cadres.map((r) => [r.id, r]));
    expect(byId.get('cadre0000001')).toMatchObject({ name: '本机改名', updatedAt: T + 51 });
    expect(byId.get('cadre0000002')).toMatchObject({ name: '文件二', updatedAt: T + 51 });
    expect(resolved.counts.cadres).toMatchObject({ unchanged: 1, updated: 1 });
  });
});

describe('invalid records refuse the whole file', () => {
  it('names the record, the field and the reason', () => {
    const good = cadre('cadre0000001', '甲', T);
    const id = sampleIdNumber('19450203', 22);
    const bad = { ...cadre('cadre0000002', '乙', T), idNumber: id.slice(0, 17) + (id.endsWith('1') ? '2' : '1') };
    const p = planSync({ ...sides([], [good, bad]), base: NO_BASE });
    expect(p.ok ? 'ok' : p.error).toMatchObject({
      code: 'invalid-record',
      key: 'err_sync_invalid_record',
      problems: [{ kind: 'cadres', index: 2, id: 'cadre0000002', path: 'idNumber', key: 'err_id_checksum' }],
    });
  });

  it('refuses a tombstone with fields left in it', () => {
    const p = planSync({ ...sides([], [{ ...tomb('cadre0000001', T), name: '残留' }]), base: NO_BASE });
    expect(p.ok ? 'ok' : p.error.problems?.[0]).toMatchObject({ key: 'err_unknown_field' });
  });
});

describe('shared settings', () => {
  const settings = (updatedAt: number, department: string): SyncRecord => ({ id: SETTINGS_RECORD_ID, createdAt: 0, updatedAt, department, contactIntervalMonths: 3 });

  it('merge as one record: the newer wins', () => {
    const p = plan([settings(T, '老干部处')], [settings(T + 1, '离退休干部处')], { localSince: T + 5, remoteSince: 0 }, 'settings');
    expect(p.counts.settings.updated).toBe(1);
    expect(p.writes.settings).toEqual([settings(T + 1, '离退休干部处')]);
  });
});

describe('validating a file once', () => {
  it('the commit does not validate again what the preview found valid', async () => {
    const { validateRecordOnce, RECORD_SCHEMAS } = await import('../../../core/sync');
    const record = structuredClone(cadre('cadre0000001', '甲', T));
    const spy = vi.spyOn(RECORD_SCHEMAS.visits, 'safeParse');
    const visit = { id: 'visit0000001', createdAt: T, updatedAt: T, cadreId: 'cadre0000001', visitType: '节日慰问', festival: '重阳', date: '2026-10-29', amount: 500, goodsValue: 0, source: 'manual' };
    expect(validateRecordOnce('visits', visit)).toEqual({ ok: true, record: visit });
    expect(validateRecordOnce('visits', visit)).toEqual({ ok: true, record: visit });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    // a record that validation normalises is remembered in its normalised form, which is what is written
    const untrimmed = { ...record, name: ' 甲 ' };
    const first = validateRecordOnce('cadres', untrimmed);
    expect(first.ok && first.record.name).toBe('甲');
    expect(first.ok && first.record).not.toBe(untrimmed);
    expect(validateRecordOnce('cadres', untrimmed)).toBe(first);
  });
});
