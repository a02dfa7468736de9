import { describe, expect, it } from 'vitest';
import { defaultTemplateId, festivalSeason, wantedVisit } from '../../../entrypoints/background/fill/default-template';
import { withClaimValues } from '../../../entrypoints/background/fill/expense-values';
import { reportLabel } from '../../../entrypoints/background/fill/report-label';
import { fillValues, occasionFor } from '../../../entrypoints/background/fill/values';
import { cadre as cadreSchema } from '../../../core/model/cadre';
import { freshMeta } from '../../../core/model/record';
import { template as templateSchema, type Template } from '../../../core/model/template';
import { normalizeOrigin, originPermissionPattern } from '../../../messaging/requests/fill';
import { FILL_CADRE, FILL_TEMPLATE } from '../../fixtures/oa/fill-data';
import { snap } from '../fill/snap';

/** The background's pure parts of a fill: values, default template, report labels, origins. */

const theCadre = cadreSchema.parse({ ...FILL_CADRE, ...freshMeta(1) });
const tpl = (over: Record<string, unknown>): Template => templateSchema.parse({ name: 't', visitType: '其他', ...over, ...freshMeta(1) });

describe('values of a fill', () => {
  it('renders the template for the cadre, with the hospital stay from the ledger', () => {
    const { values, missing } = fillValues({ cadre: theCadre, template: tpl(FILL_TEMPLATE), settings: { handlerName: '周晓燕' }, standards: [], today: '2026-11-29', role: 'visit' });
    expect(values).toMatchObject({
      'cadre.name': '欧阳测试',
      'visit.date': '2026-11-29',
      'visit.hospital': '省人民医院',
      'visit.admissionDate': '2026-11-20',
      'visit.amount': '500.00',
      'visit.total': '800.00',
      'visit.totalUpper': '捌佰元整',
      'visit.handler': '周晓燕',
      'visit.reason': '欧阳测试同志因病住院，前往省人民医院看望慰问，祝欧阳老早日康复。',
    });
    expect(values['expense.total']).toBeUndefined();
    expect(missing).toEqual([]);
  });

  it('takes the open hospital stay, else the latest one', () => {
    const stays = [
      { admittedOn: '2025-01-02', dischargedOn: '2025-01-10', hospital: '旧医院' },
      { admittedOn: '2026-03-01', hospital: '在住医院' },
      { admittedOn: '2026-05-01', dischargedOn: '2026-05-09', hospital: '最近出院' },
    ];
    const c = cadreSchema.parse({ ...FILL_CADRE, health: { conditions: [], hospitalisations: stays }, ...freshMeta(1) });
    expect(occasionFor(c, tpl({ visitType: '住院看望' }), '2026-11-29')).toMatchObject({ hospital: '在住医院', admissionDate: '2026-03-01' });
    const closed = cadreSchema.parse({ ...FILL_CADRE, health: { conditions: [], hospitalisations: [stays[0], stays[2]] }, ...freshMeta(1) });
    expect(occasionFor(closed, tpl({ visitType: '住院看望' }), '2026-11-29').hospital).toBe('最近出院');
    expect(occasionFor(closed, tpl({ visitType: '节日慰问' }), '2026-11-29').hospital).toBeUndefined();
  });

  it("gives a claim form the visit's values under the claim's keys, without overriding the template's", () => {
    const claim = withClaimValues(
      { 'cadre.name': '欧阳测试', 'visit.total': '800.00', 'visit.totalUpper': '捌佰元整', 'visit.reason': '事由', 'visit.goods': '水果', 'visit.date': '2026-11-28', 'expense.type': '慰问费（节日）' },
      { today: '2026-11-29', handler: '周晓燕' },
    );
    expect(claim).toMatchObject({
      'expense.date': '2026-11-29',
      'expense.claimant': '周晓燕',
      'expense.type': '慰问费（节日）',
      'expense.reason': '事由',
      'expense.total': '800.00',
      'expense.totalUpper': '捌佰元整',
      'expense.row.date[1]': '2026-11-28',
      'expense.row.item[1]': '慰问品（水果）',
      'expense.row.recipient[1]': '欧阳测试',
      'expense.row.amount[1]': '800.00',
    });
    expect(claim['expense.department']).toBeUndefined();
    expect(withClaimValues({ 'visit.amount': '500.00', 'visit.amountUpper': '伍佰元整' }, { today: '2026-11-29' })).toMatchObject({ 'expense.total': '500.00', 'expense.totalUpper': '伍佰元整' });
  });
});

