import { describe, expect, it } from 'vitest';
import { addDays, cadreInput, deriveFromIdNumber, idCheckChar, todayInShanghai, toFieldProblems } from '../../../core/model';

const first17 = '11010519491231002';
const validId = first17 + idCheckChar(first17);

describe('cadreInput', () => {
  it('accepts a minimal cadre and fills defaults', () => {
    const r = cadreInput.safeParse({ name: '张三丰', category: '离休', idNumber: validId });
    expect(r.success).toBe(true);
    expect(r.data?.phones).toEqual([]);
    expect(r.data?.difficulty).toEqual({ has: false });
  });

  it('refuses an invalid ID number, a future birth date and a malformed phone, field by field', () => {
    const r = cadreInput.safeParse({
      name: '李四',
      category: '退休',
      idNumber: first17 + (idCheckChar(first17) === '0' ? '1' : '0'),
      birthDate: addDays(todayInShanghai(), 1),
      phones: ['12345'],
    });
    expect(r.success).toBe(false);
    const problems = toFieldProblems(r.error!);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'idNumber', key: 'err_id_checksum' },
        { path: 'birthDate', key: 'err_date_future' },
        { path: 'phones.0', key: 'err_phone_format' },
      ]),
    );
  });

  it('reports a bad ID number even when another field is wrong too', () => {
    const r = cadreInput.safeParse({ name: '赵六', idNumber: '110105194912310000' });
    const paths = toFieldProblems(r.error!).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['category', 'idNumber']));
  });

  it('flags a birth date that disagrees with the ID number', () => {
    const r = cadreInput.safeParse({ name: '王五', category: '退休', idNumber: validId, birthDate: '1950-01-01' });
    expect(toFieldProblems(r.error!)).toContainEqual({ path: 'birthDate', key: 'err_birth_mismatch_id' });
  });

  it('derives birth date and gender from the ID number', () => {
    const c = deriveFromIdNumber({ idNumber: validId.toLowerCase() });
    expect(c.birthDate).toBe('1949-12-31');
    expect(c.gender).toBe('女');
  });
});
