import { describe, expect, it } from 'vitest';
import { emptyTemplateDraft, insertPlaceholder, placeholderProblems, templateToInput, validateTemplateDraft } from '../../../../components/templates/template-draft';

describe('template drafts', () => {
  it('flag unknown placeholders and unpaired braces by the text holding them', () => {
    const draft = { ...emptyTemplateDraft('住院看望'), salutation: '{{姓}}老', values: { 'visit.reason': '看望{{姓民}}同志{{医院', 'visit.remark': '{{今天}}' } };
    const found = placeholderProblems(draft);
    expect([...found.keys()]).toEqual(['values.visit.reason']);
    expect(found.get('values.visit.reason')!.map((p) => `${p.kind}:${p.name}`)).toEqual(['unknown:姓民', 'malformed:{{']);
  });

  it('find nothing to flag in known placeholders', () => {
    const draft = { ...emptyTemplateDraft('节日慰问'), values: { 'visit.reason': '{{节日}}前夕看望{{称谓}}，金额{{金额大写}}' } };
    expect(placeholderProblems(draft).size).toBe(0);
  });

  it('insert a placeholder at the caret, or at the end', () => {
    expect(insertPlaceholder('看望同志', '姓名', 2)).toEqual({ text: '看望{{姓名}}同志', caret: 8 });
    expect(insertPlaceholder('看望', '姓名')).toEqual({ text: '看望{{姓名}}', caret: 8 });
    expect(insertPlaceholder('看望', '姓名', 99).text).toBe('看望{{姓名}}');
  });

  it('leave blank field texts out of what is saved, and name the problems of the rest', () => {
    const draft = { ...emptyTemplateDraft('住院看望'), name: '手术看望', tier: '手术', values: { 'visit.reason': '  ', 'visit.remark': '备注' } };
    expect(templateToInput(draft).values).toEqual({ 'visit.remark': '备注' });
    expect(validateTemplateDraft(draft)).toEqual([]);
    expect(validateTemplateDraft({ ...draft, name: '', amount: Number.NaN }).map((p) => `${p.path}:${p.key}`).sort()).toEqual(['amount:err_number', 'name:err_required']);
    expect(validateTemplateDraft({ ...draft, form: '慰问金', goodsValue: 200 })).toEqual([{ path: 'goodsValue', key: 'err_goods_for_cash_form' }]);
  });
});
