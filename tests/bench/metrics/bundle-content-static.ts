import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext, MetricSet } from '../types';

/** Every OA page load pays for this script: it must stay a small trigger, the engine loads on demand. */
const CONTENT_STATIC_BUDGET_BYTES = 12_000;
/** The frame agent registered for OA pages (entrypoints/oa-frame.ts, an unlisted script). */
const FRAME_SCRIPT = 'oa-frame.js';

/** `bundle.content_static_bytes`: the minified script injected into every OA frame at page load. */
export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const dir = await ctx.productionBuild();
  const file = join(dir, FRAME_SCRIPT);
  if (!existsSync(file)) throw new Error(`no ${FRAME_SCRIPT} in the production build`);
  return { 'bundle.content_static_bytes': { value: (await stat(file)).size, unit: 'bytes', budget: CONTENT_STATIC_BUDGET_BYTES } };
}