describe('the template preselected for a cadre', () => {
  const templates = [
    tpl({ name: '其他慰问', visitType: '其他', isDefault: true }),
    tpl({ name: '春节慰问', visitType: '节日慰问', festival: '春节', isDefault: true }),
    tpl({ name: '重阳慰问', visitType: '节日慰问', festival: '重阳', isDefault: true }),
    tpl({ name: '住院看望', visitType: '住院看望', tier: '一般', isDefault: true }),
    tpl({ name: '住院看望（手术）', visitType: '住院看望', tier: '手术' }),
    tpl({ name: '遗属春节慰问', visitType: '遗属慰问', festival: '春节', isDefault: true }),
    tpl({ name: '去世吊唁', visitType: '去世吊唁', isDefault: true }),
  ];
  const nameOf = (id: string | undefined) => templates.find((t) => t.id === id)?.name;

  it('the weeks before a festival call for its visit; a surviving spouse gets the 遗属 one', () => {
    // 春节 2027 is on 6 February
    expect(festivalSeason('2027-01-25')).toBe('春节');
    expect(festivalSeason('2026-11-29')).toBeUndefined();
    expect(nameOf(defaultTemplateId(templates, '2027-01-25', { alive: true, category: '退休' }))).toBe('春节慰问');
    expect(nameOf(defaultTemplateId(templates, '2027-01-25', { alive: true, category: '遗属' }))).toBe('遗属春节慰问');
  });

  it('a hospital stay or a recent death wins over the calendar; otherwise the default 其他', () => {
    const inHospital = { alive: true, category: '退休' as const, health: { hospitalisations: [{ admittedOn: '2027-01-20', hospital: '医院' }] } };
    expect(wantedVisit('2027-01-25', inHospital)).toEqual({ visitType: '住院看望' });
    expect(nameOf(defaultTemplateId(templates, '2027-01-25', inHospital))).toBe('住院看望');
    expect(nameOf(defaultTemplateId(templates, '2026-11-29', { alive: false, deathDate: '2026-11-20', category: '退休' }))).toBe('去世吊唁');
    expect(wantedVisit('2026-11-29', { alive: false, deathDate: '2025-01-01', category: '退休' }).visitType).toBe('其他');
    expect(nameOf(defaultTemplateId(templates, '2026-11-29'))).toBe('其他慰问');
    expect(defaultTemplateId([], '2026-11-29')).toBeUndefined();
  });
});

describe('the label a report row shows', () => {
  it('is the label that says what the field was taken for, not the sentence around it', () => {
    const s = snap({ name: 'DATA_1', labels: [{ source: 'preceding', text: '兹有我单位离退休干部' }, { source: 'title', text: '慰问对象' }] });
    expect(reportLabel(s, 'cadre.name', 'visit')).toBe('慰问对象');
    const upper = snap({ labels: [{ source: 'title', text: '大写' }] });
    expect(reportLabel(upper, 'visit.amountUpper', 'visit')).toBe('大写');
    const row = snap({ row: 2, labels: [{ source: 'table-top', text: '金额' }] });
    expect(reportLabel(row, 'expense.row.amount[2]', 'expense')).toBe('金额');
    const cell = snap({ labels: [{ source: 'table-left', text: '*慰问对象姓名：' }] });
    expect(reportLabel(cell, 'visit.remark', 'visit'), 'a site-map key no label supports: the primary label').toBe('慰问对象姓名');
  });
});

describe('OA origins', () => {
  it('keeps scheme, host and port; asks for the host on every port', () => {
    expect(normalizeOrigin(' http://10.1.2.3:8080/oa/main.jsp?x=1 ')).toBe('http://10.1.2.3:8080');
    expect(normalizeOrigin('https://oa.example.gov.cn')).toBe('https://oa.example.gov.cn');
    expect(normalizeOrigin('10.1.2.3:8080')).toBeNull();
    expect(normalizeOrigin('ftp://10.1.2.3')).toBeNull();
    expect(normalizeOrigin('javascript:alert(1)')).toBeNull();
    expect(originPermissionPattern('http://10.1.2.3:8080')).toBe('http://10.1.2.3/*');
  });
});
