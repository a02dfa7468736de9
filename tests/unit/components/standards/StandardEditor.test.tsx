// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StandardEditor } from '../../../../components/standards/StandardEditor';
import { StandardList } from '../../../../components/standards/StandardList';
import { StandardsFilePanel } from '../../../../components/standards/StandardsFilePanel';
import { draftFromStandard, type StandardDraft } from '../../../../components/standards/standard-draft';
import { exampleStandard } from '../../../../core/rules/default-standard';
import { renderZh } from '../render';

afterEach(cleanup);

function hospitalRow() {
  const row = screen.getAllByTestId('caps-row').find((r) => r.dataset.visitType === '住院看望' && r.dataset.tier === '一般');
  if (!row) throw new Error('no 住院看望/一般 row');
  return row;
}

function renderEditor(onSave = vi.fn<(d: StandardDraft) => void>()) {
  renderZh(<StandardEditor initial={draftFromStandard(exampleStandard())} isNew={false} problems={[]} status={{ kind: 'idle' }} onSave={onSave} onCancel={() => {}} />);
  return onSave;
}

describe('StandardEditor', () => {
  it('labels the example and saves a changed cap', () => {
    const onSave = renderEditor();
    expect(screen.getByTestId('std-example-badge').textContent).toBe('示例，请替换');
    const cap = within(hospitalRow()).getByLabelText('上限（元）') as HTMLInputElement;
    expect(cap.value).toBe('1000');
    fireEvent.input(cap, { target: { value: '1,500' } });
    fireEvent.click(screen.getByTestId('standard-save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(saved.perVisitCaps.find((c) => c.visitType === '住院看望' && c.tier === '一般')?.cap).toBe(1500);
  });

  it('refuses to save a figure that is not a number, naming it at the cell', () => {
    const onSave = renderEditor();
    fireEvent.input(within(hospitalRow()).getByLabelText('上限（元）'), { target: { value: '一千' } });
    expect(within(hospitalRow()).getByRole('alert').textContent).toContain('请输入数字');
    fireEvent.click(screen.getByTestId('standard-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('standard-problems').dataset.count).toBe('1');
  });

  it('adds and removes rows, and drops a tier that does not fit a new visit type', () => {
    const onSave = renderEditor();
    const before = screen.getAllByTestId('caps-row').length;
    fireEvent.click(screen.getByTestId('caps-add'));
    expect(screen.getAllByTestId('caps-row')).toHaveLength(before + 1);
    fireEvent.change(within(hospitalRow()).getByLabelText('慰问类型'), { target: { value: '困难帮扶' } });
    fireEvent.click(screen.getAllByTestId('caps-remove').at(-1)!);
    fireEvent.click(screen.getByTestId('standard-save'));
    const saved = onSave.mock.calls[0]![0];
    expect(saved.perVisitCaps).toHaveLength(before);
    expect(saved.perVisitCaps.filter((c) => c.visitType === '困难帮扶' && c.tier === undefined && c.cap === 1000)).toHaveLength(1);
  });

  it('shows the problems the background found at their cells', () => {
    renderZh(
      <StandardEditor
        initial={draftFromStandard(exampleStandard())}
        isNew={false}
        problems={[{ path: 'annualCaps.0.cap', key: 'err_money_negative' }]}
        status={{ kind: 'failed', messageKey: 'save_invalid', subs: ['1'] }}
        onSave={() => {}}
        onCancel={() => {}}
      />,
    );
    const row = screen.getAllByTestId('annual-row')[0]!;
    expect(within(row).getByRole('alert').textContent).toBe('金额不能为负数');
  });
});

describe('StandardList', () => {
  it('labels the example 示例，请替换, marks the version in force, and deletes only after confirming', () => {
    const onDelete = vi.fn();
    const own = { ...exampleStandard(), id: 'office-2026-v1', isExample: false, name: '本单位标准', effectiveFrom: '2026-01-01' };
    renderZh(<StandardList standards={[exampleStandard(), own]} inForceId="office-2026-v1" onOpen={() => {}} onDuplicate={() => {}} onDelete={onDelete} />);
    const [example, office] = screen.getAllByTestId('standard-row');
    expect(example!.textContent).toContain('示例，请替换');
    expect(example!.textContent).toContain('2000-01-01 起施行');
    expect(office!.textContent).not.toContain('示例，请替换');
    expect(office!.dataset.inForce).toBe('true');
    fireEvent.click(within(office!).getByTestId('standard-delete'));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(within(office!).getByTestId('standard-delete-confirm'));
    expect(onDelete).toHaveBeenCalledWith('office-2026-v1');
  });
});

describe('StandardsFilePanel', () => {
  it('shows a refused file’s message and says nothing changed', () => {
    renderZh(<StandardsFilePanel state={{ kind: 'refused', message: '经费标准文件有误：第 1 个版本 › 名称（standards[0].name）不能为空' }} onFile={() => {}} onCommit={() => {}} onExport={() => {}} />);
    const error = screen.getByTestId('standards-import-error');
    expect(error.textContent).toContain('standards[0].name');
    expect(error.textContent).toContain('现用标准未改变');
    expect(screen.queryByTestId('standards-import-commit')).toBeNull();
  });

  it('previews versions to add and replace, then commits', () => {
    const onCommit = vi.fn();
    const items = [
      { id: 'office-2026-v1', name: '本单位标准', effectiveFrom: '2026-01-01', isExample: false, replaces: true },
      { name: '下一版', effectiveFrom: '2027-01-01', isExample: false, replaces: false },
    ];
    renderZh(<StandardsFilePanel state={{ kind: 'preview', items, added: 1, updated: 1 }} onFile={() => {}} onCommit={onCommit} onExport={() => {}} />);
    expect(screen.getByTestId('standards-import-preview').textContent).toContain('新增 1 个，替换 1 个');
    fireEvent.click(screen.getByTestId('standards-import-commit'));
    expect(onCommit).toHaveBeenCalled();
  });
});
