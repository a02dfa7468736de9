import { describe, expect, it } from 'vitest';
import { exampleStandard } from '../../../core/rules/default-standard';
import { renderTemplate, renderTemplateWithReport, renderText } from '../../../core/templates/render';
import type { RenderableTemplate, RenderContext } from '../../../core/templates/context';
import { makeCadre, makeIdNumber } from '../rules/helpers';

const TODAY = '2026-11-29';
const cadre = makeCadre({
  name: '欧阳明远',
  birthDate: '1936-10-23',
  idNumber: makeIdNumber('1936-10-23'),
  originalUnit: '省示例厅',
  originalPosition: '副厅长',
  rank: '厅局级',
  rankDetail: '副厅级',
  phones: ['13800138000'],
});
const standard = exampleStandard();
const ctx = (extra: Partial<RenderContext> = {}): RenderContext => ({ cadre, today: TODAY, handler: '刘晓梅', department: '离退休干部处', standard, ...extra });

describe('renderTemplate', () => {
  it('gives the region an address starts with, as a field and as {{所在地区}}', () => {
    const t: RenderableTemplate = { visitType: '节日慰问', festival: '春节', values: { 'visit.remark': '{{所在地区}}' } };
    const withAddress = renderTemplate(t, ctx({ cadre: { ...cadre, address: '湖北省武汉市武昌区中北路12号3栋' } }));
    expect(withAddress['cadre.region']).toBe('湖北省武汉市武昌区');
    expect(withAddress['visit.remark']).toBe('湖北省武汉市武昌区');
    // an address that starts with its street names no region: nothing is made up
    expect(renderTemplate(t, ctx({ cadre: { ...cadre, address: '中北路12号' } }))['cadre.region']).toBeUndefined();
  });

  const festival: RenderableTemplate = {
    visitType: '节日慰问',
    festival: '重阳',
    form: '慰问品',
    goods: '牛奶、水果',
    fundingSource: '离退休干部经费',
    goodsValue: 300,
    values: {
      'visit.reason': '{{节日}}前夕，{{经办人}}走访慰问{{原单位}}{{原职务}}{{姓名}}同志，祝{{称谓}}健康长寿。',
      'visit.remark': '慰问品价值 {{金额}} 元（{{金额大写}}），{{今天}}填报',
    },
  };

  it('fills the cadre’s facts, the visit and the template’s texts', () => {
    const values = renderTemplate(festival, ctx({ occasion: { date: '2026-10-16' } }));
    expect(values).toMatchObject({
      'cadre.name': '欧阳明远',
      'cadre.idNumber': cadre.idNumber,
      'cadre.birthDate': '1936-10-23',
      'cadre.age': '89',
      'cadre.originalUnit': '省示例厅',
      'cadre.rank': '厅局级',
      'cadre.category': '退休',
      'cadre.phone': '13800138000',
      'visit.type': '节日慰问',
      'visit.festival': '重阳',
      'visit.date': '2026-10-16',
      'visit.applyDate': TODAY,
      'visit.handler': '刘晓梅',
      'visit.department': '离退休干部处',
      'visit.form': '慰问品',
      'visit.goods': '牛奶、水果',
      'visit.goodsValue': '300.00',
      'visit.total': '300.00',
      'visit.totalUpper': '叁佰元整',
      'visit.fundingSource': '离退休干部经费',
      'visit.reason': '重阳前夕，刘晓梅走访慰问省示例厅副厅长欧阳明远同志，祝欧阳老健康长寿。',
      'visit.remark': '慰问品价值 300.00 元（叁佰元整），2026年11月29日填报',
    });
    expect(values['visit.amount']).toBeUndefined();
  });

  it('defaults the amount from the standard in force, by tier', () => {
    const hospital: RenderableTemplate = { visitType: '住院看望', form: '慰问金', values: { 'visit.reason': '看望{{姓名}}，慰问金{{慰问金}}元（{{慰问金大写}}）' } };
    const report = renderTemplateWithReport(hospital, ctx({ occasion: { tier: '手术', hospital: '省人民医院', admissionDate: '2026-11-20' } }));
    expect(report.amountSource).toBe('standard');
    expect(report.values).toMatchObject({
      'visit.amount': '2000.00',
      'visit.amountUpper': '贰仟元整',
      'visit.total': '2000.00',
      'visit.hospital': '省人民医院',
      'visit.admissionDate': '2026-11-20',
      'visit.hospitalTier': '手术',
      'visit.reason': '看望欧阳明远，慰问金2000.00元（贰仟元整）',
    });
  });

  it('takes a birthday’s amount from the milestone the cadre reaches', () => {
    const values = renderTemplate({ visitType: '生日寿辰', form: '慰问品', values: { 'visit.reason': '{{姓名}}同志{{年龄}}岁寿辰' } }, ctx({ occasion: { date: '2026-10-20' } }));
    expect(values['visit.reason']).toBe('欧阳明远同志90岁寿辰');
    expect(values['visit.goodsValue']).toBe('1000.00');
    expect(values['visit.amount']).toBeUndefined();
  });

  it('leaves the split to the person for cash and goods without amounts, and fills nothing without a cap', () => {
    const both = renderTemplateWithReport({ visitType: '困难帮扶', form: '慰问金和慰问品' }, ctx());
    expect([both.values['visit.total'], both.values['visit.amount'], both.values['visit.goodsValue']]).toEqual(['2000.00', undefined, undefined]);
    const none = renderTemplateWithReport({ visitType: '其他' }, ctx());
    expect(none.amountSource).toBe('none');
    expect(none.values['visit.total']).toBeUndefined();
  });

  it('writes two decimals and a correct 大写 for odd amounts', () => {
    const values = renderTemplate({ visitType: '困难帮扶', amount: 1680.3, goodsValue: 0.02 }, ctx());
    expect(values).toMatchObject({ 'visit.amount': '1680.30', 'visit.amountUpper': '壹仟陆佰捌拾元叁角整', 'visit.total': '1680.32', 'visit.totalUpper': '壹仟陆佰捌拾元叁角贰分' });
  });

  it('copies ledger text verbatim: no HTML is produced or interpreted', () => {
    const odd = makeCadre({ name: '<b>王</b>&amp;', originalUnit: '"><img src=x onerror=alert(1)>' });
    const values = renderTemplate({ visitType: '其他', values: { 'visit.reason': '{{姓名}}@{{原单位}}' } }, ctx({ cadre: odd }));
    expect(values['visit.reason']).toBe('<b>王</b>&amp;@"><img src=x onerror=alert(1)>');
    expect(values['cadre.name']).toBe('<b>王</b>&amp;');
  });

  it('reports unknown placeholders (left as typed) and empty ones (rendered empty)', () => {
    const report = renderTemplateWithReport({ visitType: '住院看望', values: { 'visit.reason': '{{称呼}}在{{医院}}住院' } }, ctx());
    expect(report.values['visit.reason']).toBe('{{称呼}}在住院');
    expect(report.unknown).toEqual(['称呼']);
    expect(report.missing).toEqual(['医院']);
  });

  it('uses a configured 称谓 pattern', () => {
    const t: RenderableTemplate = { visitType: '其他', salutation: '{{姓名}}同志', values: { 'visit.reason': '尊敬的{{称谓}}' } };
    expect(renderTemplate(t, ctx())['visit.reason']).toBe('尊敬的欧阳明远同志');
  });
});

describe('renderText', () => {
  it('renders a lunar birthday in this year’s solar date', () => {
    const lunar = makeCadre({ birthDate: '1936-10-23', lunarBirthday: true });
    const solar = makeCadre({ birthDate: '1936-10-23' });
    const t: RenderableTemplate = { visitType: '生日寿辰' };
    expect(renderText('{{生日}}', t, { cadre: lunar, today: '2026-09-01' })).toBe('2026年10月18日');
    expect(renderText('{{生日}}', t, { cadre: solar, today: '2026-09-01' })).toBe('2026年10月23日');
  });

  it('counts 周岁 and 虚岁, and reads the birth date from the ID number', () => {
    const noDate: RenderContext = { cadre: { name: '李华', idNumber: makeIdNumber('1946-03-01') }, today: '2026-02-20' };
    expect(renderText('{{周岁}}/{{虚岁}}/{{出生日期}}', { visitType: '其他' }, noDate)).toBe('79/81/1946年3月1日');
  });
});
