// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CadreEditor, type SaveStatus } from '../../../components/CadreEditor';
import { emptyForm, formToInput, type CadreFormValues } from '../../../components/cadre-form';
import { cadreInput, idCheckChar, type FieldProblem } from '../../../core/model';
import { renderZh, tZh } from './render';

// Synthetic: Beijing 东城区, born 1949-12-31, sequence 003 (odd: male).
const first17 = '11010119491231003';
const VALID_ID = first17 + idCheckChar(first17);
const WRONG_CHECK_ID = first17 + (idCheckChar(first17) === '0' ? '1' : '0');
const TODAY = '2026-11-29';

afterEach(cleanup);

function renderEditor(opts: { initial?: Partial<CadreFormValues>; problems?: FieldProblem[]; status?: SaveStatus; onSave?: (v: CadreFormValues) => void } = {}) {
  return renderZh(
    <CadreEditor
      initial={{ ...emptyForm(), ...opts.initial }}
      isNew
      problems={opts.problems ?? []}
      status={opts.status ?? { kind: 'idle' }}
      today={TODAY}
      onSave={opts.onSave ?? (() => {})}
    />,
  );
}

const value = (testId: string) => (screen.getByTestId(testId) as HTMLInputElement).value;

describe('CadreEditor problems', () => {
  it('shows each problem in Chinese next to its field', () => {
    renderEditor({
      problems: [
        { path: 'idNumber', key: 'err_id_checksum' },
        { path: 'phones.0', key: 'err_phone_format' },
        { path: 'birthDate', key: 'err_date_future' },
        { path: 'category', key: 'err_choose_one' },
      ],
    });
    const expectations: [string, string, string][] = [
      ['error-idNumber', 'field-idNumber', '身份证号码校验位不正确，请核对最后一位'],
      ['error-phones.0', 'field-phone', '电话号码格式不正确（手机 11 位，座机如 027-87654321）'],
      ['error-birthDate', 'field-birthDate', '日期不能晚于今天'],
      ['error-category', 'field-category', '请从列表中选择一项'],
    ];
    for (const [errorId, fieldId, text] of expectations) {
      const error = screen.getByTestId(errorId);
      expect(error.textContent).toBe(text);
      // "next to the field": the message sits in the same labelled field block as the input.
      expect(error.closest('.form-field')?.contains(screen.getByTestId(fieldId))).toBe(true);
      expect(screen.getByTestId(fieldId).getAttribute('aria-invalid')).toBe('true');
    }
    expect(document.querySelector('.form-summary')?.textContent).toContain('有 4 处需要修改');
  });

  it('lists problems of data the form does not show at the top, with the field name', () => {
    renderEditor({ problems: [{ path: 'phones.3', key: 'err_phone_format' }, { path: '', key: 'err_edit_conflict' }] });
    expect(screen.getByTestId('error-phones.3').textContent).toBe('联系电话：电话号码格式不正确（手机 11 位，座机如 027-87654321）');
    expect(screen.getByTestId('error-form').textContent).toBe('这条记录已在别处修改，请重新打开后再改');
  });

  it('hides a problem once the person edits that field', () => {
    renderEditor({ problems: [{ path: 'name', key: 'err_name_required' }, { path: 'address', key: 'err_too_long' }] });
    expect(screen.getByTestId('error-name').textContent).toBe('请填写姓名');
    fireEvent.input(screen.getByTestId('field-name'), { target: { value: '王建国' } });
    expect(screen.queryByTestId('error-name')).toBeNull();
    expect(screen.getByTestId('error-address')).toBeTruthy();
  });

  it('marks 姓名 and 离退休类别 as required with a red star', () => {
    renderEditor();
    const labelOf = (id: string) => document.querySelector(`label[for="${screen.getByTestId(id).id}"]`)!;
    expect(labelOf('field-name').querySelector('.required-mark')?.textContent).toBe('*');
    expect(labelOf('field-category').querySelector('.required-mark')?.textContent).toBe('*');
    expect(labelOf('field-phone').querySelector('.required-mark')).toBeNull();
  });

  it('shows the save status', () => {
    renderEditor({ status: { kind: 'failed', messageKey: 'save_invalid', subs: ['2'] } });
    const status = screen.getByTestId('save-status');
    expect(status.dataset.state).toBe('failed');
    expect(status.textContent).toBe('未保存：有 2 处需要修改。');
  });
});

