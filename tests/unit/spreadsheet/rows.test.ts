import { describe, expect, it } from 'vitest';
import { pickLedgerSheet, readLedgerSheet } from '../../../core/spreadsheet';
import { syntheticIdNumber } from '../storage/synthetic';
import { excelDate, sheetOf } from './helpers';

const TODAY = '2026-11-29';
const idA = syntheticIdNumber('19300412', 17);
const idB = syntheticIdNumber('19451003', 22);

describe('readLedgerSheet', () => {
  it('reads an office ledger: title rows, two-row header with merges, merged unit cells, footer', () => {
    const sheet = sheetOf(
      [
        ['某厅离退休干部基本情况台账'],
        ['序号', '姓名', '性别', '身份证号码', '基本情况', null, '联系方式', null, '离退休类别'],
        [null, null, null, null, '原工作单位', '职级', '手机', '住宅电话', null],
        [1, '张三丰', '男性', idA, '省直机关某厅', '正厅级', 13800138000, '027-87650001', '离休干部'],
        [2, '李秀英', '女', idB, null, '一级调研员', null, null, '退休'],
        [null, null, null, null, null, null, null, null, null],
        ['合计', '2人'],
        ['填表人：某某'],
      ],
      {
        merges: [
          { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
          { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
          { s: { r: 1, c: 2 }, e: { r: 2, c: 2 } },
          { s: { r: 1, c: 3 }, e: { r: 2, c: 3 } },
          { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
          { s: { r: 1, c: 6 }, e: { r: 1, c: 7 } },
          { s: { r: 1, c: 8 }, e: { r: 2, c: 8 } },
          // one unit for both cadres
          { s: { r: 3, c: 4 }, e: { r: 4, c: 4 } },
        ],
      },
    );
    const r = readLedgerSheet(sheet, { today: TODAY });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sheet.headerRow).toBe(2);
    expect(r.sheet.missing).toEqual([]);
    expect(r.sheet.rows.rowNumbers).toEqual([4, 5]);
    expect(r.sheet.rows.rows).toEqual([
      {
        name: '张三丰',
        gender: '男',
        idNumber: idA,
        originalUnit: '省直机关某厅',
        rank: '厅局级',
        rankDetail: '正厅级',
        phones: ['13800138000', '027-87650001'],
        category: '离休',
      },
      { name: '李秀英', gender: '女', idNumber: idB, originalUnit: '省直机关某厅', rank: '县处级', rankDetail: '一级调研员', category: '退休' },
    ]);
  });

  it('completes a month-only birth date from the ID number, and keeps rows with problems apart', () => {
    const sheet = sheetOf([
      ['姓名', '身份证号码', '出生年月', '离退休类别', '是否困难', '去世时间'],
      ['张三丰', idA, '1930.04', '离休', '否', null],
      ['王五', Number('420106193004120170'), '1930.04', '退休', '否', null],
      ['赵六', null, excelDate(11060), '退休', '说不清', null],
      ['钱七', null, '1931.05', '遗属', null, '2020年5月1日'],
    ]);
    const r = readLedgerSheet(sheet, { today: TODAY });
    if (!r.ok) throw new Error(r.key);
    expect(r.sheet.rows.total).toBe(4);
    expect(r.sheet.rows.rows).toEqual([
      { name: '张三丰', idNumber: idA, birthDate: '1930-04-12', category: '离休', difficulty: { has: false } },
      { name: '钱七', birthDate: '1931-05-01', category: '遗属', deathDate: '2020-05-01', alive: false },
    ]);
    expect(r.sheet.rows.rowNumbers).toEqual([2, 5]);
    expect(r.sheet.rows.invalid).toEqual([
      { row: 3, problems: [{ path: 'idNumber', key: 'err_import_id_as_number' }] },
      { row: 4, problems: [{ path: 'difficulty.has', key: 'err_import_yes_no', subs: ['说不清'] }] },
    ]);
  });

  it('says what is missing: no header, no rows, no category column', () => {
    expect(readLedgerSheet(sheetOf([['单位', '电话']]))).toEqual({ ok: false, key: 'err_import_no_header' });
    expect(readLedgerSheet(sheetOf([['姓名', '性别']]))).toEqual({ ok: false, key: 'err_import_no_rows' });
    const r = readLedgerSheet(sheetOf([['姓名', '性别'], ['张三', '男']]));
    expect(r.ok && r.sheet.missing).toEqual(['category']);
  });

  it('follows a chosen header row and mapping', () => {
    const sheet = sheetOf([
      ['名单', '类型'],
      ['张三', '离休'],
    ]);
    expect(readLedgerSheet(sheet)).toEqual({ ok: false, key: 'err_import_no_header' });
    const r = readLedgerSheet(sheet, { headerRow: 0, overrides: { 0: 'name', 1: 'category' } });
    expect(r.ok && r.sheet.rows.rows).toEqual([{ name: '张三', category: '离休' }]);
  });

  it('picks the sheet that holds the ledger', () => {
    expect(pickLedgerSheet([sheetOf([['说明']]), sheetOf([['姓名', '性别']])])).toBe(1);
    expect(pickLedgerSheet([sheetOf([['说明']])])).toBe(0);
  });
});
