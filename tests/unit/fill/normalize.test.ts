import { describe, expect, test } from 'vitest';
import { foldWidth, identifierTokens, isMeaninglessLabel, labelKey, normalizeLabel } from '../../../core/fill/normalize';

describe('normalizeLabel', () => {
  test.each([
    ['姓　　名：', '姓名'],
    ['姓\u00a0\u00a0名', '姓名'],
    ['*姓名', '姓名'],
    ['姓名＊', '姓名'],
    ['※身份证号码：', '身份证号码'],
    ['1、联系电话', '联系电话'],
    ['（一）慰问对象', '慰问对象'],
    ['金额(大写)', '金额大写'],
    ['金额（小写）', '金额小写'],
    ['出生日期(yyyy-mm-dd)', '出生日期'],
    ['离退休类别（离休/退休）', '离退休类别'],
    ['身份证号（必填）', '身份证号'],
    ['原工作单位（全称）', '原工作单位'],
    ['请输入手机号，例：13800000000', '手机号'],
    ['请选择日期', '日期'],
    ['Date of Birth:', 'date of birth'],
    ['ＮＡＭＥ：', 'name'],
    ['慰问金额：￥', '慰问金额'],
    ['原职务/职级', '原职务/职级'],
  ])('%j → %j', (raw, text) => {
    expect(normalizeLabel(raw).text).toBe(text);
  });

  test('records the unit written in the label', () => {
    expect(normalizeLabel('慰问金额（元）')).toEqual({ text: '慰问金额', unit: '元', required: false });
    expect(normalizeLabel('慰问金额(单位：元)')).toMatchObject({ text: '慰问金额', unit: '元' });
    expect(normalizeLabel('金额/元')).toMatchObject({ text: '金额', unit: '元' });
    expect(normalizeLabel('附件（张）')).toMatchObject({ text: '附件', unit: '张' });
    expect(normalizeLabel('年龄(周岁)')).toMatchObject({ text: '年龄', unit: '周岁' });
    expect(normalizeLabel('慰问金额').unit).toBeUndefined();
  });

  test('notices required markers', () => {
    expect(normalizeLabel('*姓名').required).toBe(true);
    expect(normalizeLabel('＊联系电话：').required).toBe(true);
    expect(normalizeLabel('身份证号（必填）').required).toBe(true);
    expect(normalizeLabel('备注').required).toBe(false);
  });
});

test('foldWidth folds full-width ASCII and odd spaces, drops zero-width characters', () => {
  expect(foldWidth('ＡＢＣ１２３：（）＊')).toBe('ABC123:()*');
  expect(foldWidth('姓\u3000名\u00a0\u200b')).toBe('姓 名 ');
});

test('labelKey and isMeaninglessLabel', () => {
  expect(labelKey('  备　注： ')).toBe('备注');
  expect(isMeaninglessLabel('')).toBe(true);
  expect(isMeaninglessLabel('12')).toBe(true);
  expect(isMeaninglessLabel('序号')).toBe(true);
  expect(isMeaninglessLabel('姓名')).toBe(false);
});

test('identifierTokens splits names and ids into words', () => {
  expect(identifierTokens('cadreName')).toEqual(['cadre', 'name']);
  expect(identifierTokens('field_chinglish6012')).toEqual(['field', 'chinglish']);
  expect(identifierTokens('form_item_wwje')).toEqual(['form', 'item', 'wwje']);
  expect(identifierTokens('extendDataFormInfo.value(fd_xm)')).toEqual(['extend', 'data', 'form', 'info', 'value', 'fd', 'xm']);
  expect(identifierTokens('')).toEqual([]);
});
