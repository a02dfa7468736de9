import type { BenchContext, MetricSet } from '../types';
import { fixtureFillValues } from './fill-lib/values';
import { median, repeat, startFillBench } from './fill-lib/harness';

/**
 * `fill.classic_ms`: fixture 1 (the GBK 慰问审批单, its own change handlers running) filled end to
 * end in the page for the synthetic cadre and template. `fill.classic.ratio_to_raw`: that time
 * over the raw baseline — the same values written by known selectors with the same events — in
 * the same page, runs alternating.
 */
export async function measure(_ctx: BenchContext): Promise<MetricSet> {
  const values = fixtureFillValues();
  const bench = await startFillBench();
  try {
    const page = await bench.open('/forms/condolence');
    const first = await page.fill(values);
    if (first.verified !== first.written || first.written < 25) throw new Error(`classic: ${first.written} written, ${first.verified} verified`);
    const runs = await repeat(async () => ({ engine: await page.fill(values), raw: await page.raw(first.raw) }), 21, 5);
    const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.01)) * 100) / 100;
    const engine = median(runs.map((r) => r.engine.ms));
    const raw = median(runs.map((r) => r.raw.ms));
    console.log(`fill.classic: engine ${engine} ms / raw ${raw} ms of script; until rendered ${median(runs.map((r) => r.engine.rendered))} / ${median(runs.map((r) => r.raw.rendered))} ms`);
    return {
      'fill.classic_ms': { value: engine, unit: 'ms', budget: 50 },
      'fill.classic.ratio_to_raw': { value: ratio(engine, raw), unit: 'ratio', budget: 2 },
      'fill.classic.rendered_ratio_to_raw': { value: ratio(median(runs.map((r) => r.engine.rendered)), median(runs.map((r) => r.raw.rendered))), unit: 'ratio', budget: 2 },
    };
  } finally {
    await bench.close();
  }
}
