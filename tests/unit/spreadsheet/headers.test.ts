import { describe, expect, it } from 'vitest';
import { findHeaderRow, IMPORT_FIELDS, mapColumns, matchHeader, normalizeHeader } from '../../../core/spreadsheet';
import { sheetOf } from './helpers';

describe('header names', () => {
  it('are written normalised and each names one field', () => {
    const seen = new Map<string, string>();
    for (const f of IMPORT_FIELDS)
      for (const h of f.headers) {
        expect(normalizeHeader(h), h).toBe(h);
        expect(seen.get(h), `${h} is claimed twice`).toBeUndefined();
        seen.set(h, f.path);
        expect(matchHeader(h), h).toEqual({ field: f.path });
      }
  });

  it.each([
    ['*姓名', 'name'],
    ['姓 名', 'name'],
    ['公民身份号码', 'idNumber'],
    ['身份证号码（18位）', 'idNumber'],
    ['原单位', 'originalUnit'],
    ['原工作单位\n及部门', 'originalUnit'],
    ['联系电话(手机)', 'phones'],
    ['本人手机', 'phones'],
    ['配偶电话', 'emergencyContact.phone'],
    ['子女联系电话', 'emergencyContact.phone'],
    ['配偶姓名', 'spouse.name'],
    ['离退休类别', 'category'],
    ['出生年月', 'birthDate'],
    ['健康状况', 'health.status'],
    ['家庭住址', 'address'],
    ['职级', 'rank'],
    ['Ｓ系统编号', null],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toEqual(field ? { field } : null);
  });

  it('knows the columns it leaves out on purpose', () => {
    expect(matchHeader('序号')).toEqual({ ignored: true });
    expect(matchHeader('年龄')).toEqual({ ignored: true });
  });
});

describe('findHeaderRow', () => {
  it('skips a title and finds the row naming the most fields', () => {
    const sheet = sheetOf([
      ['某某厅离退休干部台账'],
      ['填报单位：离退休干部处', null, null, '2026年11月'],
      ['序号', '姓名', '性别', '身份证号码', '离退休类别'],
      [1, '张三丰', '男', '42010619300412017X', '离休'],
    ]);
    expect(findHeaderRow(sheet)).toBe(2);
  });

  it('answers -1 without a 姓名 column', () => {
    expect(findHeaderRow(sheetOf([['单位', '电话'], ['某厅', '123']]))).toBe(-1);
  });
});

describe('mapColumns', () => {
  const sheet = sheetOf([['序号', '姓名', '手机', '联系电话', '单位', '原工作单位', '爱人单位']]);

  it('maps known headers, adds up phone columns, leaves a second column of a single field out', () => {
    const m = mapColumns(sheet, 0);
    expect(m.map((c) => c.field)).toEqual([null, 'name', 'phones', 'phones', 'originalUnit', null, null]);
    expect(m[0]!.ignored).toBe(true);
    expect(m[5]).toMatchObject({ suggested: 'originalUnit', duplicateOf: 4 });
    expect(m[6]).toMatchObject({ header: '爱人单位', suggested: null, ignored: false });
  });

  it('applies the person’s choices over the suggestions', () => {
    const m = mapColumns(sheet, 0, { 4: null, 5: 'originalUnit', 6: 'notes' });
    expect(m.map((c) => c.field)).toEqual([null, 'name', 'phones', 'phones', null, 'originalUnit', 'notes']);
    expect(m[6]).toMatchObject({ manual: true, suggested: null });
  });
});
