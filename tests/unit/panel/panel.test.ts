// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tZh } from '../components/render';
import { idleFillApi } from './idle-fill-api';
import { mountLauncher } from '../../../page/panel/launcher';
import { mountPanel } from '../../../page/panel/mount';
import { chooseSide, overlaps, panelBox } from '../../../page/panel/position';

/** The in-page panel and the launcher, mounted into the test document. */

afterEach(() => {
  document.documentElement.querySelectorAll('carefill-panel, carefill-launcher').forEach((e) => e.remove());
  vi.unstubAllGlobals();
});

const api = idleFillApi;

describe('panel position', () => {
  const viewport = { width: 1000, height: 700 };
  const size = { width: 340, height: 400 };
  it('sits in a corner and moves to the other side when it would cover the focused field', () => {
    expect(panelBox('right', viewport, size)).toEqual({ left: 648, top: 288, width: 340, height: 400 });
    const underRight = { left: 700, top: 500, width: 200, height: 24 };
    expect(overlaps(panelBox('right', viewport, size), underRight)).toBe(true);
    expect(chooseSide('right', underRight, viewport, size)).toBe('left');
    expect(chooseSide('right', { left: 20, top: 20, width: 100, height: 20 }, viewport, size)).toBe('right');
    expect(chooseSide('left', null, viewport, size)).toBe('left');
    // a field as wide as the window: the side covering less of it
    expect(chooseSide('right', { left: 0, top: 600, width: 800, height: 30 }, viewport, size)).toBe('right');
  });
});

describe('mountPanel', () => {
  it('is a <carefill-panel> with an open shadow root holding the fill flow, built without HTML', () => {
    const panel = mountPanel({ doc: document, win: window, api, t: tZh });
    const host = document.querySelector('carefill-panel')!;
    expect(host).toBe(panel.host);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(host.shadowRoot!.querySelector('[data-testid="cadre-search"]')).not.toBeNull();
    expect(host.shadowRoot!.textContent).toContain('老干部服务助手');
    expect(mountPanel({ doc: document, win: window, api, t: tZh }), 'opening twice keeps one panel').toBe(panel);
    panel.close();
    expect(document.querySelector('carefill-panel')).toBeNull();
  });

  it("ignores the page's synthetic events: a script cannot type a query or press a button", async () => {
    const searchCadres = vi.fn(api.searchCadres);
    const panel = mountPanel({ doc: document, win: window, api: { ...api, searchCadres }, t: tZh });
    const root = panel.host.shadowRoot!;
    const search = root.querySelector('[data-testid="cadre-search"]') as HTMLInputElement;
    search.value = '王';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    (root.querySelector('[data-testid="panel-close"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 250));
    expect(searchCadres).not.toHaveBeenCalled();
    expect(document.querySelector('carefill-panel'), 'a synthetic click does not close it').not.toBeNull();
    panel.close();
  });

  it('moves away from a field that gets focus under it', () => {
    const panel = mountPanel({ doc: document, win: window, api, t: tZh });
    expect(panel.host.getAttribute('data-side')).toBe('right');
    panel.avoid({ left: window.innerWidth - 100, top: window.innerHeight - 40, width: 80, height: 20 });
    expect(panel.host.getAttribute('data-side')).toBe('left');
    panel.close();
  });
});

describe('mountLauncher', () => {
  it('adds one button that asks the background to open the panel for its tab', async () => {
    const sendMessage = vi.fn(async () => ({ opened: true }));
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    expect(mountLauncher(9, 'button{}', '打开填表面板')).toBe(true);
    expect(mountLauncher(9, 'button{}', '打开填表面板'), 'once per page').toBe(false);
    const button = document.querySelector('carefill-launcher')!.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('打开填表面板');
    button.click();
    expect(sendMessage, "the page's own click() does not open the panel").not.toHaveBeenCalled();
    // a person's click (trusted; the test DOM cannot make one, so the listener is called as the browser would)
    button.dispatchEvent(Object.defineProperty(new MouseEvent('click'), 'isTrusted', { value: true }));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'fill.panel', payload: { tabId: 9 } });
  });

  it('removes itself when the extension that made it is gone', async () => {
    vi.stubGlobal('chrome', { runtime: { sendMessage: () => Promise.reject(new Error('Extension context invalidated')) } });
    mountLauncher(9, '', 'x');
    document.querySelector('carefill-launcher')!.shadowRoot!.querySelector('button')!.dispatchEvent(Object.defineProperty(new MouseEvent('click'), 'isTrusted', { value: true }));
    await vi.waitFor(() => expect(document.querySelector('carefill-launcher')).toBeNull());
  });

  it('is self-contained: it can be serialised and run on its own (scripting.executeScript({ func }))', () => {
    const source = mountLauncher.toString();
    const rebuilt = new Function(`return (${source})`)() as typeof mountLauncher;
    vi.stubGlobal('chrome', { runtime: { sendMessage: vi.fn(async () => undefined) } });
    expect(rebuilt(3, '', 'x')).toBe(true);
  });
});
