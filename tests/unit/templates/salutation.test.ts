import { describe, expect, it } from 'vitest';
import { defaultSalutation, surnameOf } from '../../../core/templates/salutation';

describe('称谓', () => {
  it('is the surname and 老', () => {
    expect(defaultSalutation('张建国')).toBe('张老');
    expect(defaultSalutation(' 李华 ')).toBe('李老');
  });

  it('knows compound surnames, but not in two-character names', () => {
    expect(surnameOf('欧阳明远')).toBe('欧阳');
    expect(defaultSalutation('司马长风')).toBe('司马老');
    expect(surnameOf('欧阳')).toBe('欧');
  });

  it('uses the full name and 同志 for names with a middle dot', () => {
    expect(surnameOf('阿依古丽·买买提')).toBeUndefined();
    expect(defaultSalutation('阿依古丽·买买提')).toBe('阿依古丽·买买提同志');
  });
});
