import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecordSets, PLAN_KINDS, planSync, resolvePlan, type PlanKind, type SyncBase, type SyncRecord } from '../../../core/sync';

/**
 * Property tests of the merge: whatever the records, importing is idempotent and the order of
 * imports does not matter (with the default resolution, newer wins).
 */

const record: fc.Arbitrary<SyncRecord> = fc
  .record({
    id: fc.constantFrom('record-1', 'record-2', 'record-3', 'record-4', 'record-5'),
    updatedAt: fc.integer({ min: 0, max: 6 }),
    deleted: fc.boolean(),
    value: fc.constantFrom('a', 'b', 'c'),
    extra: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
  })
  .map(({ id, updatedAt, deleted, value, extra }) =>
    deleted ? { id, createdAt: 0, updatedAt, deletedAt: updatedAt } : { id, createdAt: 0, updatedAt, value, ...(extra !== undefined ? { extra } : {}) },
  );
/** A file or a database: at most one version per id. */
const recordSet = fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 5 });
/** The marks of the last sync: its times, and maybe the stamps of the versions agreed then (no clock involved). */
const agreedStamps = fc.dictionary(fc.constantFrom('record-1', 'record-2', 'record-3', 'record-4', 'record-5'), fc.integer({ min: 0, max: 6 }));
const base: fc.Arbitrary<SyncBase> = fc
  .record({ localSince: fc.integer({ min: 0, max: 7 }), remoteSince: fc.integer({ min: 0, max: 7 }), agreed: fc.option(agreedStamps, { nil: undefined }) })
  .map(({ localSince, remoteSince, agreed }) => ({
    localSince,
    remoteSince,
    ...(agreed ? { agreed: new Map([['cadres', new Map(Object.entries(agreed))]]) } : {}),
  }));

const byId = (rs: Iterable<SyncRecord>) => [...rs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** One import into a local set, as storage/sync-import.ts does it, with the default choice for conflicts. */
function importInto(local: readonly SyncRecord[], file: readonly SyncRecord[], since: SyncBase): SyncRecord[] {
  const localMaps = Object.fromEntries(PLAN_KINDS.map((k) => [k, new Map<string, SyncRecord>()])) as Record<PlanKind, Map<string, SyncRecord>>;
  for (const r of local) localMaps.cadres.set(r.id, r);
  const remote = Object.fromEntries(PLAN_KINDS.map((k) => [k, k === 'cadres' ? file : []])) as Record<PlanKind, readonly SyncRecord[]>;
  const planned = planSync({ remote, local: localMaps, base: since, validate: (_k, raw) => ({ ok: true, record: raw as SyncRecord }) });
  if (!planned.ok) throw new Error(JSON.stringify(planned.error));
  const out = new Map(local.map((r) => [r.id, r]));
  for (const w of resolvePlan(planned.value, { all: 'newer' }, 1000).writes.cadres) out.set(w.id, w);
  return byId(out.values());
}

describe('merge properties', () => {
  it('the merge of record sets is idempotent, commutative and associative', () => {
    fc.assert(
      fc.property(recordSet, recordSet, recordSet, (a, b, c) => {
        expect(mergeRecordSets(a, a)).toEqual(byId(a));
        expect(mergeRecordSets(a, b)).toEqual(mergeRecordSets(b, a));
        expect(mergeRecordSets(mergeRecordSets(a, b), c)).toEqual(mergeRecordSets(a, mergeRecordSets(b, c)));
      }),
      { numRuns: 500 },
    );
  });

  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(recordSet, recordSet, base, base, (local, file, since1, since2) => {
        const once = importInto(local, file, since1);
        expect(importInto(once, file, since2)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it('importing A then B gives what B then A gives, and what merging gives', () => {
    fc.assert(
      fc.property(recordSet, recordSet, recordSet, base, base, (local, a, b, s1, s2) => {
        const ab = importInto(importInto(local, a, s1), b, s2);
        const ba = importInto(importInto(local, b, s2), a, s1);
        expect(ab).toEqual(ba);
        expect(ab).toEqual(mergeRecordSets(mergeRecordSets(local, a), b));
      }),
      { numRuns: 500 },
    );
  });

  it('two browsers exchanging files end equal', () => {
    fc.assert(
      fc.property(recordSet, recordSet, base, base, (x, y, s1, s2) => {
        const xAfter = importInto(x, y, s1);
        const yAfter = importInto(y, x, s2);
        expect(xAfter).toEqual(yAfter);
      }),
      { numRuns: 500 },
    );
  });
});
