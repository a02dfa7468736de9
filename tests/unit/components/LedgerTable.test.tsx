// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ColumnPicker } from '../../../components/ColumnPicker';
import { columnsFrom, DEFAULT_COLUMNS, gridTemplate } from '../../../components/ledger-columns';
import { LEDGER_ROW_HEIGHT, LedgerTable, type LedgerTableProps } from '../../../components/LedgerTable';
import { SelectionBar } from '../../../components/SelectionBar';
import type { CadreSummary } from '../../../messaging/protocol';
import { renderZh } from './render';

afterEach(cleanup);

const summary = (i: number, extra: Partial<CadreSummary> = {}): CadreSummary => ({
  id: `cadre${String(i).padStart(6, '0')}`,
  name: `测试${i}`,
  category: '退休',
  alive: true,
  updatedAt: 1,
  idMasked: `110101********${String(i).padStart(4, '0')}`,
  ...extra,
});

function renderTable(props: Partial<LedgerTableProps> = {}) {
  const base: LedgerTableProps = {
    rowCount: 20_000,
    rowAt: (i) => (i < 100 ? summary(i) : undefined),
    columns: DEFAULT_COLUMNS,
    height: 440,
    revealed: {},
    onOpen: () => {},
    onReveal: () => {},
    onHide: () => {},
  };
  return renderZh(<LedgerTable {...base} {...props} />);
}

describe('LedgerTable', () => {
  it('renders the rows in view, loaded or loading, and reports the range it needs', () => {
    const onRangeChange = vi.fn();
    renderTable({ onRangeChange });
    expect(screen.getAllByTestId('cadre-row').length).toBeLessThan(30);
    expect(onRangeChange).toHaveBeenLastCalledWith(0, expect.any(Number));
    const viewport = screen.getByTestId('ledger-list');
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, value: 150 * LEDGER_ROW_HEIGHT });
    fireEvent.scroll(viewport);
    expect(onRangeChange).toHaveBeenLastCalledWith(144, expect.any(Number));
    expect(screen.queryAllByTestId('cadre-row')).toHaveLength(0);
    expect(screen.getAllByTestId('cadre-row-loading')[0]!.textContent).toBe('正在加载…');
  });

  it('shows the chosen columns: age, milestone, difficulty, follow-up due', () => {
    renderTable({
      rowCount: 1,
      rowAt: () => summary(1, { age: 80, milestoneAge: 80, hasDifficulty: true, nextFollowUp: '2026-01-01', phone: '13800138000' }),
      columns: ['name', 'age', 'phone', 'difficulty', 'followUp'],
      today: '2026-06-01',
    });
    const row = screen.getByTestId('cadre-row');
    const cells = [...row.children].map((c) => c.textContent);
    expect(cells).toEqual(['测试180寿', '80', '13800138000', '困难', '2026-01-01']);
    expect(row.querySelector('.is-overdue')?.textContent).toBe('2026-01-01');
    expect(row.style.gridTemplateColumns).toBe(gridTemplate(['name', 'age', 'phone', 'difficulty', 'followUp'], false));
  });

  it('sorts by a header: ascending, descending, then back to the default', () => {
    const onSort = vi.fn();
    const { rerender } = renderTable({ onSort });
    fireEvent.click(screen.getByTestId('sort-age'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'age', dir: 'asc' });
    rerender(
      <LedgerTable rowCount={1} rowAt={() => summary(1)} columns={DEFAULT_COLUMNS} height={440} revealed={{}} onOpen={() => {}} onReveal={() => {}} onHide={() => {}} sort={{ key: 'age', dir: 'asc' }} onSort={onSort} />,
    );
    expect(screen.getByTestId('sort-age').dataset.sort).toBe('asc');
    expect(screen.getByTestId('sort-age').parentElement!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByTestId('sort-age'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'age', dir: 'desc' });
    // the gender column does not sort
    expect(screen.queryByTestId('sort-gender')).toBeNull();
  });

  it('ticks cadres for bulk actions', () => {
    const onToggle = vi.fn();
    renderTable({ selected: new Set([summary(2).id]), onToggle });
    const boxes = screen.getAllByTestId('select-cadre') as HTMLInputElement[];
    expect(boxes[2]!.checked).toBe(true);
    fireEvent.click(boxes[3]!);
    expect(onToggle).toHaveBeenCalledWith(summary(3).id, true);
  });
});

describe('SelectionBar', () => {
  it('deletes the selection only after confirming', () => {
    const onDelete = vi.fn();
    const onSelectAll = vi.fn();
    renderZh(<SelectionBar count={3} total={120} onSelectAll={onSelectAll} onClear={() => {}} onDelete={onDelete} />);
    fireEvent.click(screen.getByTestId('select-all'));
    expect(onSelectAll).toHaveBeenCalled();
    expect(screen.getByTestId('select-all').textContent).toBe('全选（120 人）');
    fireEvent.click(screen.getByTestId('bulk-delete'));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('确定删除所选的 3 人');
    fireEvent.click(screen.getByTestId('bulk-delete-cancel'));
    fireEvent.click(screen.getByTestId('bulk-delete'));
    fireEvent.click(screen.getByTestId('bulk-delete-confirm'));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});

describe('columns', () => {
  it('keeps a saved choice of known columns, the name first', () => {
    expect(columnsFrom(['age', 'bogus', 'name', 'age'])).toEqual(['name', 'age']);
    expect(columnsFrom('junk')).toEqual([...DEFAULT_COLUMNS]);
  });

  it('are chosen in the picker, in the list’s order', () => {
    const onChange = vi.fn();
    renderZh(<ColumnPicker columns={['name', 'category']} onChange={onChange} />);
    fireEvent.click(screen.getByTestId('column-age'));
    expect(onChange).toHaveBeenCalledWith(['name', 'age', 'category']);
    expect((screen.getByTestId('column-name') as HTMLInputElement).disabled).toBe(true);
  });
});
