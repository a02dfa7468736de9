// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tZh } from '../components/render';
import { idleFillApi } from './idle-fill-api';
import { startFocusWatch } from '../../../page/panel/focus-watch';
import { frameContentOrigin, measureOnPath } from '../../../page/panel/frame-measure';
import { linkPanelHost } from '../../../page/panel/host-link';
import { mountPanel, panelIsOpen } from '../../../page/panel/mount';
import { FOCUS_PORT, HOST_PORT } from '../../../page/panel/relay-protocol';
import { fakePort, type FakePort } from './fake-port';

/** A frame's focus watch and the panel's link to the background, in the test document. */

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.querySelectorAll('carefill-panel').forEach((e) => e.remove());
});

/** A `<frame>` with a window of its own (happy-dom loads no frame pages; a `<frame>` does not try). */
function frameWithWindow(child: object = { name: 'child' }): HTMLIFrameElement {
  const frame = document.createElement('frame') as unknown as HTMLIFrameElement;
  Object.defineProperty(frame, 'contentWindow', { value: child });
  document.body.append(frame);
  return frame;
}

interface FakeWin {
  parent: FakeWin;
  frames: FakeWin[];
  document?: Document;
  getComputedStyle?: typeof window.getComputedStyle;
  addEventListener?: typeof window.addEventListener;
  removeEventListener?: typeof window.removeEventListener;
}

/**
 * top > [sibling, portal > [form]]: windows as a frame sees them across origins (parent and
 * frames only); the portal's document is the test document.
 */
function frameTree() {
  const top = { frames: [] } as unknown as FakeWin;
  top.parent = top;
  const sibling: FakeWin = { parent: top, frames: [] };
  const portal: FakeWin = {
    parent: top,
    frames: [],
    document,
    getComputedStyle: window.getComputedStyle.bind(window),
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
  };
  const form: FakeWin = { parent: portal, frames: [] };
  top.frames.push(sibling, portal);
  portal.frames.push(form);
  return { top, sibling, portal, form, asWindow: (w: FakeWin) => w as unknown as Window };
}

function input(rect: { left: number; top: number; width: number; height: number }): HTMLInputElement {
  const el = document.createElement('input');
  el.getBoundingClientRect = () => ({ ...rect, x: rect.left, y: rect.top, right: rect.left + rect.width, bottom: rect.top + rect.height, toJSON: () => rect }) as DOMRect;
  document.body.append(el);
  return el;
}

describe('measureOnPath', () => {
  it('finds the frame path by window identity, and measures the child frame on the way to a field', () => {
    const t = frameTree();
    expect(measureOnPath([], t.asWindow(t.form))).toEqual({ path: [1, 0], origin: null });
    expect(measureOnPath([9], t.asWindow(t.top))).toEqual({ path: [], origin: null });
    const frame = frameWithWindow(t.form);
    frame.style.padding = '4px 6px';
    frame.getBoundingClientRect = () => ({ left: 100, top: 50, width: 400, height: 300 }) as DOMRect;
    const measured = measureOnPath([1, 0], t.asWindow(t.portal));
    expect(measured).toEqual({ path: [1], origin: { left: 106 + frame.clientLeft, top: 54 + frame.clientTop } });
    expect(measured?.origin).toEqual(frameContentOrigin(frame, window));
    expect(measureOnPath([0, 0], t.asWindow(t.portal)), 'the field is in the sibling').toEqual({ path: [1], origin: null });
    expect(measureOnPath([1], t.asWindow(t.portal)), 'the field is in the portal itself').toEqual({ path: [1], origin: null });
  });

  it('gives up on a window its parent does not list (a frame in a shadow root)', () => {
    const t = frameTree();
    t.portal.frames.length = 0;
    expect(measureOnPath([], t.asWindow(t.form))).toBeNull();
  });

  it('is self-contained: it can be serialised and run on its own (scripting.executeScript({ func }))', () => {
    const rebuilt = new Function(`return (${measureOnPath.toString()})`)() as typeof measureOnPath;
    const t = frameTree();
    expect(rebuilt([], t.asWindow(t.form))).toEqual({ path: [1, 0], origin: null });
    expect(rebuilt([5])).toEqual({ path: [], origin: null });
  });
});

