/**
 * `npm run bench [-- --strict] [-- --build] [-- --only=<part of a metric file name>]`: (re)builds the production extension when it is
 * missing or older than its sources (always with --build), runs every metric module in
 * tests/bench/metrics/, writes bench/results.json and prints a table. Over-budget rows are marked; the exit code is
 * non-zero only with --strict (or when a benchmark itself fails).
 *
 * Each module runs in a process of its own (`--module=<file>`): a benchmark then never pays for the
 * heap, the garbage or the JIT state an earlier one left behind, so a number does not depend on
 * which others ran before it.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isBuildStale, wxtBuild } from '../e2e/lib/build';
import { CHROME_PROD_EXT, FIREFOX_PROD_EXT, ROOT } from '../e2e/lib/paths';
import { withinBudget, type BenchContext, type MetricModule, type MetricSet } from './types';

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const forceBuild = args.has('--build');
/** `--only=guard` runs just the metric modules whose file name contains "guard". */
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** set in the child process that runs one metric module */
const moduleArg = [...args].find((a) => a.startsWith('--module='))?.slice('--module='.length);
/** how a child hands its metrics to the parent: one stdout line */
const RESULT_MARK = 'CAREFILL_BENCH_RESULT ';
const METRICS_DIR = join(ROOT, 'tests/bench/metrics');

/** A build directory, built first when missing or older than the sources: once per run (a failed build is not retried). */
function buildOnce(dir: string, args: string[]): () => Promise<string> {
  let build: Promise<string> | undefined;
  return () =>
    (build ??= (async () => {
      if (isBuildStale(dir)) {
        console.log(`building the production extension (wxt build ${args.join(' ')}) ...`);
        wxtBuild(args);
      }
      return dir;
    })());
}

function makeContext(): BenchContext {
  // shared by all metric modules
  return { root: ROOT, productionBuild: buildOnce(CHROME_PROD_EXT, []), firefoxBuild: buildOnce(FIREFOX_PROD_EXT, ['-b', 'firefox']) };
}

async function moduleFiles(): Promise<string[]> {
  return (await readdir(METRICS_DIR)).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && (!only || f.includes(only))).sort();
}

/** In the child: runs one module and prints its metrics on the result line. */
async function runModule(file: string): Promise<number> {
  const mod = (await import(pathToFileURL(join(METRICS_DIR, file)).href)) as MetricModule;
  if (typeof mod.measure !== 'function') throw new Error('exports no measure()');
  const metrics = await mod.measure(makeContext());
  console.log(RESULT_MARK + JSON.stringify(metrics));
  return 0;
}

/** In the parent: one module in a child process; its output passes through, its metrics come back. */
function spawnModule(file: string): Promise<MetricSet> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url), `--module=${file}`], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result: MetricSet | undefined;
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) {
        if (l.startsWith(RESULT_MARK)) result = JSON.parse(l.slice(RESULT_MARK.length)) as MetricSet;
        else console.log(l);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) console.log(pending);
      if (code === 0 && result) resolve(result);
      else reject(new Error(`exited with ${code}`));
    });
  });
}

function printTable(metrics: MetricSet): void {
  const rows = Object.entries(metrics).map(([name, m]) => [
    name,
    String(m.value),
    m.unit,
    m.budget === undefined ? '—' : `${m.better === 'higher' ? '>=' : '<='} ${m.budget}`,
    m.budget === undefined ? 'info' : withinBudget(m) ? 'ok' : 'OVER BUDGET',
  ]);
  const header = ['metric', 'value', 'unit', 'budget', 'ok'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<number> {
  if (moduleArg) return runModule(moduleArg);
  // one build for all the children (each only checks that it is fresh)
  if (forceBuild) wxtBuild([]);
  const metrics: MetricSet = {};
  const failures: string[] = [];
  for (const name of await moduleFiles()) {
    try {
      Object.assign(metrics, await spawnModule(name));
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
