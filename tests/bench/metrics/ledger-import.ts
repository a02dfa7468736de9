/**
 * `ledger.import.xlsx.20k_ms` (budget 10,000 ms): a 20,000-row office spreadsheet (.xlsx, the
 * layout of tests/fixtures/spreadsheets/office-ledger.ts: a title row, Excel dates, 男性, 离休干部,
 * 正处级 …) imported as the options page and the background do it: SheetJS reads the workbook,
 * core/spreadsheet finds the header, maps the columns and reads every row, the background
 * previews the import (validates every row against the ledger), then commits it (plans again and
 * writes every cadre with its search keys and an audit event, in one transaction).
 *
 * Measured in Node over fake-indexeddb (an in-memory IndexedDB written in JavaScript, several
 * times slower to write than a browser's), in a child process of its own; the file is generated
 * before the clock starts. The message passing between page and background is not included.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchContext, MetricSet } from '../types';

const MARK = 'LEDGER_IMPORT_BENCH ';
const COUNT = 20_000;

interface Timings {
  totalMs: number;
  detail: Record<string, number>;
}

async function runChild(): Promise<Timings> {
  // in the child only: the runner's process keeps no fake IndexedDB (a variable: the module has no types)
  const fakeIndexedDb = 'fake-indexeddb/auto';
  await import(fakeIndexedDb);
  const { performance } = await import('node:perf_hooks');
  const XLSX = await import('@e965/xlsx');
  const { generateLedger } = await import('../../../core/synth');
  const { readLedgerSheet, pickLedgerSheet } = await import('../../../core/spreadsheet');
  const { readWorkbook } = await import('../../../entrypoints/options/sheet-grid');
  const { officeLedgerXlsx } = await import('../../fixtures/spreadsheets/office-ledger');
  const { CareFillDB } = await import('../../../storage/db');
  const { previewImport, commitImport } = await import('../../../storage/cadre-import');
  const { CadreStore } = await import('../../../storage/cadre-store');

  const { cadres } = generateLedger({ count: COUNT, seed: 20_000, history: false });
  const file = officeLedgerXlsx(XLSX, cadres);
  const db = new CareFillDB('bench-ledger-import');
  await db.open();

  const t0 = performance.now();
  const sheets = readWorkbook(XLSX, file.bytes);
  const tRead = performance.now();
  const read = readLedgerSheet(sheets[pickLedgerSheet(sheets)]!);
  if (!read.ok) throw new Error(read.key);
  const { rows, rowNumbers } = read.sheet.rows;
  const tRows = performance.now();
  const preview = await previewImport(db, rows, undefined, rowNumbers);
  const tPreview = performance.now();
  const plan = await commitImport(db, rows, undefined, rowNumbers);
  const tCommit = performance.now();
  if (preview.toAdd.length !== COUNT || plan.toAdd.length !== COUNT || plan.errors.length) throw new Error(`imported ${plan.toAdd.length}, refused ${plan.errors.length}`);
  if ((await new CadreStore(db).countLive()) !== COUNT) throw new Error('not every cadre was written');
  return {
    totalMs: tCommit - t0,
    detail: { fileBytes: file.bytes.length, workbook: tRead - t0, sheetRows: tRows - tRead, preview: tPreview - tRows, commit: tCommit - tPreview },
  };
}

export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', self, '--child'], { cwd: ctx.root, encoding: 'utf8', timeout: 15 * 60_000 });
  const line = child.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (child.status !== 0 || !line) throw new Error(`ledger import benchmark failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const r = JSON.parse(line.slice(MARK.length)) as Timings;
  console.log(`ledger import (fake-indexeddb): ${Object.entries(r.detail).map(([k, v]) => `${k}=${Math.round(v)}`).join(' ')}`);
  return { 'ledger.import.xlsx.20k_ms': { value: Math.round(r.totalMs), unit: 'ms', budget: 10_000 } };
}

if (process.argv.includes('--child')) {
  runChild().then(
    (r) => {
      console.log(MARK + JSON.stringify(r));
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