describe('startFocusWatch', () => {
  function watch(win: Window, showsPanel = false) {
    let port: FakePort | undefined;
    const w = startFocusWatch({ doc: document, win, connect: (name) => (port = fakePort(name)), showsPanel: () => showsPanel });
    return { watch: w, port: port! };
  }

  it('reports a focused field with its frame path on its port, and posts nothing to the page', () => {
    const t = frameTree();
    const field = input({ left: 20, top: 300, width: 180, height: 22 });
    const posted = vi.fn();
    window.addEventListener('message', posted);
    const { watch: w, port } = watch(t.asWindow(t.portal));
    expect(port.name).toBe(FOCUS_PORT);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(port.posted).toEqual([{ kind: 'focus', box: { left: 20, top: 300, width: 180, height: 22 }, path: [1] }]);
    w.stop();
    window.removeEventListener('message', posted);
    expect(posted).not.toHaveBeenCalled();
  });

  it('stays silent in the panel’s own frame, in the top frame, on frame elements, and once stopped', () => {
    const t = frameTree();
    const field = input({ left: 0, top: 0, width: 10, height: 10 });
    const own = watch(t.asWindow(t.portal), true);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(own.port.posted).toEqual([]);
    own.watch.stop();

    const top = watch(window); // happy-dom's window is a top window: a field there cannot be under a panel of another frame
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(top.port.posted).toEqual([]);
    top.watch.stop();

    const { watch: w, port } = watch(t.asWindow(t.portal));
    frameWithWindow().dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(port.posted, 'focus moving into a frame is reported by that frame').toEqual([]);
    w.stop();
    expect(port.disconnect).toHaveBeenCalled();
    expect(w.active()).toBe(false);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(port.posted).toEqual([]);
  });

  it('stops by itself when the background closes the port', () => {
    const t = frameTree();
    const field = input({ left: 0, top: 0, width: 10, height: 10 });
    const { watch: w, port } = watch(t.asWindow(t.portal));
    port.drop();
    expect(w.active()).toBe(false);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(port.posted).toEqual([]);
  });
});

describe('linkPanelHost', () => {
  function link() {
    const ports: FakePort[] = [];
    const avoid = vi.fn();
    const unlink = linkPanelHost({ win: window, connect: (name) => ports[ports.push(fakePort(name)) - 1]!, avoid });
    return { ports, avoid, unlink };
  }

  it('moves the panel where the background says, and only for a well-formed box', () => {
    const { ports, avoid, unlink } = link();
    expect(ports.map((p) => p.name)).toEqual([HOST_PORT]);
    ports[0]!.deliver({ kind: 'avoid', box: { left: 900, top: 500, width: 100, height: 20 } });
    ports[0]!.deliver({ kind: 'avoid', box: { left: 'x' } });
    ports[0]!.deliver({ kind: 'other' });
    expect(avoid).toHaveBeenCalledTimes(1);
    expect(avoid).toHaveBeenCalledWith({ left: 900, top: 500, width: 100, height: 20 });
    unlink();
  });

  it('reconnects when the background restarts, and disconnects for good when the panel closes', () => {
    const { ports, unlink } = link();
    ports[0]!.drop();
    expect(ports).toHaveLength(2);
    unlink();
    expect(ports[1]!.disconnect).toHaveBeenCalled();
    ports[1]!.drop();
    expect(ports, 'closed: no reconnect').toHaveLength(2);
  });

  it('gives up when the extension is gone', () => {
    let calls = 0;
    const unlink = linkPanelHost({
      win: window,
      connect: () => {
        calls++;
        throw new Error('Extension context invalidated');
      },
      avoid: vi.fn(),
    });
    expect(calls).toBe(1);
    expect(() => unlink()).not.toThrow();
  });

  it('asks for frames that loaded since when focus leaves the window, not on every blur', () => {
    vi.useFakeTimers();
    try {
      const { ports, unlink } = link();
      window.dispatchEvent(new Event('blur'));
      expect(ports[0]!.posted, 'the watch has just started').toEqual([]);
      vi.advanceTimersByTime(2500);
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('blur'));
      expect(ports[0]!.posted).toEqual([{ kind: 'rewatch' }]);
      unlink();
      vi.advanceTimersByTime(2500);
      window.dispatchEvent(new Event('blur'));
      expect(ports[0]!.posted).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('mountPanel link', () => {
  const api = idleFillApi;

  it('links the panel to the background once while it is open, and unlinks on close', () => {
    const unlink = vi.fn();
    const link = vi.fn(() => unlink);
    expect(panelIsOpen()).toBe(false);
    const panel = mountPanel({ doc: document, win: window, api, t: tZh, link });
    mountPanel({ doc: document, win: window, api, t: tZh, link });
    expect(link).toHaveBeenCalledTimes(1);
    expect(link).toHaveBeenCalledWith(panel);
    expect(panelIsOpen()).toBe(true);
    panel.close();
    expect(unlink).toHaveBeenCalledTimes(1);
    expect(panelIsOpen()).toBe(false);
  });
});
