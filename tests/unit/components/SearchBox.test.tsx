// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../../components/SearchBox';
import { renderZh } from './render';

describe('SearchBox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('calls back with the trimmed query once typing pauses', () => {
    const onSearch = vi.fn();
    renderZh(<SearchBox testId="cadre-search" label="搜索" placeholder="姓名" onSearch={onSearch} />);
    const input = screen.getByTestId('cadre-search');
    fireEvent.input(input, { target: { value: ' 张 ' } });
    vi.advanceTimersByTime(99);
    expect(onSearch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSearch).toHaveBeenCalledOnce();
    expect(onSearch).toHaveBeenCalledWith('张');
  });

  it('sends one search for a burst of keystrokes, with the last value', () => {
    const onSearch = vi.fn();
    renderZh(<SearchBox testId="ledger-search" label="搜索" placeholder="姓名" onSearch={onSearch} />);
    const input = screen.getByTestId('ledger-search');
    for (const value of ['z', 'zh', 'zha', 'zhan', 'zhang']) {
      fireEvent.input(input, { target: { value } });
      vi.advanceTimersByTime(50);
    }
    expect(onSearch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onSearch.mock.calls).toEqual([['zhang']]);
  });

  it('reports clearing the box as an empty query', () => {
    const onSearch = vi.fn();
    renderZh(<SearchBox testId="cadre-search" label="搜索" placeholder="姓名" onSearch={onSearch} debounceMs={10} />);
    const input = screen.getByTestId('cadre-search');
    fireEvent.input(input, { target: { value: 'li' } });
    vi.advanceTimersByTime(10);
    fireEvent.input(input, { target: { value: '' } });
    vi.advanceTimersByTime(10);
    expect(onSearch.mock.calls).toEqual([['li'], ['']]);
  });
});
