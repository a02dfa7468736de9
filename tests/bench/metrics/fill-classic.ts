import type { BenchContext, MetricSet } from '../types';
import { fixtureFillValues } from './fill-lib/values';
import { median, repeat, startFillBench } from './fill-lib/harness';

/**
 * `fill.classic_ms`: fixture 1 (the GBK 慰问审批单, its own change handlers running) filled end to
 * end in the page for the synthetic cadre and template, from the click: the product's path, in
 * which the page collected its fields when the fill flow opened (`fill.prepare`, while the person
 * picks a cadre) and the click brings that collection up to date, assigns, plans, writes and reads
 * back. `fill.classic.ratio_to_raw`: that time over the raw baseline — the same values written by
 * known selectors with the same events — in the same page, runs alternating. Medians of 15
 * samples, each the mean of 10 fills.
 * `fill.classic.cold_ms` / `cold_ratio_to_raw` (reported, no budget): the same fill when nothing
 * was prepared (the whole collect after the click), as on a page that changed after the flow
 * opened.
 */
const TIMES = 10;

export async function measure(_ctx: BenchContext): Promise<MetricSet> {
  const values = fixtureFillValues();
  const bench = await startFillBench();
  try {
    const page = await bench.open('/forms/condolence');
    const first = await page.fill(values);
    if (first.verified !== first.written || first.written < 25) throw new Error(`classic: ${first.written} written, ${first.verified} verified`);
    // each sample is the mean of TIMES fills: the page's clock has a 0.1 ms grain, a fill takes about 1 ms
    const runs = await repeat(async () => {
      const engine = await page.fill(values, { prepared: true, times: TIMES });
      if (engine.verified !== first.verified) throw new Error(`classic (prepared): ${engine.verified} verified, not ${first.verified}`);
      return { engine, cold: await page.fill(values, { times: TIMES }), raw: await page.raw(first.raw, TIMES) };
    }, 15, 3);
    const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.001)) * 100) / 100;
    const ms = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick), 3);
    const [engine, cold, raw] = [ms((r) => r.engine.ms), ms((r) => r.cold.ms), ms((r) => r.raw.ms)];
    const [engineShown, rawShown] = [ms((r) => r.engine.rendered), ms((r) => r.raw.rendered)];
    console.log(`fill.classic: engine ${engine} ms (cold ${cold}) / raw ${raw} ms of script; until rendered ${engineShown} / ${rawShown} ms`);
    return {
      'fill.classic_ms': { value: median([engine]), unit: 'ms', budget: 50 },
      'fill.classic.ratio_to_raw': { value: ratio(engine, raw), unit: 'ratio', budget: 2 },
      'fill.classic.rendered_ratio_to_raw': { value: ratio(engineShown, rawShown), unit: 'ratio', budget: 2 },
      'fill.classic.cold_ms': { value: median([cold]), unit: 'ms' },
      'fill.classic.cold_ratio_to_raw': { value: ratio(cold, raw), unit: 'ratio' },
    };
  } finally {
    await bench.close();
  }
}
