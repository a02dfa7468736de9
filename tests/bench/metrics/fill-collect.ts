import type { BenchContext, MetricSet } from '../types';
import { median, repeat, startFillBench } from './fill-lib/harness';

/**
 * `fill.collect.200_ms`, `fill.collect.1000_ms`: collecting every field of a table page (labels,
 * selectors, widget kinds, one batched visibility read) inside the page, in Chromium.
 */
export async function measure(_ctx: BenchContext): Promise<MetricSet> {
  const bench = await startFillBench();
  try {
    const out: MetricSet = {};
    for (const [n, budget] of [
      [200, 25],
      [1000, 100],
    ] as const) {
      const page = await bench.open(`/forms/table?n=${n}`);
      const runs = await repeat(() => page.collect());
      if (runs.some((r) => r.fields !== n)) throw new Error(`collected ${runs[0]?.fields} of ${n} fields`);
      out[`fill.collect.${n}_ms`] = { value: median(runs.map((r) => r.ms)), unit: 'ms', budget };
      await page.page.close();
    }
    return out;
  } finally {
    await bench.close();
  }
}
