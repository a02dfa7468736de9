import { describe, expect, it } from 'vitest';
import { checkFormValues, emptyCheckDraft, visitFromCheck } from '../../../../components/visits/check-draft';
import { validateVisitDraft, visitValue } from '../../../../components/visits/visit-draft';

describe('check drafts', () => {
  it('become the logical form fields, with only the fields of the visit type', () => {
    const form = checkFormValues(
      { visitType: '住院看望', tier: '手术', date: '2026-05-10', amount: ' 1,500.00 ', hospital: '省人民医院', deathDate: '2026-05-01', festival: '春节', reason: '' },
      '欧阳示例',
    );
    expect(form).toEqual({
      'cadre.name': '欧阳示例',
      'visit.type': '住院看望',
      'visit.festival': '春节',
      'visit.hospitalTier': '手术',
      'visit.date': '2026-05-10',
      'visit.amount': '1,500.00',
      'visit.hospital': '省人民医院',
    });
  });

  it('start as a festival visit today', () => {
    expect(checkFormValues(emptyCheckDraft('2026-01-20'), undefined)).toEqual({ 'visit.type': '节日慰问', 'visit.date': '2026-01-20' });
  });

  it('keep a checked visit as a record entered by hand, amounts to yuan', () => {
    const v = visitFromCheck({ visitType: '节日慰问', festival: '春节', tier: '手术', date: '2026年1月20日', goodsValue: '￥480.50', formNumber: 'WWSP-2026-0001' }, 'cadre-00000001');
    expect(v).toEqual({
      cadreId: 'cadre-00000001',
      visitType: '节日慰问',
      festival: '春节',
      date: '2026-01-20',
      amount: 0,
      goodsValue: 480.5,
      oaFormNumber: 'WWSP-2026-0001',
      source: 'manual',
    });
    expect(validateVisitDraft(v!)).toEqual([]);
    expect(visitValue(v!)).toBe(480.5);
  });

  it('refuse to keep a visit whose date or amount does not read', () => {
    expect(visitFromCheck({ visitType: '其他', date: '下周一' }, 'cadre-00000001')).toBeNull();
    expect(visitFromCheck({ visitType: '其他', date: '2026-01-20', amount: '五百' }, 'cadre-00000001')).toBeNull();
  });
});
