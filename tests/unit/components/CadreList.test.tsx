// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CADRE_ROW_HEIGHT, CadreList } from '../../../components/CadreList';
import { visibleRange } from '../../../components/VirtualList';
import type { CadreSummary } from '../../../messaging/protocol';
import { renderZh } from './render';

afterEach(cleanup);

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];

/** Synthetic summaries; ids are 8+ URL-safe characters like real record ids. */
function summaries(count: number): CadreSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `cadre${String(i).padStart(6, '0')}`,
    name: `${SURNAMES[i % SURNAMES.length]}测试${i}`,
    gender: i % 2 ? '女' : '男',
    category: i % 3 ? '退休' : '离休',
    originalUnit: '省直机关某厅',
    idMasked: `110101********${String(i % 10_000).padStart(4, '0')}`,
    alive: true,
    updatedAt: 1,
  }));
}

const HEIGHT = 440; // ten rows in view
const rowIds = () => screen.queryAllByTestId('cadre-row').map((r) => r.dataset.cadreId);

function scrollTo(top: number) {
  const viewport = document.querySelector('.virtual-list') as HTMLElement;
  Object.defineProperty(viewport, 'scrollTop', { configurable: true, value: top });
  fireEvent.scroll(viewport);
}

describe('CadreList', () => {
  it('renders only a window of rows for 20,000 cadres', () => {
    const items = summaries(20_000);
    renderZh(<CadreList items={items} height={HEIGHT} revealed={{}} onSelect={() => {}} onReveal={() => {}} onHide={() => {}} />);
    const ids = rowIds();
    expect(ids.length).toBeGreaterThanOrEqual(HEIGHT / CADRE_ROW_HEIGHT);
    expect(ids.length).toBeLessThan(40);
    expect(ids[0]).toBe('cadre000000');
    // The scroll area is as tall as all the rows together, so the scrollbar tells the truth.
    expect((document.querySelector('.virtual-spacer') as HTMLElement).style.height).toBe(`${20_000 * CADRE_ROW_HEIGHT}px`);
  });

  it('shows the rows at the scroll position', () => {
    renderZh(<CadreList items={summaries(20_000)} height={HEIGHT} revealed={{}} onSelect={() => {}} onReveal={() => {}} onHide={() => {}} />);
    scrollTo(15_000 * CADRE_ROW_HEIGHT);
    const ids = rowIds();
    expect(ids).toContain('cadre015000');
    expect(ids).toContain('cadre015009');
    expect(ids).not.toContain('cadre000000');
    expect(ids.length).toBeLessThan(40);
    const row = screen.getAllByTestId('cadre-row').find((r) => r.dataset.cadreId === 'cadre015000')!;
    expect((row.parentElement as HTMLElement).style.top).toBe(`${15_000 * CADRE_ROW_HEIGHT}px`);
  });

  it('masks ID numbers until asked, and reports which cadre to reveal or open', () => {
    const onReveal = vi.fn();
    const onSelect = vi.fn();
    const items = summaries(3);
    const { rerender } = renderZh(
      <CadreList items={items} height={HEIGHT} revealed={{}} onSelect={onSelect} onReveal={onReveal} onHide={() => {}} />,
    );
    const ids = () => screen.getAllByTestId('cadre-id').map((e) => e.textContent);
    expect(ids()).toEqual(['110101********0000', '110101********0001', '110101********0002']);
    fireEvent.click(screen.getAllByTestId('reveal-id')[1]!);
    expect(onReveal).toHaveBeenCalledWith('cadre000001');
    fireEvent.click(screen.getByText('李测试1'));
    expect(onSelect).toHaveBeenCalledWith('cadre000001');

    rerender(<CadreList items={items} height={HEIGHT} revealed={{ cadre000001: '110101194912310035' }} onSelect={onSelect} onReveal={onReveal} onHide={() => {}} />);
    expect(ids()[1]).toBe('110101194912310035');
    expect(screen.getAllByTestId('hide-id')).toHaveLength(1);
    expect(screen.getAllByTestId('reveal-id')[0]!.textContent).toBe('显示');
  });
});

describe('visibleRange', () => {
  it('covers the visible rows plus the overscan, clamped to the list', () => {
    expect(visibleRange(100, 0, 100, 10, 2)).toEqual({ start: 0, end: 12 });
    expect(visibleRange(100, 505, 100, 10, 2)).toEqual({ start: 48, end: 63 });
    expect(visibleRange(100, 10_000, 100, 10, 2)).toEqual({ start: 88, end: 100 });
    expect(visibleRange(0, 0, 100, 10, 2)).toEqual({ start: 0, end: 0 });
  });
});
