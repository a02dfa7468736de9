import { build } from 'esbuild';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_BIN, ROOT } from '../../../e2e/lib/paths';
import { startOaServer, type OaServer } from '../../../fixtures/oa/server';
import type { EndToEnd, FillOptions, RawStep } from './in-page';

/**
 * What the fill benchmarks share: the demo OA on a free port, headless Chromium, and the engine's
 * code bundled into the page under test. Timings are medians over several runs in one page after
 * warm-up runs (the engine stays loaded in a frame between fills).
 */

export interface BenchPage {
  page: Page;
  collect(): Promise<{ ms: number; fields: number }>;
  /** fills after the click (prepared when the flow opened, or cold), their mean */
  fill(values: Record<string, string>, opts?: FillOptions): Promise<EndToEnd>;
  raw(steps: RawStep[], times?: number): Promise<{ ms: number; rendered: number }>;
}

export interface FillBench {
  oa: OaServer;
  open(path: string): Promise<BenchPage>;
  close(): Promise<void>;
}

let bundle: Promise<string> | undefined;

function engineBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(ROOT, 'tests/bench/metrics/fill-lib/in-page.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

export async function startFillBench(): Promise<FillBench> {
  const [oa, browser, code] = await Promise.all([
    startOaServer({ port: 0 }),
    chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: ['--no-sandbox', '--disable-gpu'] }) as Promise<Browser>,
    engineBundle(),
  ]);
  return {
    oa,
    async open(path) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${oa.url}${path}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      type Api = { collect(): { ms: number; fields: number }; fill(v: Record<string, string>, o?: FillOptions): Promise<EndToEnd>; raw(s: RawStep[], n?: number): { ms: number; rendered: number } };
      const api = '(globalThis.__carefillBench)';
      return {
        page,
        collect: () => page.evaluate(`${api}.collect()`) as Promise<{ ms: number; fields: number }>,
        fill: (values, opts) => page.evaluate(([v, o]) => (globalThis as unknown as { __carefillBench: Api }).__carefillBench.fill(v, o), [values, opts ?? {}] as const),
        raw: (steps, times) => page.evaluate(([s, n]) => (globalThis as unknown as { __carefillBench: Api }).__carefillBench.raw(s, n), [steps, times ?? 1] as const),
      };
    },
    async close() {
      await browser.close();
      await oa.close();
    },
  };
}

/** The median of a list of numbers, rounded to `decimals` places (0.1 by default). */
export function median(xs: readonly number[], decimals = 1): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  const scale = 10 ** decimals;
  return Math.round(m * scale) / scale;
}

/** Runs `once` `warmup` times unmeasured, then `runs` times; the results of the measured runs. */
export async function repeat<T>(once: () => Promise<T>, runs = 15, warmup = 5): Promise<T[]> {
  for (let i = 0; i < warmup; i++) await once();
  const out: T[] = [];
  for (let i = 0; i < runs; i++) out.push(await once());
  return out;
}
