import { describe, expect, it } from 'vitest';
import { checkIdAgainstForm, emptyForm, formFromCadre, formToInput, splitList, withIdNumber } from '../../../components/cadre-form';
import { ALL_FIELDS, labelKeyForPath } from '../../../components/cadre-form-layout';
import { cadreInput, idCheckChar, type CadreInput } from '../../../core/model';

const first17 = '42010619520317002'; // synthetic: born 1952-03-17, sequence 002 (even: female)
const ID = first17 + idCheckChar(first17);
const TODAY = '2026-11-29';

const stored: CadreInput & { id: string; createdAt: number; updatedAt: number; pinyin: string; initials: string } = {
  id: 'cadre0001',
  createdAt: 1,
  updatedAt: 2,
  pinyin: 'liuxiuying',
  initials: 'lxy',
  name: '刘秀英',
  gender: '女',
  idNumber: ID,
  birthDate: '1952-03-17',
  category: '退休',
  rank: '县处级',
  phones: ['13912345678', '027-87654321', '0710-3456789'],
  politicalStatus: '中共党员',
  spouse: { name: '陈国华', status: '健在' },
  emergencyContact: { name: '陈晓', relation: '女儿', phone: '13800001111' },
  health: { status: '一般', conditions: ['高血压', '糖尿病'], hospitalisations: [{ admittedOn: '2025-01-02', hospital: '省人民医院' }] },
  difficulty: { has: true, type: '独居', description: '子女在外地', recognisedOn: '2024-05-01' },
  hobbies: ['书法'],
  specialties: ['二胡'],
  study: { partyBranch: '离退休第三党支部', activities: '每月集中学习' },
  needs: [{ category: '医疗', text: '希望安排体检', recordedOn: '2026-10-01' }],
  alive: true,
  tags: ['重点关注'],
  notes: '行动不便，走访前电话联系',
};

describe('form ↔ cadre', () => {
  it('round-trips a stored cadre and keeps the fields the form does not show', () => {
    const input = formToInput(formFromCadre(stored), stored);
    const parsed = cadreInput.safeParse(input);
    expect(parsed.success).toBe(true);
    const { id: _id, createdAt: _c, updatedAt: _u, pinyin: _p, initials: _i, ...fields } = stored;
    expect(parsed.data).toEqual(cadreInput.parse(fields));
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('pinyin');
  });

  it('turns empty text into absent fields and lists into arrays', () => {
    const v = { ...emptyForm(), name: ' 李四 ', category: '离休', hobbies: '书法、太极拳, 京剧；钓鱼', birthDate: '1940年2月3日' };
    const input = formToInput(v);
    expect(input).toMatchObject({ name: '李四', category: '离休', hobbies: ['书法', '太极拳', '京剧', '钓鱼'], birthDate: '1940-02-03' });
    expect(input).not.toHaveProperty('ethnicity');
    expect(input).not.toHaveProperty('deathDate');
    expect(input.difficulty).toEqual({ has: false });
    expect(cadreInput.safeParse(input).success).toBe(true);
  });

  it('keeps an unreadable date as typed so validation can name it', () => {
    const r = cadreInput.safeParse(formToInput({ ...emptyForm(), name: '王五', category: '退休', birthDate: '四十年代' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['birthDate', 'err_date_format']);
  });

  it('records the date of death only for a cadre marked as passed away', () => {
    const v = { ...emptyForm(), name: '孙六', category: '离休', deathDate: '2025-01-01' };
    expect(formToInput(v)).not.toHaveProperty('deathDate');
    expect(formToInput({ ...v, alive: false })).toMatchObject({ alive: false, deathDate: '2025-01-01' });
  });
});

describe('ID number assistance', () => {
  it('fills birth date and gender only where empty', () => {
    expect(withIdNumber(emptyForm(), ID, TODAY)).toMatchObject({ idNumber: ID, birthDate: '1952-03-17', gender: '女' });
    expect(withIdNumber({ ...emptyForm(), gender: '男' }, ID, TODAY)).toMatchObject({ birthDate: '1952-03-17', gender: '男' });
    expect(withIdNumber(emptyForm(), ID.slice(0, 17), TODAY)).toMatchObject({ birthDate: '', gender: '' });
  });

  it('flags disagreement and invalid numbers', () => {
    expect(checkIdAgainstForm({ ...emptyForm(), idNumber: ID, birthDate: '1952/3/17', gender: '女' }, TODAY)).toMatchObject({
      birthMismatch: false,
      genderMismatch: false,
    });
    expect(checkIdAgainstForm({ ...emptyForm(), idNumber: ID, birthDate: '1952-03-18', gender: '男' }, TODAY)).toMatchObject({
      birthMismatch: true,
      genderMismatch: true,
    });
    expect(checkIdAgainstForm({ ...emptyForm(), idNumber: `${first17}Y` }, TODAY).error).toBe('err_id_format');
  });
});

describe('layout', () => {
  it('names the field of a validation path', () => {
    expect(labelKeyForPath('phones.0')).toBe('field_phone');
    expect(labelKeyForPath('phones.1')).toBe('field_phone2');
    expect(labelKeyForPath('phones.4')).toBe('field_phone');
    expect(labelKeyForPath('health.conditions.2')).toBe('field_healthConditions');
    expect(labelKeyForPath('needs.0.text')).toBe('field_needs');
    expect(labelKeyForPath('emergencyContact.phone')).toBe('field_emergencyPhone');
    expect(labelKeyForPath('somethingElse')).toBeUndefined();
  });

  it('gives every field a distinct id', () => {
    const ids = ALL_FIELDS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('splits lists on Chinese and Western separators', () => {
    expect(splitList(' 书法 、, 绘画，\n 摄影 ')).toEqual(['书法', '绘画', '摄影']);
  });
});
