import { performance } from 'node:perf_hooks';
import { exampleStandard } from '../../../core/rules/default-standard';
import { generateLedger } from '../../../core/synth';
import { computeToday, policyFromSettings, type TodayInput } from '../../../core/today';
import type { VisitRecord } from '../../../core/model/visit-record';
import type { Stored } from '../../../storage/db';
import { groupByBucket } from '../../../storage/buckets';
import { bucketOfRow, bucketRow } from '../../../storage/visit-buckets';
import type { BenchContext, MetricSet } from '../types';

/**
 * `today.compute.20k_ms`: every list of the home screen — milestone birthdays (lunar ones
 * included), the festival campaign with its eligibility and visits, follow-ups by owner,
 * hospital stays, contact intervals, difficulties and needs — for 20,000 synthetic cadres with
 * three years of visit records and a year of follow-ups (the budget: 100 ms).
 *
 * The records are structured-cloned first, as the background gets them from IndexedDB, and the
 * visit records come in the order it reads them (storage/visit-buckets.ts: bucket by bucket,
 * each cadre's together). Days
 * across the year vary the campaign and the birthdays. The metric is the median over the runs
 * after a first one (which builds the lunar tables), measured in CPU time: the computation is
 * single-threaded, so on an idle machine this is its elapsed time, and on a shared one other
 * processes do not count. Elapsed times are logged beside it.
 */

const CADRES = 20_000;
const RUNS = 15;
const BUDGET_MS = 100;
const TODAY = '2026-11-29';
const DAYS = [TODAY, '2026-01-20', '2026-09-20', '2026-12-28', '2026-06-10'];

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measure(_ctx: BenchContext): Promise<MetricSet> {
  const ledger = generateLedger({ count: CADRES, seed: 20261129, today: TODAY });
  // the order the background reads the visit records in, then cloned as IndexedDB hands them over
  const visits = [...groupByBucket(ledger.visits as Stored<VisitRecord>[], bucketOfRow)]
    .sort(([a], [b]) => a - b)
    .flatMap(([id, rows]) => bucketRow(id, rows).visits) as typeof ledger.visits;
  const stored = structuredClone({ cadres: ledger.cadres, followUps: ledger.followUps, visits });
  const input: TodayInput = { ...stored, standards: [exampleStandard()], policy: policyFromSettings({ contactIntervalMonths: 3 }) };

  const cpu: number[] = [];
  const wall: number[] = [];
  let listed = 0;
  for (let i = 0; i <= RUNS; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const r = computeToday(input, DAYS[i % DAYS.length]!);
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
    listed += r.counts.birthdays + r.counts.campaignEligible + r.counts.notContacted + r.counts.inHospital;
  }
  if (listed === 0) throw new Error('the synthetic ledger listed nobody: the benchmark computes nothing');
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const value = round(median(cpu.slice(1)));
  console.log(
    `today.compute: ${CADRES} cadres, ${input.visits.length} visits, ${input.followUps.length} follow-ups: first run ${round(wall[0]!)} ms; ` +
      `then median ${value} ms CPU (min ${round(Math.min(...cpu.slice(1)))}), median ${round(median(wall.slice(1)))} ms elapsed`,
  );
  return { 'today.compute.20k_ms': { value, unit: 'ms', budget: BUDGET_MS } };
}
