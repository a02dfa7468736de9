/**
 * `npm run bench [-- --strict] [-- --build] [-- --only=<part of a metric file name>]`: (re)builds the production extension when it is
 * missing or older than its sources (always with --build), runs every metric module in
 * tests/bench/metrics/, writes bench/results.json and prints a table. Over-budget rows are marked; the exit code is
 * non-zero only with --strict (or when a benchmark itself fails).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isBuildStale, wxtBuild } from '../e2e/lib/build';
import { CHROME_PROD_EXT, ROOT } from '../e2e/lib/paths';
import { withinBudget, type BenchContext, type MetricModule, type MetricSet } from './types';

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const forceBuild = args.has('--build');
/** `--only=guard` runs just the metric modules whose file name contains "guard". */
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);

function makeContext(): BenchContext {
  // One build per run, shared by all metric modules (a failed build is not retried).
  let build: Promise<string> | undefined;
  return {
    root: ROOT,
    productionBuild() {
      build ??= (async () => {
        if (forceBuild || isBuildStale(CHROME_PROD_EXT)) {
          console.log('building the production extension (wxt build) ...');
          wxtBuild([]);
        }
        return CHROME_PROD_EXT;
      })();
      return build;
    },
  };
}

async function loadModules(): Promise<{ name: string; mod: MetricModule }[]> {
  const dir = join(ROOT, 'tests/bench/metrics');
  const files = (await readdir(dir)).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && (!only || f.includes(only))).sort();
  return Promise.all(files.map(async (f) => ({ name: f, mod: (await import(pathToFileURL(join(dir, f)).href)) as MetricModule })));
}

function printTable(metrics: MetricSet): void {
  const rows = Object.entries(metrics).map(([name, m]) => [name, String(m.value), m.unit, `${m.better === 'higher' ? '>=' : '<='} ${m.budget}`, withinBudget(m) ? 'ok' : 'OVER BUDGET']);
  const header = ['metric', 'value', 'unit', 'budget', 'ok'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<number> {
  const ctx = makeContext();
  const metrics: MetricSet = {};
  const failures: string[] = [];
  for (const { name, mod } of await loadModules()) {
    if (typeof mod.measure !== 'function') {
      failures.push(`${name}: exports no measure()`);
      continue;
    }
    try {
      Object.assign(metrics, await mod.measure(ctx));
    } catch (e) {
      failures.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify({ metrics }, null, 2)}\n`);
  printTable(metrics);
  console.log(`\nwritten: bench/results.json`);
  for (const f of failures) console.error(`benchmark failed: ${f}`);
  const over = Object.values(metrics).filter((m) => !withinBudget(m)).length;
  if (over) console.log(`${over} metric(s) over budget${strict ? ' (--strict: failing)' : ''}`);
  return failures.length > 0 || (strict && over > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
