// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerFilterBar } from '../../../components/LedgerFilterBar';
import type { LedgerFilters } from '../../../core/ledger/filters';
import { renderZh } from './render';

afterEach(cleanup);

function renderBar(filters: LedgerFilters = {}) {
  const onChange = vi.fn();
  renderZh(<LedgerFilterBar filters={filters} tags={['书法', '重点关注']} units={['省财政厅']} ageMode="周岁" milestones={[80, 90, 100]} onChange={onChange} />);
  return onChange;
}

const pick = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('LedgerFilterBar', () => {
  it('adds each filter to the ones already set', () => {
    const onChange = renderBar({ categories: ['离休'] });
    pick('filter-rank', '厅局级');
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], ranks: ['厅局级'] });
    pick('filter-age', '80s');
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], ageMin: 80, ageMax: 89 });
    pick('filter-age', '100plus');
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], ageMin: 100 });
    pick('filter-difficulty', 'yes');
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], difficulty: true });
    pick('filter-alive', 'no');
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], alive: false });
    pick('filter-tag', '书法');
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], tags: ['书法'] });
    fireEvent.input(screen.getByTestId('filter-unit'), { target: { value: ' 财政 ' } });
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], unit: '财政' });
    fireEvent.click(screen.getByTestId('filter-milestone'));
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], milestone: true });
    fireEvent.click(screen.getByTestId('filter-followup'));
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['离休'], followUpDue: true });
  });

  it('removes a filter set back to 全部, and clears all', () => {
    const onChange = renderBar({ categories: ['离休'], healthStatuses: ['一般'], ageMin: 70, ageMax: 79 });
    expect((screen.getByTestId('filter-age') as HTMLSelectElement).value).toBe('70s');
    pick('filter-category', '');
    expect(onChange).toHaveBeenLastCalledWith({ healthStatuses: ['一般'], ageMin: 70, ageMax: 79 });
    fireEvent.click(screen.getByTestId('filter-clear'));
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it('says how milestones are counted', () => {
    renderBar();
    expect(screen.getByTestId('filter-milestone').parentElement!.textContent).toBe('今年逢十寿辰（80/90/100 岁，周岁）');
    expect(screen.queryByTestId('filter-clear')).toBeNull();
  });
});
