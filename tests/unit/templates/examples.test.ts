import { describe, expect, it } from 'vitest';
import { templateInput } from '../../../core/model/template';
import { FESTIVALS, VISIT_TYPES } from '../../../core/model/vocab';
import { exampleTemplates } from '../../../core/templates/examples';
import { findUnknownPlaceholders } from '../../../core/templates/scan';

describe('example templates', () => {
  const templates = exampleTemplates();

  it('are valid templates', () => {
    for (const t of templates) expect(templateInput.safeParse(t).success).toBe(true);
  });

  it('cover every visit type and every festival', () => {
    expect(new Set(templates.map((t) => t.visitType))).toEqual(new Set(VISIT_TYPES));
    expect(templates.filter((t) => t.visitType === '节日慰问').map((t) => t.festival)).toEqual([...FESTIVALS]);
  });

  it('use only known placeholders', () => {
    for (const t of templates) for (const text of Object.values(t.values ?? {})) expect(findUnknownPlaceholders(text ?? '')).toEqual([]);
  });
});

describe('template schema', () => {
  const base = { name: '测试', visitType: '节日慰问' as const };

  it('accepts a festival template and a birthday tier', () => {
    expect(templateInput.safeParse({ ...base, festival: '春节' }).success).toBe(true);
    expect(templateInput.safeParse({ name: '寿辰', visitType: '生日寿辰', tier: '90' }).success).toBe(true);
  });

  it('refuses a festival on a hospital visit and a tier of another type', () => {
    const r1 = templateInput.safeParse({ name: '住院', visitType: '住院看望', festival: '春节' });
    expect(!r1.success && r1.error.issues[0]!.message).toBe('err_festival_for_type');
    const r2 = templateInput.safeParse({ name: '住院', visitType: '住院看望', tier: '本人' });
    expect(!r2.success && r2.error.issues[0]!.path).toEqual(['tier']);
  });

  it('refuses goods value on a cash-only template and unknown field keys', () => {
    expect(templateInput.safeParse({ ...base, form: '慰问金', goodsValue: 100 }).success).toBe(false);
    expect(templateInput.safeParse({ ...base, values: { 'visit.nonsense': 'x' } }).success).toBe(false);
  });
});
