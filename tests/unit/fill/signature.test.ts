import { describe, expect, test } from 'vitest';
import { assignFields } from '../../../core/fill/assign';
import { applySiteMap, formSignature, primaryLabel, siteMapFieldsFrom, type SiteMapField } from '../../../core/fill/signature';
import { siteMapFields } from '../../../core/model/site-map';
import type { FieldSnapshot } from '../../../core/fill/types';
import { snap } from './snap';

/** Version 1 of a form, and version 2 where the OA renumbered every id but kept the labels. */
function formV1(): FieldSnapshot[] {
  return [
    snap({ id: 'field6001', name: 'field6001', label: '*姓  名' }),
    snap({ id: 'field6003', name: 'field6003', label: '身份证号码' }),
    snap({ id: 'field6020', name: 'field6020', label: '联系人' }),
    snap({ id: 'field6021', name: 'field6021', label: '备注' }),
  ];
}
function formV2(): FieldSnapshot[] {
  return [
    snap({ id: 'field9102', name: 'field9102', label: '身份证号码' }),
    snap({ id: 'field9101', name: 'field9101', label: '姓　名：' }),
    snap({ id: 'field9120', name: 'field9120', label: '联系人' }),
    snap({ id: 'field9121', name: 'field9121', label: '备注' }),
  ];
}

describe('formSignature', () => {
  test('depends on the labels only: not on ids, order, hidden inputs or detail rows', () => {
    const v1 = formSignature(formV1());
    expect(v1).toMatch(/^fs1-[0-9a-f]{16}-4$/);
    expect(formSignature(formV2())).toBe(v1);
    const withExtras = [
      ...formV1(),
      snap({ kind: 'hidden', inputType: 'hidden', label: '隐藏' }),
      snap({ label: '金额', row: 1 }),
      snap({ label: '金额', row: 2 }),
    ];
    const withMoreRows = [...withExtras, snap({ label: '金额', row: 3 })];
    expect(formSignature(withMoreRows)).toBe(formSignature(withExtras));
  });

  test('changes when a label changes', () => {
    const other = formV1();
    other[3] = snap({ id: 'field6021', label: '附注' });
    expect(formSignature(other)).not.toBe(formSignature(formV1()));
  });
});

test('primaryLabel skips numbers and takes the first meaningful label, normalised', () => {
  expect(primaryLabel(snap({ labels: [{ source: 'table-left', text: '3' }, { source: 'title', text: '＊姓名：' }] }))).toBe('姓名');
  expect(primaryLabel(snap({}))).toBe('');
});

describe('site maps', () => {
  // the person taught: 联系人 is the cadre's name here, and 备注 must be left alone
  const learned = (): SiteMapField[] => {
    const v1 = formV1();
    const lexicon = assignFields(v1, { role: 'visit' }).assignments;
    const corrected = lexicon.filter((a) => a.key !== 'cadre.name').concat({ snapshotIndex: 2, key: 'cadre.name', score: 1, via: 'sitemap' });
    return siteMapFieldsFrom(v1, corrected, [3]);
  };

  test('what is learned fits the site-map schema', () => {
    const parsed = siteMapFields.parse({
      origin: 'http://127.0.0.1:8765',
      formSignature: formSignature(formV1()),
      fields: learned(),
    });
    expect(parsed.fields.map((f) => f.key).sort()).toEqual(['cadre.idNumber', 'cadre.name', 'ignore']);
  });

  test('a remembered map wins over the lexicon', () => {
    const result = assignFields(formV1(), { role: 'visit', siteMapFields: learned() });
    const byIndex = Object.fromEntries(result.assignments.map((a) => [a.snapshotIndex, `${a.key}/${a.via}`]));
    expect(byIndex).toEqual({ 1: 'cadre.idNumber/sitemap', 2: 'cadre.name/sitemap' });
    expect(result.ignored).toEqual([3]);
    expect(result.missing).toEqual([]);
  });

  test('still works when ids changed but labels stayed', () => {
    const result = assignFields(formV2(), { role: 'visit', siteMapFields: learned() });
    const byIndex = Object.fromEntries(result.assignments.map((a) => [a.snapshotIndex, `${a.key}/${a.via}`]));
    expect(byIndex).toEqual({ 0: 'cadre.idNumber/sitemap', 2: 'cadre.name/sitemap' });
    expect(result.ignored).toEqual([3]);
  });

  test('a selector that now points at a field with another label falls back to the label', () => {
    const shuffled = [
      snap({ id: 'field6001', label: '身份证号码' }),
      snap({ id: 'field6003', label: '姓名' }),
    ];
    const map: SiteMapField[] = [{ selector: '#field6001', altSelectors: [], label: '姓名', framePath: '', key: 'cadre.name' }];
    expect(applySiteMap(shuffled, map).assignments).toEqual([{ snapshotIndex: 1, key: 'cadre.name', score: 1, via: 'sitemap' }]);
  });

  test('a renamed label with the same selector keeps the selector', () => {
    const renamed = [snap({ id: 'field6001', label: '老干部姓名' })];
    const map: SiteMapField[] = [{ selector: '#field6001', altSelectors: [], label: '姓名', framePath: '', key: 'cadre.name' }];
    expect(applySiteMap(renamed, map).assignments.map((a) => a.snapshotIndex)).toEqual([0]);
  });

  test('frames are kept apart; alternatives are tried; missing entries are reported', () => {
    const fields = [
      snap({ id: 'a', label: '姓名', framePath: 'iframe#work_form_data' }),
      snap({ id: 'b', label: '电话', framePath: '', altSelectors: ['input[name="dh"]'] }),
    ];
    const map: SiteMapField[] = [
      { selector: '#a', altSelectors: [], label: '姓名', framePath: 'iframe#work_form_data', key: 'cadre.name' },
      { selector: '#gone', altSelectors: ['input[name="dh"]'], label: '电话', framePath: '', key: 'cadre.phone' },
      { selector: '#nowhere', altSelectors: [], label: '不存在', framePath: '', key: 'visit.remark' },
    ];
    const r = applySiteMap(fields, map);
    expect(r.assignments.map((a) => [a.snapshotIndex, a.key])).toEqual([
      [0, 'cadre.name'],
      [1, 'cadre.phone'],
    ]);
    expect(r.missing.map((m) => m.selector)).toEqual(['#nowhere']);
  });

  test('row keys find their row again by label', () => {
    const fields = [snap({ id: 'x1', label: '金额', row: 1 }), snap({ id: 'x2', label: '金额', row: 2 })];
    const map: SiteMapField[] = [{ selector: '#old2', altSelectors: [], label: '金额', framePath: '', key: 'expense.row.amount[2]' }];
    expect(applySiteMap(fields, map).assignments.map((a) => a.snapshotIndex)).toEqual([1]);
  });
});
