// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuardFinding, GuardPanelState } from '../../../messaging/requests/guard';
import type { GuardApi } from '../../../page/guard/guard-api';
import { GuardPanelStore } from '../../../page/guard/panel-store';
import { GuardView } from '../../../page/panel/GuardView';
import { renderZh } from '../components/render';

/** The guard's view in the panel over a fake API: the automation contract's test ids and the decisions. */

afterEach(cleanup);

const finding = (over: Partial<GuardFinding>): GuardFinding => ({ ruleId: 'per-visit-cap', severity: 'block', message: '超过单次标准 1,000.00 元', fields: ['visit.amount'], frameId: 2, ...over });
const held = (over: Partial<Extract<GuardPanelState, { kind: 'held' }>> = {}): GuardPanelState => ({
  kind: 'held',
  sessionId: 's1',
  findings: [finding({}), finding({ ruleId: 'approval-level', severity: 'info', fields: [], message: '需分管领导审批' })],
  severityMax: 'block',
  verdict: 'block',
  cadreFound: true,
  ...over,
});

function fakeApi(): GuardApi & { decide: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn>; run: ReturnType<typeof vi.fn> } {
  return {
    run: vi.fn(async () => ({ ok: true as const, state: { kind: 'checked' as const, findings: [], severityMax: 'none' as const, verdict: 'pass' as const, cadreFound: true } })),
    decide: vi.fn(async () => ({ ok: true as const, recorded: true })),
    focus: vi.fn(async () => true),
    session: vi.fn(async () => null),
  };
}

describe('GuardView', () => {
  it('shows a held submit’s findings with their rule, severity and field', async () => {
    const store = new GuardPanelStore();
    renderZh(<GuardView api={fakeApi()} store={store} />);
    store.set(held());
    const list = await screen.findByTestId('guard-findings');
    expect(list.getAttribute('data-severity-max')).toBe('block');
    expect(list.getAttribute('data-mode')).toBe('held');
    const rows = screen.getAllByTestId('guard-finding');
    expect(rows.map((r) => [r.getAttribute('data-rule'), r.getAttribute('data-severity'), r.getAttribute('data-key')])).toEqual([
      ['per-visit-cap', 'block', 'visit.amount'],
      ['approval-level', 'info', ''],
    ]);
    expect(screen.queryByTestId('guard-confirm')).toBeNull();
  });

  it('overrides only with a written reason, which it sends', async () => {
    const api = fakeApi();
    const store = new GuardPanelStore();
    store.set(held());
    renderZh(<GuardView api={api} store={store} />);
    const override = (await screen.findByTestId('guard-override')) as HTMLButtonElement;
    expect(override.disabled).toBe(true);
    fireEvent.input(screen.getByTestId('guard-override-reason'), { target: { value: '经处长同意' } });
    expect(override.disabled).toBe(false);
    fireEvent.click(override);
    await waitFor(() => expect(screen.getByTestId('guard-status').getAttribute('data-state')).toBe('done'));
    expect(api.decide).toHaveBeenCalledWith('s1', 'override', '经处长同意');
    expect(screen.getByTestId('guard-status').getAttribute('data-action')).toBe('override');
  });

  it('confirms warnings, jumps to a finding’s field, and goes back', async () => {
    const api = fakeApi();
    const store = new GuardPanelStore();
    store.set(held({ verdict: 'confirm', severityMax: 'warn', findings: [finding({ severity: 'warn' })] }));
    renderZh(<GuardView api={api} store={store} />);
    expect(screen.queryByTestId('guard-override-reason')).toBeNull();
    fireEvent.click(screen.getByTestId('guard-finding').querySelector('button')!);
    expect(api.focus).toHaveBeenCalledWith(2, 'visit.amount');
    fireEvent.click(screen.getByTestId('guard-confirm'));
    await waitFor(() => expect(api.decide).toHaveBeenCalledWith('s1', 'confirm', undefined));
  });

  it('检查 shows the result of a check without submitting, and a failure says so', async () => {
    const api = fakeApi();
    const store = new GuardPanelStore();
    renderZh(<GuardView api={api} store={store} />);
    fireEvent.click(screen.getByTestId('guard-check-button'));
    const list = await screen.findByTestId('guard-findings');
    expect(list.getAttribute('data-mode')).toBe('checked');
    expect(list.getAttribute('data-count')).toBe('0');
    store.set({ kind: 'failed', key: 'guard_failed_timeout' });
    await waitFor(() => expect(screen.getByTestId('guard-failure').getAttribute('data-key')).toBe('guard_failed_timeout'));
    expect(screen.getByTestId('guard-failure').textContent).toContain('3 秒');
  });
});
