/**
 * The Lock (docs/lock.md) on a 2,000-cadre ledger with its follow-ups and visit records (a
 * tenth of the 20,000 the other benchmarks use: fake-indexeddb makes the whole ledger too slow
 * to run at every `npm run bench`; LOCK_BENCH_COUNT=20000 measures the whole ledger):
 * - `lock.enable.2k_ms` (budget 6,000 ms, the rate of a minute for 20,000): turning the Lock on: the passphrase KDF, then every
 *   cadre, follow-up and visit record sealed (AES-256-GCM), each bucket of cadres with the keyed
 *   hashes (HMAC-SHA256) of its ID numbers, in one transaction;
 * - `lock.read_all.2k_ms` (budget 1,000 ms): reading every cadre opened, as the ledger list loads
 *   the whole ledger into memory once after the worker starts;
 * - `lock.search_id_ms` (budget 500 ms): an exact ID-number lookup on the buckets' hashed index
 *   (as a save's duplicate check and the guard make it) and a 4-digit tail search of the ledger
 *   list, loaded once before (its first load costs about what reading every cadre does; printed);
 * - `lock.disable.2k_ms` (budget 6,000 ms): turning it off again (everything opened and stored clear).
 *
 * Measured in Node over fake-indexeddb (several times slower than a browser's IndexedDB) with
 * Node's WebCrypto, in a child process of its own; the ledger is generated and written before the
 * clock starts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchContext, MetricSet } from '../types';

const MARK = 'LOCK_BENCH ';
/** LOCK_BENCH_COUNT runs another ledger size; the metrics are named for the default 2,000 */
const COUNT = Number(process.env.LOCK_BENCH_COUNT ?? 2_000);
const progress = (msg: string) => process.stderr.write(`[lock bench] ${msg}\n`);

interface Timings {
  enableMs: number;
  readAllMs: number;
  searchMs: number;
  disableMs: number;
  rows: Record<string, number>;
}

async function runChild(): Promise<Timings> {
  const fakeIndexedDb = 'fake-indexeddb/auto';
  await import(fakeIndexedDb);
  const { performance } = await import('node:perf_hooks');
  const { generateLedger } = await import('../../../core/synth');
  const { cadre } = await import('../../../core/model/cadre');
  const { followUp } = await import('../../../core/model/follow-up');
  const { visitRecord } = await import('../../../core/model/visit-record');
  const { searchKeys } = await import('../../../core/ledger/search-keys');
  const { VisitStore } = await import('../../../storage/visit-store');
  const { CareFillDB } = await import('../../../storage/db');
  const { toCadreRow } = await import('../../../storage/cadre-row');
  const { CadreStore } = await import('../../../storage/cadre-store');
  const { cadreListOf } = await import('../../../storage/cadre-list');
  const { enableLock, disableLock } = await import('../../../storage/lock/operations');

  const T0 = Date.UTC(2026, 10, 22, 2);
  // LOCK_BENCH_HISTORY=0: cadres only (no follow-ups or visits), for a quicker look at the cadre part
  const ledger = generateLedger({ count: COUNT, seed: 9, today: '2026-11-22', history: process.env.LOCK_BENCH_HISTORY !== '0' });
  const cadres = ledger.cadres.map((c) => cadre.parse({ ...c, createdAt: T0, updatedAt: T0, ...searchKeys(c.name) }));
  const followUps = ledger.followUps.map((f, i) => followUp.parse({ ...f, id: `benchfu${String(i).padStart(7, '0')}`, createdAt: T0, updatedAt: T0 }));
  const visits = ledger.visits.map((v, i) => visitRecord.parse({ ...v, id: `benchvisit${String(i).padStart(7, '0')}`, createdAt: T0, updatedAt: T0 }));
  progress(`generated ${cadres.length} cadres, ${followUps.length} follow-ups, ${visits.length} visits`);
  const db = new CareFillDB('bench-lock');
  const store = new CadreStore(db);
  await db.transaction('rw', db.cadreBuckets, db.followUps, db.visitBuckets, async () => {
    await store.putAll(cadres.map(toCadreRow));
    await db.followUps.bulkPut(followUps);
    await new VisitStore(db).putAll(visits);
  });

  progress('written; enabling the Lock');
  const PASS = 'bench-lock-passphrase';
  const t0 = performance.now();
  const on = await enableLock(db, PASS);
  const t1 = performance.now();
  if (!on.ok) throw new Error(on.reason);
  progress(`enabled in ${Math.round(t1 - t0)} ms`);
  const all = await store.all();
  const t2 = performance.now();
  const probe = cadres[Math.floor(COUNT * 0.6)]!;
  const list = cadreListOf(db);
  await list.ids({});
  const tLoaded = performance.now();
  progress(`the ledger list loaded in ${Math.round(tLoaded - t2)} ms`);
  const t3start = performance.now();
  // the ID-number lookup through the buckets' hashed index, and a tail search on the ledger in memory
  const exact = await store.holdersOf(probe.idNumber!);
  const tail = await list.records({ query: probe.idNumber!.slice(-4) }, 0, 20);
  const t3 = performance.now();
  if (all.length !== COUNT || (all[0] as { idNumber?: string }).idNumber === undefined) throw new Error('not every cadre opened');
  if (!exact.some((c) => c.id === probe.id) || !tail.cadres.some((c) => c.id === probe.id)) throw new Error('ID search missed');
  progress(`read all in ${Math.round(t2 - t1)} ms, searched in ${Math.round(t3 - t3start)} ms; disabling`);
  const off = await disableLock(db, PASS);
  const t4 = performance.now();
  if (!off.ok) throw new Error(off.reason);
  return {
    enableMs: t1 - t0,
    readAllMs: t2 - t1,
    searchMs: t3 - t3start,
    disableMs: t4 - t3,
    rows: { cadres: cadres.length, followUps: followUps.length, visits: visits.length },
  };
}

export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', self, '--child'], { cwd: ctx.root, encoding: 'utf8', timeout: 15 * 60_000 });
  const line = child.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (child.status !== 0 || !line) throw new Error(`lock benchmark failed (${child.status}): ${child.stderr.slice(-2000)}`);
  process.stderr.write(child.stderr);
  const r = JSON.parse(line.slice(MARK.length)) as Timings;
  console.log(`lock (fake-indexeddb): rows ${JSON.stringify(r.rows)}`);
  if (COUNT !== 2_000) {
    progress(`${COUNT} cadres: enable ${Math.round(r.enableMs)} ms, read all ${Math.round(r.readAllMs)} ms, search ${Math.round(r.searchMs)} ms, disable ${Math.round(r.disableMs)} ms`);
    return {};
  }
  return {
    'lock.enable.2k_ms': { value: Math.round(r.enableMs), unit: 'ms', budget: 6_000 },
    'lock.read_all.2k_ms': { value: Math.round(r.readAllMs), unit: 'ms', budget: 1_000 },
    'lock.search_id_ms': { value: Math.round(r.searchMs), unit: 'ms', budget: 500 },
    'lock.disable.2k_ms': { value: Math.round(r.disableMs), unit: 'ms', budget: 6_000 },
  };
}

if (process.argv.includes('--child')) {
  runChild().then(
    (r) => {
      console.log(MARK + JSON.stringify(r));
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
