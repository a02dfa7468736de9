// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CadreEditor } from '../../../components/CadreEditor';
import { emptyForm } from '../../../components/cadre-form';
import { renderZh } from './render';

/**
 * An edit refused because the cadre changed elsewhere offers 重新载入 (cadre-reload), which loads
 * the cadre as stored, in place of the form's edits, only when clicked.
 */

const stored = { current: { id: 'cadre00042', name: '并发测试', category: '退休', originalUnit: '原单位甲', alive: true, updatedAt: 1, createdAt: 1 } };
const sent: string[] = [];

vi.mock('../../../messaging/client', () => ({
  RequestError: class extends Error {},
  request: vi.fn(async (type: string) => {
    sent.push(type);
    switch (type) {
      case 'cadre.get':
        return { cadre: { ...stored.current } };
      case 'cadre.save':
        return { ok: false, conflict: true, problems: [{ path: '', key: 'err_edit_conflict' }] };
      case 'cadre.list':
        return { items: [], total: 0 };
      case 'followUp.list':
        return { items: [] };
      default:
        return Promise.reject(new Error(`unexpected ${type}`));
    }
  }),
}));

const { LedgerView } = await import('../../../entrypoints/options/LedgerView');

afterEach(cleanup);
beforeEach(() => {
  sent.length = 0;
  location.hash = '#ledger/cadre00042';
});

const unit = () => (screen.getByTestId('field-originalUnit') as HTMLInputElement).value;

describe('the cadre editor after an edit conflict', () => {
  it('offers 重新载入, which loads the record as stored in place of the local edit', async () => {
    renderZh(<LedgerView />);
    await waitFor(() => expect(unit()).toBe('原单位甲'));
    expect(screen.queryByTestId('cadre-reload')).toBeNull();

    fireEvent.input(screen.getByTestId('field-originalUnit'), { target: { value: 'B 改的单位' } });
    // another tab saves meanwhile
    stored.current = { ...stored.current, originalUnit: 'A 改的单位', updatedAt: 2 };
    fireEvent.click(screen.getByTestId('save-cadre'));
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('failed'));
    expect(screen.getByTestId('save-status').textContent).toContain('已在别处修改');
    const reload = screen.getByTestId('cadre-reload');
    expect(reload.textContent).toBe('重新载入');
    // nothing is discarded until the person clicks
    expect(unit()).toBe('B 改的单位');
    const gets = sent.filter((t) => t === 'cadre.get').length;

    fireEvent.click(reload);
    await waitFor(() => expect(unit()).toBe('A 改的单位'));
    expect(sent.filter((t) => t === 'cadre.get').length).toBe(gets + 1);
    expect(screen.getByTestId('save-status').dataset.state).toBe('idle');
    expect(screen.queryByTestId('cadre-reload')).toBeNull();
  });
});

describe('CadreEditor', () => {
  it('shows cadre-reload only when given onReload, and calls it on click', () => {
    const onReload = vi.fn();
    const props = { initial: emptyForm(), isNew: false, problems: [], status: { kind: 'failed' as const, messageKey: 'save_conflict' }, today: '2026-11-29', onSave: () => {} };
    const first = renderZh(<CadreEditor {...props} />);
    expect(screen.queryByTestId('cadre-reload')).toBeNull();
    first.unmount();
    renderZh(<CadreEditor {...props} onReload={onReload} />);
    fireEvent.click(screen.getByTestId('cadre-reload'));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
