// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TeachPicked } from '../../../messaging/requests/site-maps';
import type { TeachApi } from '../../../page/teach/api';
import { createTeachHandlers } from '../../../page/teach/frame-handlers';
import { TeachView } from '../../../page/panel/TeachView';
import { renderZh } from '../components/render';

/** The teaching click in a frame (capture, Esc, stop) and the panel's teaching view. */

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.style.cursor = '';
});

function page(): { input: HTMLInputElement; button: HTMLButtonElement; pageClicks: () => number } {
  document.body.innerHTML = `
    <form><table><tr><td>登记栏甲：</td><td><input id="f1" name="f1" type="text"></td></tr></table>
    <button type="button" id="go">提交</button><p id="beside">说明文字</p></form>`;
  let clicks = 0;
  document.getElementById('go')!.addEventListener('click', () => clicks++);
  document.getElementById('f1')!.addEventListener('mousedown', () => clicks++);
  return { input: document.getElementById('f1') as HTMLInputElement, button: document.getElementById('go') as HTMLButtonElement, pageClicks: () => clicks };
}

const click = (el: Element) => {
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true }));
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
};

describe('the teaching click in a frame', () => {
  it('takes the click on a field before the page sees it, outlines the field until stopped', async () => {
    const { input, button, pageClicks } = page();
    const h = createTeachHandlers({ doc: document, win: window });
    const answer = h['frame.teach']({});
    expect(document.documentElement.style.cursor).toBe('crosshair');
    click(document.getElementById('beside')!); // beside every field: swallowed, still waiting
    click(button); // the page's button is not pressed while teaching
    click(input);
    expect(await answer).toEqual({ picked: true, selector: expect.stringContaining('f1') });
    expect(pageClicks()).toBe(0);
    expect(input.style.outline).not.toBe('');
    expect(document.documentElement.style.cursor).toBe('');
    expect(h['frame.teachStop']({})).toEqual({ stopped: true });
    expect(input.style.outline).toBe('');
    click(button);
    expect(pageClicks(), 'the page has its clicks back').toBe(1);
  });

  it('Esc cancels; a stop answers "stopped"; a second pick ends the first', async () => {
    page();
    const h = createTeachHandlers({ doc: document, win: window });
    const first = h['frame.teach']({});
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await first).toEqual({ picked: false, reason: 'cancelled' });
    const second = h['frame.teach']({});
    const third = h['frame.teach']({});
    expect(await second).toEqual({ picked: false, reason: 'stopped' });
    h['frame.teachStop']({});
    expect(await third).toEqual({ picked: false, reason: 'stopped' });
    expect(document.documentElement.style.cursor).toBe('');
  });

  it('gives up after the wait it was given', async () => {
    page();
    vi.useFakeTimers();
    try {
      const answer = createTeachHandlers({ doc: document, win: window })['frame.teach']({ timeoutMs: 50 });
      vi.advanceTimersByTime(60);
      expect(await answer).toEqual({ picked: false, reason: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });
});

const picked: TeachPicked = {
  ok: true,
  origin: 'http://127.0.0.1:8765',
  formSignature: 'fs1-abc-3',
  role: 'visit',
  control: { selector: '#f1', altSelectors: [], label: '登记栏甲', framePath: '' },
  labelShown: '登记栏甲',
  currentKey: '',
};

describe('the panel teaching view', () => {
  it('waits for the click, shows the label, saves the chosen meaning', async () => {
    const save = vi.fn<TeachApi['save']>(async () => ({ ok: true, fields: 1 }));
    const api: TeachApi = { pick: async () => picked, cancel: vi.fn(async () => {}), save, changes: async () => ({ changes: [] }), acceptCorrection: vi.fn() };
    const view = renderZh(<TeachView api={api} />);
    fireEvent.click(view.getByTestId('teach-start'));
    await waitFor(() => expect(view.getByTestId('teach-label').textContent).toContain('登记栏甲'));
    expect((view.getByTestId('teach-save') as HTMLButtonElement).disabled, 'nothing chosen yet').toBe(true);
    const select = view.getByTestId('teach-key-select') as HTMLSelectElement;
    expect(Array.from(select.options).some((o) => o.value === 'visit.participants' && o.textContent?.includes('慰问人员'))).toBe(true);
    expect(select.options[1]?.textContent).toBe('忽略此字段');
    fireEvent.change(select, { target: { value: 'visit.participants' } });
    fireEvent.click(view.getByTestId('teach-save'));
    await waitFor(() => expect(view.getByTestId('teach-status').getAttribute('data-state')).toBe('saved'));
    expect(save).toHaveBeenCalledWith(picked, 'visit.participants');
  });

  it('a cancelled pick goes back to the start; cancel after a pick tells the background', async () => {
    let answer: (v: Awaited<ReturnType<TeachApi['pick']>>) => void = () => {};
    const cancel = vi.fn(async () => {});
    const api: TeachApi = { pick: () => new Promise((r) => (answer = r)), cancel, save: vi.fn(), changes: async () => ({ changes: [] }), acceptCorrection: vi.fn() };
    const view = renderZh(<TeachView api={api} />);
    fireEvent.click(view.getByTestId('teach-start'));
    await waitFor(() => expect(view.getByTestId('teach').getAttribute('data-state')).toBe('picking'));
    answer({ ok: false, key: 'teach_err_cancelled' });
    await waitFor(() => expect(view.getByTestId('teach').getAttribute('data-state')).toBe('idle'));

    fireEvent.click(view.getByTestId('teach-start'));
    answer(picked);
    await waitFor(() => expect(view.getByTestId('teach').getAttribute('data-state')).toBe('picked'));
    fireEvent.click(view.getByTestId('teach-cancel'));
    expect(view.getByTestId('teach').getAttribute('data-state')).toBe('idle');
    expect(cancel).toHaveBeenCalled();
  });
});
