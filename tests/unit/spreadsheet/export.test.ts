import { describe, expect, it } from 'vitest';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { planImport } from '../../../core/ledger/import-plan';
import type { Cadre } from '../../../core/model';
import { EXPORT_FIELDS, exportTable, matchHeader, readLedgerSheet } from '../../../core/spreadsheet';
import { generateLedger } from '../../../core/synth';
import { sheetOf } from './helpers';

const TODAY = '2026-11-29';

function storedLedger(count: number, seed: number): Cadre[] {
  return generateLedger({ count, seed, history: false }).cadres.map(({ id, ...input }, i) => {
    const r = buildCadre(input, { id, createdAt: 1, updatedAt: 10 + i }, TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.cadre;
  });
}

describe('exportTable', () => {
  it('writes Chinese headers that map back to their own fields', () => {
    const { headers } = exportTable([]);
    expect(headers.slice(0, 6)).toEqual(['姓名', '性别', '民族', '籍贯', '身份证号码', '出生日期']);
    EXPORT_FIELDS.forEach((f, i) => expect(matchHeader(headers[i]!), headers[i]).toEqual({ field: f.path }));
  });

  it('writes text: dates, yes/no, lists', () => {
    const [c] = storedLedger(1, 4);
    const { headers, rows } = exportTable([{ ...c!, hobbies: ['书法', '京剧'], difficulty: { has: true, type: '独居' } }]);
    const cell = (h: string) => rows[0]![headers.indexOf(h)];
    expect(cell('姓名')).toBe(c!.name);
    expect(cell('出生日期')).toBe(c!.birthDate);
    expect(cell('爱好')).toBe('书法、京剧');
    expect(cell('生活困难')).toBe('是');
    expect(cell('困难类型')).toBe('独居');
    expect(cell('是否健在')).toBe(c!.alive ? '是' : '否');
    expect(cell('系统编号')).toBe(c!.id);
  });

  it('reads back as the same ledger: re-importing an export changes nothing', () => {
    const ledger = storedLedger(400, 8);
    const { headers, rows } = exportTable(ledger);
    const read = readLedgerSheet(sheetOf([headers, ...rows]), { today: TODAY });
    if (!read.ok) throw new Error(read.key);
    expect(read.sheet.rows.invalid).toEqual([]);
    expect(read.sheet.rows.rows).toHaveLength(400);
    const lookup = {
      byIdNumber: new Map(ledger.filter((c) => c.idNumber).map((c) => [c.idNumber!, c])),
      byId: new Map(ledger.map((c) => [c.id, c])),
      takenIds: new Set(ledger.map((c) => c.id)),
    };
    const plan = planImport(read.sheet.rows.rows, lookup, { now: Date.UTC(2026, 10, 29), today: TODAY, rowLabels: read.sheet.rows.rowNumbers });
    expect(plan.errors).toEqual([]);
    expect(plan.toAdd).toHaveLength(0);
    expect(plan.toUpdate).toHaveLength(0);
    expect(plan.unchanged).toBe(400);
  });
});
