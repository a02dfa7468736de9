import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByDay, sortByKey } from '../../../core/today/sort';

describe('sorting by packed keys', () => {
  it('orders by key, equal keys in the given order, negative keys included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100_000, max: 100_000 }), { maxLength: 300 }), (keys) => {
        const items = keys.map((key, index) => ({ key, index }));
        const expected = [...items].sort((a, b) => a.key - b.key || a.index - b.index);
        expect(sortByKey(items, (i) => i.key)).toEqual(expected);
      }),
    );
  });

  it('orders days, the unknown last', () => {
    const items = [{ d: '2026-03-01' }, { d: undefined }, { d: '1955-01-01' }, { d: '2026-03-01' }, { d: '2026-02-28' }];
    expect(sortByDay(items, (i) => i.d)).toEqual([items[2], items[4], items[0], items[3], items[1]]);
  });
});
