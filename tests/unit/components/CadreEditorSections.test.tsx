// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CadreEditor } from '../../../components/CadreEditor';
import { emptyForm, formFromCadre, formToInput, type CadreFormValues } from '../../../components/cadre-form';
import { cadreInput } from '../../../core/model';
import { renderZh } from './render';

afterEach(cleanup);
const TODAY = '2026-11-29';

function renderEditor(initial: CadreFormValues, extra: { onSave?: (v: CadreFormValues) => void; onDelete?: () => void; isNew?: boolean } = {}) {
  return renderZh(
    <CadreEditor
      initial={initial}
      isNew={extra.isNew ?? false}
      problems={[]}
      status={{ kind: 'idle' }}
      today={TODAY}
      onSave={extra.onSave ?? (() => {})}
      onDelete={extra.onDelete}
    />,
  );
}

describe('CadreEditor: hospital stays, contacts, tags', () => {
  it('edits hospital stays, the emergency contact, the spouse and tags, and saves them', () => {
    const onSave = vi.fn();
    renderEditor({ ...emptyForm(), name: '王卫东', category: '退休' }, { onSave });
    fireEvent.click(screen.getByTestId('add-stay'));
    fireEvent.input(screen.getByTestId('field-stay-admittedOn'), { target: { value: '2025年3月2日' } });
    fireEvent.blur(screen.getByTestId('field-stay-admittedOn'));
    fireEvent.input(screen.getByTestId('field-stay-hospital'), { target: { value: '省人民医院' } });
    fireEvent.input(screen.getByTestId('field-emergencyName'), { target: { value: '王晓' } });
    fireEvent.input(screen.getByTestId('field-emergencyRelation'), { target: { value: '女儿' } });
    fireEvent.change(screen.getByTestId('field-spouseStatus'), { target: { value: '已故' } });
    fireEvent.input(screen.getByTestId('field-tags'), { target: { value: '重点关注、独居' } });
    fireEvent.click(screen.getByTestId('field-lunarBirthday'));
    fireEvent.submit(screen.getByTestId('cadre-form'));
    const input = formToInput(onSave.mock.calls[0]![0] as CadreFormValues);
    expect(input).toMatchObject({
      health: { hospitalisations: [{ admittedOn: '2025-03-02', hospital: '省人民医院' }] },
      emergencyContact: { name: '王晓', relation: '女儿' },
      spouse: { status: '已故' },
      tags: ['重点关注', '独居'],
      lunarBirthday: true,
    });
    expect(cadreInput.safeParse(input).success).toBe(true);
  });

  it('shows the address elsewhere only for a cadre living elsewhere, and drops cleared contacts', () => {
    const stored = { name: '李秀英', category: '退休' as const, emergencyContact: { name: '陈晓' }, livesElsewhere: true, elsewhereAddress: '海南省三亚市' };
    const onSave = vi.fn();
    renderEditor(formFromCadre(stored), { onSave });
    expect((screen.getByTestId('field-elsewhereAddress') as HTMLInputElement).value).toBe('海南省三亚市');
    fireEvent.click(screen.getByTestId('field-livesElsewhere'));
    expect(screen.queryByTestId('field-elsewhereAddress')).toBeNull();
    fireEvent.input(screen.getByTestId('field-emergencyName'), { target: { value: '' } });
    fireEvent.submit(screen.getByTestId('cadre-form'));
    const input = formToInput(onSave.mock.calls[0]![0] as CadreFormValues, stored);
    expect(input.livesElsewhere).toBe(false);
    expect(input).not.toHaveProperty('elsewhereAddress');
    expect(input).not.toHaveProperty('emergencyContact');
  });
});

describe('CadreEditor: delete', () => {
  it('deletes only after confirming, and not for a new cadre', () => {
    const onDelete = vi.fn();
    const { unmount } = renderEditor({ ...emptyForm(), name: '王卫东', category: '退休' }, { onDelete });
    fireEvent.click(screen.getByTestId('delete-cadre'));
    expect(screen.getByRole('alertdialog').textContent).toContain('确定删除“王卫东”');
    fireEvent.click(screen.getByTestId('delete-cadre-cancel'));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('delete-cadre'));
    fireEvent.click(screen.getByTestId('delete-cadre-confirm'));
    expect(onDelete).toHaveBeenCalledOnce();
    unmount();
    renderEditor(emptyForm(), { onDelete, isNew: true });
    expect(screen.queryByTestId('delete-cadre')).toBeNull();
  });
});