describe('CadreEditor ID number assistance', () => {
  it('fills an empty birth date and gender from a valid ID number', () => {
    renderEditor();
    fireEvent.input(screen.getByTestId('field-idNumber'), { target: { value: VALID_ID } });
    expect(value('field-birthDate')).toBe('1949-12-31');
    expect(value('field-gender')).toBe('男');
    expect(screen.getByTestId('hint-idNumber').textContent).toContain('1949-12-31');
  });

  it('keeps what the person entered and flags the disagreement', () => {
    renderEditor({ initial: { birthDate: '1950-01-01', gender: '女' } });
    fireEvent.input(screen.getByTestId('field-idNumber'), { target: { value: VALID_ID } });
    expect(value('field-birthDate')).toBe('1950-01-01');
    expect(value('field-gender')).toBe('女');
    expect(screen.getByTestId('hint-birthDate').textContent).toBe('与身份证号中的出生日期（1949-12-31）不一致');
    expect(screen.getByTestId('hint-gender').textContent).toBe('与身份证号中的性别（男）不一致');
  });

  it('says why a complete ID number is wrong, and fills nothing', () => {
    renderEditor();
    fireEvent.input(screen.getByTestId('field-idNumber'), { target: { value: WRONG_CHECK_ID } });
    expect(screen.getByTestId('hint-idNumber').textContent).toBe('身份证号码校验位不正确，请核对最后一位');
    expect(value('field-birthDate')).toBe('');
    expect(value('field-gender')).toBe('');
  });

  it('does not nag while the number is still being typed', () => {
    renderEditor();
    fireEvent.input(screen.getByTestId('field-idNumber'), { target: { value: '1101011949' } });
    expect(screen.queryByTestId('hint-idNumber')).toBeNull();
  });
});

describe('CadreEditor saving', () => {
  it('hands the typed values to onSave, and they make a valid cadre input', () => {
    const onSave = vi.fn();
    renderEditor({ onSave });
    fireEvent.input(screen.getByTestId('field-name'), { target: { value: '赵明远' } });
    fireEvent.change(screen.getByTestId('field-category'), { target: { value: '离休' } });
    fireEvent.input(screen.getByTestId('field-idNumber'), { target: { value: VALID_ID } });
    fireEvent.input(screen.getByTestId('field-phone'), { target: { value: '027-87654321' } });
    fireEvent.input(screen.getByTestId('field-hobbies'), { target: { value: '书法、太极拳' } });
    fireEvent.click(screen.getByTestId('field-difficultyHas'));
    fireEvent.change(screen.getByTestId('field-difficultyType'), { target: { value: '独居' } });
    fireEvent.click(screen.getByTestId('save-cadre'));

    expect(onSave).toHaveBeenCalledOnce();
    const input = formToInput(onSave.mock.calls[0]![0] as CadreFormValues);
    const parsed = cadreInput.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      name: '赵明远',
      category: '离休',
      idNumber: VALID_ID,
      birthDate: '1949-12-31',
      gender: '男',
      phones: ['027-87654321'],
      hobbies: ['书法', '太极拳'],
      difficulty: { has: true, type: '独居' },
      alive: true,
    });
  });

  it('asks for the date of death only for a cadre who has passed away', () => {
    renderEditor();
    expect(screen.queryByTestId('field-deathDate')).toBeNull();
    fireEvent.click(screen.getByTestId('field-alive'));
    expect(screen.getByTestId('field-deathDate')).toBeTruthy();
  });

  it('renders ledger text as text, never as HTML', () => {
    const name = '<img src=x onerror="alert(1)">';
    renderZh(<CadreEditor initial={{ ...emptyForm(), name }} isNew={false} problems={[]} status={{ kind: 'idle' }} today={TODAY} onSave={() => {}} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe(tZh('editor_edit_title', name));
  });
});
