import { describe, expect, it } from 'vitest';
import { isInForce, standardInForce } from '../../../core/rules/standard-in-force';
import { exampleStandard } from '../../../core/rules/default-standard';
import { makeStandard } from './helpers';

describe('standardInForce', () => {
  const v2024 = makeStandard({ id: 'std-2024-000', name: '2024版', effectiveFrom: '2024-01-01' });
  const v2026 = makeStandard({ id: 'std-2026-000', name: '2026版', effectiveFrom: '2026-07-01' });
  const closed = makeStandard({ id: 'std-2020-000', name: '2020版', effectiveFrom: '2020-01-01', effectiveTo: '2023-12-31' });
  const all = [v2026, closed, v2024, exampleStandard()];

  it('picks the version in force on the day', () => {
    expect(standardInForce(all, '2026-06-30')?.name).toBe('2024版');
    expect(standardInForce(all, '2026-07-01')?.name).toBe('2026版');
    expect(standardInForce(all, '2022-05-01')?.name).toBe('2020版');
  });

  it('falls back to the example only where no own version is in force', () => {
    expect(standardInForce(all, '2010-01-01')?.isExample).toBe(true);
    expect(standardInForce([v2024], '2010-01-01')).toBeUndefined();
  });

  it('ignores deleted versions and honours the end date inclusively', () => {
    expect(standardInForce([{ ...v2026, deletedAt: 1 }, v2024], '2026-08-01')?.name).toBe('2024版');
    expect(isInForce(closed, '2023-12-31')).toBe(true);
    expect(isInForce(closed, '2024-01-01')).toBe(false);
  });

  it('prefers the later edit of two versions from the same day', () => {
    const edited = { ...v2024, id: 'std-2024-001', name: '2024版（修订）', updatedAt: 10 };
    expect(standardInForce([edited, v2024], '2025-01-01')?.name).toBe('2024版（修订）');
  });
});
