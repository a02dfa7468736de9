import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../components/visible-range';

describe('visibleRange', () => {
  it('covers the visible rows plus the overscan, clamped to the list', () => {
    expect(visibleRange(100, 0, 100, 10, 2)).toEqual({ start: 0, end: 12 });
    expect(visibleRange(100, 505, 100, 10, 2)).toEqual({ start: 48, end: 63 });
    expect(visibleRange(100, 10_000, 100, 10, 2)).toEqual({ start: 88, end: 100 });
    expect(visibleRange(0, 0, 100, 10, 2)).toEqual({ start: 0, end: 0 });
  });

  it('draws a few dozen rows whatever the list size (20,000 cadres)', () => {
    const { start, end } = visibleRange(20_000, 150_000, 600, 44, 6);
    expect(end - start).toBeLessThan(40);
    expect(start).toBeGreaterThan(3000);
  });
});
