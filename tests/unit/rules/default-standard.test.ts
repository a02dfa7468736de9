import { describe, expect, it } from 'vitest';
import { checkVisit } from '../../../core/rules/check-visit';
import { EXAMPLE_STANDARD_INPUT, EXAMPLE_STANDARD_RULES, exampleStandard } from '../../../core/rules/default-standard';
import { VisitHistoryIndex } from '../../../core/rules/history-index';
import { TODAY, makeCadre, makeVisit } from './helpers';

/** Every `ref` in a value, however deep. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'ref' || k.endsWith('Ref') ? [String(v)] : refs(v)));
  return [];
}

describe('the shipped example standard', () => {
  it('is valid and labelled as an example to replace', () => {
    const s = exampleStandard();
    expect(s.isExample).toBe(true);
    expect(s.name).toBe('示例标准（请替换为本单位《离退休干部经费使用管理办法》）');
    expect(s.notes).toContain('仅为示例');
  });

  it('cites a placeholder clause for every limit', () => {
    const all = refs(EXAMPLE_STANDARD_INPUT);
    expect(all.length).toBeGreaterThan(30);
    for (const ref of all) expect(ref).toMatch(/^示例第[一二三四五六七八九十]+条$/);
    for (const cap of EXAMPLE_STANDARD_RULES.perVisitCaps) expect(cap.ref).toBeDefined();
  });

  it('covers every visit type but 其他 with a per-visit cap, and every festival with a window', () => {
    const types = new Set(EXAMPLE_STANDARD_RULES.perVisitCaps.map((c) => c.visitType));
    expect([...types].sort()).toEqual(['住院看望', '去世吊唁', '困难帮扶', '生日寿辰', '节日慰问', '遗属慰问'].sort());
    expect(EXAMPLE_STANDARD_RULES.festivalWindows.map((w) => w.festival).sort()).toEqual(['七一', '中秋', '元旦', '国庆', '春节', '清明', '端午', '重阳'].sort());
  });
});

describe('checking typical forms with the example standard', () => {
  const cadre = makeCadre({ birthDate: '1936-10-23' });
  const standards = [exampleStandard()];
  const check = (form: Record<string, string>, history = VisitHistoryIndex.empty()) =>
    checkVisit({ form, cadre, history, standards, today: TODAY }).filter((f) => f.ruleId !== 'standard-in-force');

  const festival = {
    'cadre.name': '张建国',
    'cadre.idNumber': cadre.idNumber!,
    'visit.type': '节日慰问',
    'visit.festival': '重阳',
    'visit.date': '2026-10-16',
    'visit.applyDate': '2026-10-10',
    'visit.reason': '重阳节走访慰问',
    'visit.form': '慰问品',
    'visit.goods': '牛奶、水果',
    'visit.goodsValue': '200.00',
  };

  it('passes a proper 重阳 visit', () => {
    expect(check(festival)).toEqual([]);
  });

  it('finds the usual mistakes of a festival form at once', () => {
    const findings = check({ ...festival, 'visit.form': '现金', 'visit.goods': '购物卡', 'visit.goodsValue': '350', 'visit.date': '2026-11-20' });
    expect(findings.map((f) => `${f.severity}:${f.ruleId}`)).toEqual([
      'block:per-visit-cap',
      'block:forbidden-items',
      'block:forbidden-items',
      'warn:festival-window',
      'warn:allowed-forms',
    ]);
    expect(findings[0]!.message).toBe('节日慰问（重阳）单次慰问金额 350.00 元，超过标准 300.00 元（示例第三条）');
  });

  it('counts a second 重阳 visit of the same year', () => {
    const history = VisitHistoryIndex.build([makeVisit({ cadreId: cadre.id, festival: '重阳', date: '2026-10-15', goodsValue: 200 })]);
    expect(check(festival, history).map((f) => f.ruleId)).toEqual(['frequency', 'duplicate']);
  });
});
