import { describe, expect, it } from 'vitest';
import { draftFromStandard, duplicateDraft, emptyStandardDraft, newRows, validateStandardDraft } from '../../../../components/standards/standard-draft';
import { exampleStandard } from '../../../../core/rules/default-standard';

describe('standard drafts', () => {
  it('edit the rules without the envelope', () => {
    const draft = draftFromStandard(exampleStandard(5));
    expect(Object.keys(draft)).not.toContain('id');
    expect(Object.keys(draft)).not.toContain('updatedAt');
    expect(validateStandardDraft(draft)).toEqual([]);
  });

  it('duplicate the example as the office’s own version from today, figures kept', () => {
    const copy = duplicateDraft(exampleStandard(), '2026-12-01');
    expect(copy.isExample).toBe(false);
    expect(copy.name).not.toContain('示例标准');
    expect(copy.effectiveFrom).toBe('2026-12-01');
    expect(copy.perVisitCaps).toEqual(exampleStandard().perVisitCaps);
    expect(validateStandardDraft(copy)).toEqual([]);
  });

  it('duplicate an office version with its name marked as a copy and no end date', () => {
    const own = { ...draftFromStandard(exampleStandard()), isExample: false, name: '本单位标准（2025）', effectiveTo: '2025-12-31' };
    const copy = duplicateDraft(own, '2026-01-01');
    expect(copy.name).toBe('本单位标准（2025）（副本）');
    expect(copy.effectiveTo).toBeUndefined();
  });

  it('name a figure typed wrong (NaN) as a number problem at its cell, and a missing one as required', () => {
    const draft = emptyStandardDraft('2026-01-01');
    draft.perVisitCaps = [{ ...newRows.perVisitCap(), cap: Number.NaN }, { visitType: '住院看望', measure: '合计', cap: undefined as unknown as number }];
    expect(validateStandardDraft(draft)).toEqual([
      { path: 'perVisitCaps.0.cap', key: 'err_number' },
      { path: 'perVisitCaps.1.cap', key: 'err_required' },
    ]);
  });

  it('name the cross-field problems: a tier of another type, an end before the start', () => {
    const draft = { ...emptyStandardDraft('2026-01-01'), effectiveTo: '2025-01-01' };
    draft.perVisitCaps = [{ visitType: '困难帮扶', tier: '手术', measure: '合计', cap: 100 }];
    const keys = validateStandardDraft(draft).map((p) => `${p.path}:${p.key}`);
    expect(keys).toContain('perVisitCaps.0.tier:err_tier_for_type');
    expect(keys).toContain('effectiveTo:err_effective_range');
  });
});
