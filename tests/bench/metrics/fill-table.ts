import { TABLE_COLUMNS, tableValue } from '../../fixtures/oa/table-page';
import type { BenchContext, MetricSet } from '../types';
import { median, repeat, startFillBench } from './fill-lib/harness';

const FIELDS = 1000;

/**
 * `fill.table1000_ms`: fixture 6 end to end in the page — collect, assign (one key per row and
 * column), plan, write all 1,000 fields with their events, read them all back. Every field must
 * be written and verified, or the benchmark fails.
 */
export async function measure(_ctx: BenchContext): Promise<MetricSet> {
  const values: Record<string, string> = {};
  for (let row = 1; row <= FIELDS / TABLE_COLUMNS.length; row++) for (const c of TABLE_COLUMNS) values[`${c.key}[${row}]`] = tableValue(c.key, row);
  const bench = await startFillBench();
  try {
    const page = await bench.open(`/forms/table?n=${FIELDS}`);
    const runs = await repeat(() => page.fill(values), 11, 3);
    const bad = runs.find((r) => r.fields !== FIELDS || r.written !== FIELDS || r.verified !== FIELDS);
    if (bad) throw new Error(`table1000: ${bad.fields} fields, ${bad.written} written, ${bad.verified} verified`);
    return { 'fill.table1000_ms': { value: median(runs.map((r) => r.ms)), unit: 'ms', budget: 100 } };
  } finally {
    await bench.close();
  }
}
