import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext, MetricSet } from '../types';

/** Every OA page load pays for this script: it must stay a small trigger, the engine loads on demand. */
const CONTENT_STATIC_BUDGET_BYTES = 12_000;
/**
 * Where the build puts the frame script registered for OA pages: `/oa-frame.js` (an unlisted
 * script, entrypoints/oa-frame.ts) or, as a WXT content-script entrypoint, `content-scripts/oa.js`.
 */
const CANDIDATES = ['oa-frame.js', 'content-scripts/oa.js'];

/** `bundle.content_static_bytes`: the minified script injected into every OA frame at page load. */
export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const dir = await ctx.productionBuild();
  const file = CANDIDATES.map((c) => join(dir, c)).find((f) => existsSync(f));
  if (!file) throw new Error(`no OA frame script in the production build (looked for ${CANDIDATES.join(', ')})`);
  return { 'bundle.content_static_bytes': { value: (await stat(file)).size, unit: 'bytes', budget: CONTENT_STATIC_BUDGET_BYTES } };
}
