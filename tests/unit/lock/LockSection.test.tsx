// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockSection, type LockApi } from '../../../components/lock/LockSection';
import { UnlockForm } from '../../../components/lock/UnlockForm';
import { passphraseStrength } from '../../../core/lock/strength';
import type { LockStatus } from '../../../messaging/requests/lock';
import { renderZh } from '../components/render';

afterEach(cleanup);

function fakeApi(initial: LockStatus['state']): LockApi & { calls: string[] } {
  let state = initial;
  const calls: string[] = [];
  const ok = () => Promise.resolve({ ok: true as const, status: { state, idleMinutes: 15 } });
  return {
    calls,
    status: () => Promise.resolve({ state, idleMinutes: 15 }),
    enable: vi.fn((p: string) => (calls.push(`enable:${p}`), (state = 'unlocked'), ok())),
    unlock: vi.fn((p: string) => (p === 'right-pass-1' ? ((state = 'unlocked'), ok()) : Promise.resolve({ ok: false as const, key: 'err_lock_wrong_passphrase' }))),
    lock: vi.fn(() => ((state = 'locked'), ok())),
    disable: vi.fn(() => ((state = 'off'), ok())),
    change: vi.fn(() => ok()),
    idle: vi.fn(() => ok()),
  };
}

const type = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });

describe('LockSection', () => {
  it('turns the Lock on only with two equal, long-enough passphrases, warning about a forgotten one', async () => {
    const api = fakeApi('off');
    renderZh(<LockSection api={api} />);
    await waitFor(() => expect(screen.getByTestId('lock-status').dataset.state).toBe('off'));
    fireEvent.click(screen.getByTestId('lock-enable'));
    expect(screen.getByRole('note').textContent).toContain('忘记口令');
    const submit = screen.getByTestId('lock-enable-submit') as HTMLButtonElement;
    type('lock-passphrase', 'short');
    expect(screen.getByTestId('lock-strength').dataset.strength).toBe('too-short');
    expect(submit.disabled).toBe(true);
    type('lock-passphrase', '老干部处二〇二六年口令');
    type('lock-passphrase2', '老干部处二〇二六年口令X');
    expect(submit.disabled).toBe(true);
    type('lock-passphrase2', '老干部处二〇二六年口令');
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    await waitFor(() => expect(screen.getByTestId('lock-status').dataset.state).toBe('unlocked'));
    expect(api.calls).toEqual(['enable:老干部处二〇二六年口令']);
    fireEvent.click(screen.getByTestId('lock-now'));
    await waitFor(() => expect(screen.getByTestId('lock-status').dataset.state).toBe('locked'));
    expect(screen.getByTestId('unlock-passphrase')).toBeTruthy();
  });

  it('the unlock form shows the refusal and clears on success', async () => {
    const onUnlock = vi.fn(async (p: string) => (p === 'right-pass-1' ? undefined : 'err_lock_wrong_passphrase'));
    renderZh(<UnlockForm onUnlock={onUnlock} />);
    type('unlock-passphrase', 'wrong-pass');
    fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(screen.getByTestId('unlock-error').textContent).toBe('锁定口令不正确。'));
    type('unlock-passphrase', 'right-pass-1');
    fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(screen.queryByTestId('unlock-error')).toBeNull());
    expect((screen.getByTestId('unlock-passphrase') as HTMLInputElement).value).toBe('');
  });
});

describe('passphraseStrength', () => {
  it('grows with length and variety', () => {
    expect(passphraseStrength('1234567')).toBe('too-short');
    expect(passphraseStrength('abcdefgh')).toBe('weak');
    expect(passphraseStrength('abcdefgh12')).toBe('fair');
    expect(passphraseStrength('Abcdefgh-2026-xyz')).toBe('strong');
    expect(passphraseStrength('老干部处二零二六')).toBe('fair');
    expect(passphraseStrength('老干部处二〇二六年口令')).toBe('strong');
  });
});
