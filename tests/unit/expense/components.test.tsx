// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BudgetEditor } from '../../../components/claims/BudgetEditor';
import { ClaimPreviewPanel } from '../../../components/claims/ClaimPreviewPanel';
import { ClaimVisitList } from '../../../components/claims/ClaimVisitList';
import { buildClaim } from '../../../core/expense/claim';
import { renderZh } from '../components/render';
import { visit } from './visits';

/** The claims view's pieces: the visit list with select all, the preview, the budgets editor. */

afterEach(cleanup);

const rows = [
  { visit: visit('a', { amount: 500 }), cadreName: '测试甲' },
  { visit: visit('b', { amount: 320.5, claimedIn: 'BX-1' }), cadreName: '测试乙' },
];

describe('ClaimVisitList', () => {
  it('lists visits with their ids and amounts, and selects all', () => {
    const onSelectAll = vi.fn();
    const onToggle = vi.fn();
    renderZh(<ClaimVisitList rows={rows} selected={new Set(['visit-a0'])} onToggle={onToggle} onSelectAll={onSelectAll} />);
    const items = screen.getAllByTestId('claim-visit');
    expect(items.map((r) => r.dataset.visitId)).toEqual(['visit-a0', 'visit-b0']);
    expect(items[1]!.textContent).toContain('320.50');
    expect(items[1]!.textContent).toContain('BX-1');
    fireEvent.click(screen.getByTestId('claim-select-all'));
    expect(onSelectAll).toHaveBeenCalledWith(true);
    fireEvent.click(items[1]!.querySelector('input')!);
    expect(onToggle).toHaveBeenCalledWith('visit-b0', true);
  });
});

describe('ClaimPreviewPanel', () => {
  it('shows the total, its 大写 and each finding with its rule', () => {
    const claim = buildClaim([rows[0]!], { date: '2026-03-01' });
    const preview = { claim, blocked: true, findings: [{ ruleId: 'claim-double', severity: 'block' as const, message: '已报销', fields: [] }] };
    renderZh(<ClaimPreviewPanel preview={preview} header={{}} onHeader={() => {}} />);
    expect(screen.getByTestId('claim-total').textContent).toBe('500.00');
    expect(screen.getByTestId('claim-total-upper').textContent).toBe('伍佰元整');
    expect(screen.getByTestId('claim-finding').dataset.rule).toBe('claim-double');
    expect(screen.getByTestId('claim-preview').dataset.blocked).toBe('true');
  });
});

describe('BudgetEditor', () => {
  it('saves the rows as budgets, and refuses an amount with three decimals', () => {
    const onSave = vi.fn();
    renderZh(<BudgetEditor budgets={[{ item: '离退休干部经费', year: 2026, amount: 50000 }]} status={{ kind: 'idle' }} defaultYear={2026} onSave={onSave} />);
    fireEvent.click(screen.getByTestId('budget-add'));
    fireEvent.input(screen.getAllByTestId('budget-item')[1]!, { target: { value: '工会经费' } });
    fireEvent.input(screen.getAllByTestId('budget-amount')[1]!, { target: { value: '1200.5' } });
    fireEvent.click(screen.getByTestId('budget-save'));
    expect(onSave).toHaveBeenCalledWith([
      { item: '离退休干部经费', year: 2026, amount: 50000 },
      { item: '工会经费', year: 2026, amount: 1200.5 },
    ]);
    fireEvent.input(screen.getAllByTestId('budget-amount')[1]!, { target: { value: '1.005' } });
    fireEvent.click(screen.getByTestId('budget-save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('budget-status').dataset.state).toBe('invalid');
  });
});
