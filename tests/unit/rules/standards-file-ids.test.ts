import { describe, expect, it } from 'vitest';
import { parseStandardsFile, STANDARDS_FILE_FORMAT } from '../../../core/rules/standards-file';

const file = (standards: unknown[]) => JSON.stringify({ format: STANDARDS_FILE_FORMAT, schemaVersion: 1, standards });

describe('standards file: version ids', () => {
  it.each([
    ['two versions with one id', [{ id: 'office-v0001', name: 'a', effectiveFrom: '2025-01-01' }, { id: 'office-v0001', name: 'b', effectiveFrom: '2026-01-01' }]],
    ['the repeat after others', [{ id: 'office-v0001', name: 'a', effectiveFrom: '2024-01-01' }, { name: 'b', effectiveFrom: '2025-01-01' }, { id: 'office-v0001', name: 'c', effectiveFrom: '2026-01-01' }]],
  ])('refuses %s, naming the second', (_what, standards) => {
    const res = parseStandardsFile(file(standards));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.path).toBe(`standards[${standards.length - 1}].id`);
    expect(res.error.message).toContain('编号（office-v0001）相同');
  });

  it.each([
    ['distinct ids', [{ id: 'office-v0001', name: 'a', effectiveFrom: '2025-01-01' }, { id: 'office-v0002', name: 'b', effectiveFrom: '2026-01-01' }]],
    ['versions without ids', [{ name: 'a', effectiveFrom: '2025-01-01' }, { name: 'b', effectiveFrom: '2026-01-01' }]],
  ])('accepts %s', (_what, standards) => {
    expect(parseStandardsFile(file(standards)).ok).toBe(true);
  });
});
