import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { planImport, type ImportLookup } from '../../../core/ledger/import-plan';
import type { Cadre } from '../../../core/model';
import { exportTable, readLedgerSheet } from '../../../core/spreadsheet';
import { generateLedger } from '../../../core/synth';
import { readWorkbook, writeWorkbook } from '../../../entrypoints/options/sheet-grid';
import { loadLedgerFile } from '../../../entrypoints/options/spreadsheet-loader';
import { officeLedgerXlsx } from '../../fixtures/spreadsheets/office-ledger';

const TODAY = '2026-11-29';
const NOW = Date.UTC(2026, 10, 29);
const empty: ImportLookup = { byIdNumber: new Map(), byId: new Map(), takenIds: new Set() };

describe('an office spreadsheet (.xlsx through SheetJS)', () => {
  const { cadres } = generateLedger({ count: 300, seed: 21, history: false });
  const sheet = officeLedgerXlsx(XLSX, cadres, { bad: true });

  it('reads every good row and refuses each bad one with its row number and reason', () => {
    const read = readLedgerSheet(readWorkbook(XLSX, sheet.bytes)[0]!, { today: TODAY });
    if (!read.ok) throw new Error(read.key);
    expect(read.sheet.headerRow).toBe(1);
    expect(read.sheet.rows.total).toBe(306);
    const plan = planImport(read.sheet.rows.rows, empty, { now: NOW, today: TODAY, rowLabels: read.sheet.rows.rowNumbers });
    expect(plan.toAdd).toHaveLength(300);
    const refused = [...plan.errors, ...read.sheet.rows.invalid].sort((a, b) => a.row - b.row);
    expect(refused.map((e) => [e.row, e.problems[0]!.path, e.problems[0]!.key])).toEqual(sheet.bad.map((b) => [b.row, b.path, b.key]));
    // the Excel dates, 男性, 离休干部 and 正处级 came through
    const byId = new Map(plan.toAdd.map((c) => [c.idNumber, c]));
    for (const c of cadres.slice(0, 50)) {
      expect(byId.get(c.idNumber)).toMatchObject({ name: c.name, birthDate: c.birthDate, gender: c.gender, category: c.category, phones: c.phones });
      if (c.rank) expect(byId.get(c.idNumber)!.rank).toBe(c.rank);
    }
  });

  it('exports to .xlsx and reads back unchanged', () => {
    const ledger: Cadre[] = cadres.map(({ id, ...input }) => {
      const r = buildCadre(input, { id, createdAt: 1, updatedAt: 2 }, TODAY);
      if (!r.ok) throw new Error('build failed');
      return r.cadre;
    });
    const bytes = writeWorkbook(XLSX, exportTable(ledger), '台账');
    const read = readLedgerSheet(readWorkbook(XLSX, bytes)[0]!, { today: TODAY });
    if (!read.ok) throw new Error(read.key);
    const lookup: ImportLookup = { byIdNumber: new Map(ledger.map((c) => [c.idNumber!, c])), byId: new Map(ledger.map((c) => [c.id, c])), takenIds: new Set() };
    const plan = planImport(read.sheet.rows.rows, lookup, { now: NOW, today: TODAY });
    expect({ add: plan.toAdd.length, update: plan.toUpdate.length, unchanged: plan.unchanged, errors: plan.errors }).toEqual({ add: 0, update: 0, unchanged: 300, errors: [] });
  });
});

describe('loadLedgerFile', () => {
  it('reads .xlsx, .xls (BIFF8), GBK .csv and JSON', async () => {
    const { cadres } = generateLedger({ count: 25, seed: 3, history: false });
    const xlsx = await loadLedgerFile('台账.xlsx', officeLedgerXlsx(XLSX, cadres).bytes);
    expect(xlsx.kind === 'sheets' && xlsx.sheets[0]!.rows.length).toBe(27);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['姓名', '离退休类别'], ['张三', '离休']]), 'S');
    const xls = await loadLedgerFile('old.XLS', new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer));
    expect(xls.kind === 'sheets' && readLedgerSheet(xls.sheets[0]!)).toMatchObject({ ok: true, sheet: { rows: { rows: [{ name: '张三', category: '离休' }] } } });
    const csv = await loadLedgerFile('台账.csv', new Uint8Array(iconv.encode('姓名,离退休类别\r\n张三,退休\r\n', 'gbk')));
    expect(csv).toMatchObject({ kind: 'sheets', encoding: 'gbk' });
    expect(await loadLedgerFile('台账.json', new TextEncoder().encode('[{"name":"张三"}]'))).toEqual({ kind: 'json', rows: [{ name: '张三' }] });
  });

  it('refuses broken, foreign and empty files with a reason', async () => {
    const whole = officeLedgerXlsx(XLSX, generateLedger({ count: 5, seed: 1, history: false }).cadres).bytes;
    expect(await loadLedgerFile('坏.xlsx', whole.slice(0, 300))).toEqual({ kind: 'invalid', key: 'err_import_unreadable' });
    expect(await loadLedgerFile('假.xlsx', new TextEncoder().encode('姓名,性别'))).toEqual({ kind: 'invalid', key: 'err_import_unreadable' });
    expect(await loadLedgerFile('图片.png', new Uint8Array([137, 80, 78, 71]))).toEqual({ kind: 'invalid', key: 'err_import_file_type' });
    expect(await loadLedgerFile('空.csv', new Uint8Array())).toEqual({ kind: 'invalid', key: 'err_import_empty' });
    expect(await loadLedgerFile('坏.json', new TextEncoder().encode('{'))).toEqual({ kind: 'invalid', key: 'err_import_not_json' });
  });
});
