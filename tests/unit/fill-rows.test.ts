import { describe, expect, it } from 'vitest';
import { lastRowFields, MAX_ROWS_TO_ADD, parseRowKey, rowGrowth, unplacedRowKeys } from '../../core/fill/rows';

const cols = ['expense.row.date', 'expense.row.recipient', 'expense.row.amount'];
/** assignments of a form with `n` detail rows */
function formWith(n: number) {
  const out: { key: string; snapshotIndex: number }[] = [{ key: 'expense.total', snapshotIndex: 0 }];
  for (let r = 1; r <= n; r++) cols.forEach((c, i) => out.push({ key: `${c}[${r}]`, snapshotIndex: r * 10 + i }));
  return out;
}
function valuesWith(n: number): Record<string, string> {
  const v: Record<string, string> = { 'expense.total': '1.00' };
  for (let r = 1; r <= n; r++) for (const c of cols) v[`${c}[${r}]`] = `${c}-${r}`;
  return v;
}

describe('rowGrowth', () => {
  it('asks for four rows when one row holds five rows of values', () => {
    const g = rowGrowth(formWith(1), valuesWith(5));
    expect([g.formRows, g.valueRows, g.add]).toEqual([1, 5, 4]);
    expect(g.missingKeys).toHaveLength(12);
    expect(g.missingKeys[0]).toBe('expense.row.amount[2]');
  });

  it('adds nothing when the form has rows enough, or more', () => {
    expect(rowGrowth(formWith(5), valuesWith(5)).add).toBe(0);
    expect(rowGrowth(formWith(3), valuesWith(1)).add).toBe(0);
    expect(rowGrowth(formWith(3), valuesWith(1)).missingKeys).toEqual([]);
  });

  it('ignores empty values and columns the table does not have', () => {
    const v = { ...valuesWith(2), 'expense.row.item[9]': 'x', 'expense.row.amount[3]': '  ' };
    expect(rowGrowth(formWith(1), v).add).toBe(1);
  });

  it('adds nothing to a form without a detail table', () => {
    expect(rowGrowth([{ key: 'expense.total' }], valuesWith(4))).toEqual({ formRows: 0, valueRows: 0, add: 0, missingKeys: [] });
  });

  it('caps the rows one fill adds', () => {
    expect(rowGrowth(formWith(1), valuesWith(MAX_ROWS_TO_ADD + 10)).add).toBe(MAX_ROWS_TO_ADD);
  });
});

describe('row keys', () => {
  it('parses numbered keys only', () => {
    expect(parseRowKey('expense.row.amount[12]')).toEqual({ base: 'expense.row.amount', row: 12 });
    expect(parseRowKey('expense.total')).toBeNull();
    expect(parseRowKey('expense.row.amount[0]')).toBeNull();
  });

  it('finds the fields of the last row', () => {
    expect(lastRowFields(formWith(3))).toEqual([30, 31, 32]);
    expect(lastRowFields([{ key: 'expense.total', snapshotIndex: 0 }])).toEqual([]);
  });
});

describe('unplacedRowKeys', () => {
  it('lists row values that no field took, by row', () => {
    expect(unplacedRowKeys(formWith(2), valuesWith(3))).toEqual(['expense.row.amount[3]', 'expense.row.date[3]', 'expense.row.recipient[3]']);
    expect(unplacedRowKeys(formWith(3), valuesWith(3))).toEqual([]);
  });
});
