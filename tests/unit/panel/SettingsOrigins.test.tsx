// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '../../../components/SettingsPanel';
import { renderZh } from '../components/render';

/** The OA addresses block of the settings: list, add (from the click), remove, failures in Chinese. */

afterEach(cleanup);

const base = { counts: { cadres: 0, followUps: 0, visits: 0 }, wipe: { kind: 'idle' as const }, onWipe: () => {} };

describe('OA origins in the settings', () => {
  it('lists the origins and reports add and remove to the view', () => {
    const onAddOrigin = vi.fn();
    const onRemoveOrigin = vi.fn();
    renderZh(<SettingsPanel {...base} origins={{ kind: 'ready', origins: ['http://10.1.2.3:8080'] }} onAddOrigin={onAddOrigin} onRemoveOrigin={onRemoveOrigin} />);
    const row = screen.getByTestId('oa-origin');
    expect(row.dataset.origin).toBe('http://10.1.2.3:8080');
    fireEvent.click(screen.getByTestId('oa-origin-remove'));
    expect(onRemoveOrigin).toHaveBeenCalledWith('http://10.1.2.3:8080');
    const add = screen.getByTestId('oa-origin-add') as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.input(screen.getByTestId('oa-origin-input'), { target: { value: '  http://10.9.9.9  ' } });
    fireEvent.click(add);
    expect(onAddOrigin).toHaveBeenCalledWith('http://10.9.9.9');
  });

  it('says when there are none, and why an add failed', () => {
    renderZh(<SettingsPanel {...base} origins={{ kind: 'ready', origins: [] }} originStatus={{ kind: 'failed', messageKey: 'settings_oa_denied' }} onAddOrigin={() => {}} onRemoveOrigin={() => {}} />);
    expect(screen.getByTestId('oa-origins').textContent).toContain('尚未添加 OA 地址');
    const status = screen.getByTestId('oa-origin-status');
    expect(status.dataset.state).toBe('failed');
    expect(status.textContent).toContain('未授予访问权限');
  });

  it('is absent when the view gives no origins (older callers)', () => {
    renderZh(<SettingsPanel {...base} />);
    expect(screen.queryByTestId('oa-origins')).toBeNull();
  });
});
