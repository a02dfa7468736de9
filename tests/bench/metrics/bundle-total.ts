import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext, MetricSet } from '../types';

/** What an office downloads and installs. */
// What dominates: pinyin-pro (~320 KB, polyphonic-surname dictionary) and the lunar calendar in
// background.js, the autofill engine injected on demand, SheetJS (~490 KB, a lazy chunk loaded only
// when a spreadsheet is read or written). Nothing is downloaded at run time.
const TOTAL_BUDGET_BYTES = 2_500_000;

/** Sum of the sizes of all files under `dir`. */
async function totalBytes(dir: string): Promise<number> {
  let sum = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    sum += entry.isDirectory() ? await totalBytes(path) : (await stat(path)).size;
  }
  return sum;
}

/** `bundle.total_bytes`: every file of the production Chrome build. */
export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const dir = await ctx.productionBuild();
  return { 'bundle.total_bytes': { value: await totalBytes(dir), unit: 'bytes', budget: TOTAL_BUDGET_BYTES } };
}
