import { describe, expect, it } from 'vitest';
import { exampleStandard, EXAMPLE_STANDARD_INPUT } from '../../../core/rules/default-standard';
import { exportStandardsFile, parseStandardsFile, STANDARDS_FILE_FORMAT } from '../../../core/rules/standards-file';
import { makeStandard } from './helpers';

const own = makeStandard({
  id: 'office-2026-v1',
  name: '本单位标准（2026）',
  effectiveFrom: '2026-01-01',
  perVisitCaps: [{ visitType: '住院看望', tier: '手术', cap: 1500, ref: '《管理办法》第八条' }],
});

function fileWith(standards: unknown[]): string {
  return JSON.stringify({ format: STANDARDS_FILE_FORMAT, schemaVersion: 1, standards });
}

describe('standards file', () => {
  it('round-trips every live version, without the storage envelope', () => {
    const text = exportStandardsFile([own, exampleStandard(), { ...makeStandard({ id: 'deleted-0001' }), deletedAt: 9 }], '2026-11-29T08:00:00+08:00');
    expect(text).not.toContain('createdAt');
    expect(text).not.toContain('deleted-0001');
    const parsed = parseStandardsFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.standards.map((s) => s.id)).toEqual(['example-standard-v1', 'office-2026-v1']);
    expect(parsed.standards[1]!.perVisitCaps[0]).toEqual({ visitType: '住院看望', tier: '手术', measure: '合计', cap: 1500, ref: '《管理办法》第八条' });
  });

  it('accepts the JSON already parsed, and a minimal version with defaults', () => {
    const parsed = parseStandardsFile({ format: STANDARDS_FILE_FORMAT, schemaVersion: 1, standards: [{ name: '最简标准', effectiveFrom: '2026-01-01' }] });
    expect(parsed.ok && parsed.standards[0]!.milestones).toEqual([80, 90, 100]);
  });

  it('keeps the example labelled as an example', () => {
    const parsed = parseStandardsFile(fileWith([EXAMPLE_STANDARD_INPUT]));
    expect(parsed.ok && parsed.standards[0]!.isExample).toBe(true);
    expect(parsed.ok && parsed.standards[0]!.name).toContain('示例标准');
  });

  const refused: Array<[string, unknown, string, string]> = [
    ['text that is not JSON', '{"format":', '', '不是有效的 JSON'],
    ['another kind of file', JSON.stringify({ cadres: [] }), 'format', '不是 CareFill 经费标准文件'],
    ['a newer schema', JSON.stringify({ format: STANDARDS_FILE_FORMAT, schemaVersion: 2, standards: [] }), 'schemaVersion', '格式版本'],
    ['a negative cap', fileWith([{ name: 'x', effectiveFrom: '2026-01-01', perVisitCaps: [{ visitType: '住院看望', cap: 100 }, { visitType: '住院看望', cap: 1 }, { visitType: '住院看望', cap: -5 }] }]), 'standards[0].perVisitCaps[2].cap', '金额不能为负数'],
    ['a cap in text', fileWith([{ name: 'x', effectiveFrom: '2026-01-01', perVisitCaps: [{ visitType: '住院看望', cap: '2000' }] }]), 'standards[0].perVisitCaps[0].cap', '应为数字'],
    ['a day that does not exist', fileWith([{ name: 'x', effectiveFrom: '2026-02-30' }]), 'standards[0].effectiveFrom', '日期应为'],
    ['a missing name', fileWith([{ effectiveFrom: '2026-01-01' }]), 'standards[0].name', '缺少此项'],
    ['an unknown visit type', fileWith([{ name: 'x', effectiveFrom: '2026-01-01', frequency: [{ visitType: '出差', max: 1, per: 'year' }] }]), 'standards[0].frequency[0].visitType', '应为 "节日慰问"'],
    ['an unknown field', fileWith([{ name: 'x', effectiveFrom: '2026-01-01', maxAmount: 5 }]), 'standards[0]', '未知字段：maxAmount'],
    ['a tier of another visit type', fileWith([{ name: 'x', effectiveFrom: '2026-01-01', perVisitCaps: [{ visitType: '住院看望', tier: '本人', cap: 1 }] }]), 'standards[0].perVisitCaps[0].tier', '档次与慰问类型不符'],
    ['an end before the start', fileWith([{ name: 'x', effectiveFrom: '2026-01-01', effectiveTo: '2025-12-31' }]), 'standards[0].effectiveTo', '失效日期早于生效日期'],
    ['two versions from the same day', fileWith([{ name: 'a', effectiveFrom: '2026-01-01' }, { name: 'b', effectiveFrom: '2026-01-01' }]), 'standards[1].effectiveFrom', '与第 1 个版本的生效日期'],
    ['no version at all', fileWith([]), 'standards', '不能小于 1'],
  ];

  for (const [what, input, path, text] of refused) {
    it(`refuses ${what}, naming the field`, () => {
      const r = parseStandardsFile(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.path).toBe(path);
      expect(r.error.message).toContain(text);
      if (path) expect(r.error.message).toContain(path);
      expect(r.error.messageEn.length).toBeGreaterThan(10);
    });
  }

  it('describes the path in words', () => {
    const r = parseStandardsFile(refused[3]![1]);
    expect(!r.ok && r.error.field).toBe('第 1 个版本 › 单次上限 第 3 项 › 上限金额');
  });
});
