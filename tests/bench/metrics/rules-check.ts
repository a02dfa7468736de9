import { performance } from 'node:perf_hooks';
import { cadre as cadreSchema, type Cadre } from '../../../core/model/cadre';
import { FESTIVALS, HOSPITAL_TIERS, VISIT_TYPES, type VisitType } from '../../../core/model/vocab';
import { fenToRmbUpper } from '../../../core/model/validators/rmb';
import { checkVisit } from '../../../core/rules/check-visit';
import { exampleStandard } from '../../../core/rules/default-standard';
import type { FormValues } from '../../../core/rules/facts';
import { VisitHistoryIndex, type HistoryVisit } from '../../../core/rules/history-index';
import { formatAmountField } from '../../../core/rules/money';
import { generateLedger } from '../../../core/synth';
import type { BenchContext, MetricSet } from '../types';

/**
 * `rules.check.100k_ms`: checking one OA form against a visit history of 100,000 records (the
 * issue's budget: 10 ms). The history is indexed once, as the background would for a big office;
 * the engine must read only the checked cadre's years, not scan. Reported: the 95th percentile
 * of many forms of every visit type, after one warm-up pass.
 */

const RECORDS = 100_000;
const FORMS = 2_000;
const BUDGET_MS = 10;
const TODAY = '2026-11-29';

/** A synthetic ledger with at least `RECORDS` visit records (5 a cadre in 3 years, give or take). */
function syntheticHistory(): { cadres: Cadre[]; visits: HistoryVisit[] } {
  let count = 20_000;
  for (;;) {
    const ledger = generateLedger({ count, seed: 20261129, today: TODAY });
    if (ledger.visits.length >= RECORDS) {
      const cadres = ledger.cadres.map((c) => cadreSchema.parse({ ...c, createdAt: 0, updatedAt: 0 }));
      return { cadres, visits: ledger.visits.slice(0, RECORDS) };
    }
    count = Math.ceil(count * 1.2);
  }
}

/** A deterministic pseudo-random stream (no Math.random in benchmarks: runs must compare). */
function stream(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A filled 慰问审批单 of one of the ledger's cadres, as the frame reads it. */
function formFor(c: Cadre, type: VisitType, next: () => number): FormValues {
  const month = String(1 + Math.floor(next() * 11)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  const date = `2026-${month}-${day}`;
  const cashFen = 100 * (100 + Math.floor(next() * 20) * 100);
  const form: Record<string, string> = {
    'cadre.name': c.name,
    'cadre.category': c.category,
    'visit.type': type,
    'visit.date': date,
    'visit.applyDate': date,
    'visit.form': '慰问金',
    'visit.amount': formatAmountField(cashFen),
    'visit.amountUpper': fenToRmbUpper(cashFen),
    'visit.total': formatAmountField(cashFen),
    'visit.totalUpper': fenToRmbUpper(cashFen),
    'visit.reason': `${type}：走访慰问${c.name}同志`,
  };
  if (c.idNumber) form['cadre.idNumber'] = c.idNumber;
  if (c.rank) form['cadre.rank'] = c.rank;
  if (type === '节日慰问' || type === '遗属慰问') form['visit.festival'] = FESTIVALS[Math.floor(next() * FESTIVALS.length)]!;
  if (type === '住院看望') {
    form['visit.hospitalTier'] = HOSPITAL_TIERS[Math.floor(next() * HOSPITAL_TIERS.length)]!;
    form['visit.hospital'] = '省人民医院';
    form['visit.admissionDate'] = `2026-${month}-01`;
  }
  if (type === '去世吊唁') {
    form['visit.deathDate'] = `2026-${month}-01`;
    form['visit.recipient'] = '家属';
    form['visit.recipientRelation'] = '配偶';
  }
  return form;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** `rules.check.100k_ms`: p95 of one `checkVisit` with 100,000 indexed visit records. */
export async function measure(_ctx: BenchContext): Promise<MetricSet> {
  const { cadres, visits } = syntheticHistory();
  const history = VisitHistoryIndex.build(visits);
  if (history.size !== RECORDS) throw new Error(`indexed ${history.size} records, expected ${RECORDS}`);
  const standards = [exampleStandard()];
  const byId = new Map(cadres.map((c) => [c.id, c]));
  // Cadres with history first: their checks read the most records.
  const visited = [...new Set(visits.map((v) => v.cadreId))].map((id) => byId.get(id)!);
  const next = stream(7);
  const cases = Array.from({ length: FORMS }, (_, i) => {
    const c = visited[Math.floor(next() * visited.length)]!;
    return { cadre: c, form: formFor(c, VISIT_TYPES[i % VISIT_TYPES.length]!, next) };
  });

  const run = (i: number) => checkVisit({ form: cases[i]!.form, cadre: cases[i]!.cadre, history, standards, today: TODAY });
  let findings = 0;
  for (let i = 0; i < cases.length; i++) findings += run(i).length; // warm-up
  if (findings === 0) throw new Error('the synthetic forms drew no findings: the benchmark checks nothing');
  const times: number[] = [];
  for (let i = 0; i < cases.length; i++) {
    const t0 = performance.now();
    run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  console.log(`rules.check: ${FORMS} forms over ${RECORDS} records, median ${round(percentile(times, 0.5))} ms, p95 ${round(percentile(times, 0.95))} ms, max ${round(times.at(-1)!)} ms`);
  return { 'rules.check.100k_ms': { value: round(percentile(times, 0.95)), unit: 'ms', budget: BUDGET_MS } };
}
