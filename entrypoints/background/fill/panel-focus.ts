import { browser } from 'wxt/browser';
import { measureOnPath, type FrameMeasure } from '../../../page/panel/frame-measure';
import { boxInTopViewport, type Box, type FrameOrigin } from '../../../page/panel/position';
import { FOCUS_PORT, FOCUS_WATCH, HOST_PORT, isFramePath, parseFocusReport, type FocusReport, type HostCommand } from '../../../page/panel/relay-protocol';
import { ENGINE_FILE } from './tab-api';

/**
 * The background's part in keeping the in-page panel off a field focused in another frame (see
 * page/panel/relay-protocol.ts): while a panel's frame holds its port open, every frame of the
 * tab watches focus; on a report, the frames measure themselves and the field's box is moved
 * into the panel's viewport.
 */

/** One frame's answer to `measureOnPath`, as scripting.executeScript gives it. */
export interface MeasuredFrame {
  frameId: number;
  result?: unknown;
}

function isMeasure(v: unknown): v is FrameMeasure {
  if (!v || typeof v !== 'object') return false;
  const m = v as { path?: unknown; origin?: unknown };
  const o = m.origin as { left?: unknown; top?: unknown } | null | undefined;
  return isFramePath(m.path) && (o === null || (!!o && Number.isFinite(o.left) && Number.isFinite(o.top)));
}

const samePath = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The field's box in the panel frame's viewport: its box in its own frame, moved by the origin of
 * each frame between the panel's frame and the field's. Null when the field is not inside the
 * panel's frame (a sibling frame of a frameset: nothing can be covered) or a frame on the way did
 * not answer.
 */
export function boxInPanelFrame(report: FocusReport, panelFrameId: number, measured: readonly MeasuredFrame[]): Box | null {
  const frames = measured.flatMap((m) => (isMeasure(m.result) ? [{ frameId: m.frameId, ...m.result }] : []));
  const panel = frames.find((f) => f.frameId === panelFrameId);
  if (!panel || panel.path.length >= report.path.length || !samePath(panel.path, report.path.slice(0, panel.path.length))) return null;
  const origins: FrameOrigin[] = [];
  for (let depth = panel.path.length; depth < report.path.length; depth++) {
    const ancestor = frames.find((f) => samePath(f.path, report.path.slice(0, depth)));
    if (!ancestor?.origin) return null;
    origins.push(ancestor.origin);
  }
  return boxInTopViewport(report.box, origins);
}

/** The parts of runtime.Port the relay uses. */
export interface RelayHostPort {
  name: string;
  sender?: { id?: string; tab?: { id?: number }; frameId?: number; url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export interface FocusRelayDeps {
  ownId: string;
  /** starts (injecting the engine first) or stops the focus watch in every frame of a tab */
  watchAll(tabId: number, on: boolean): Promise<void>;
  /** runs `measureOnPath(path)` in every frame of a tab */
  measureAll(tabId: number, path: number[]): Promise<MeasuredFrame[]>;
  now?: () => number;
}

interface TabPanel {
  frameId: number;
  port: RelayHostPort;
  lastWatch: number;
  /** a measure is running; the latest report waits for it (focus moves faster than frames answer) */
  busy: boolean;
  next?: FocusReport;
}

const REWATCH_MS = 2000;

/** Accepts the ports of one background; `accept` is given every `runtime.onConnect` port. */
export function createFocusRelay(deps: FocusRelayDeps): { accept(port: RelayHostPort): void } {
  const now = deps.now ?? Date.now;
  const panels = new Map<number, TabPanel>();
  const watch = (tabId: number, on: boolean) => void deps.watchAll(tabId, on).catch(() => undefined);

  const acceptHost = (port: RelayHostPort, tabId: number, frameId: number) => {
    const panel: TabPanel = { frameId, port, lastWatch: now(), busy: false };
    panels.set(tabId, panel);
    watch(tabId, true);
    port.onMessage.addListener((m) => {
      if ((m as { kind?: unknown } | null)?.kind !== 'rewatch' || now() - panel.lastWatch < REWATCH_MS) return;
      panel.lastWatch = now();
      watch(tabId, true);
    });
    port.onDisconnect.addListener(() => {
      if (panels.get(tabId)?.port !== port) return;
      panels.delete(tabId);
      watch(tabId, false);
    });
  };
  const place = async (tabId: number, panel: TabPanel, report: FocusReport) => {
    panel.busy = true;
    try {
      const measured = await deps.measureAll(tabId, report.path).catch(() => []);
      const box = panels.get(tabId) === panel ? boxInPanelFrame(report, panel.frameId, measured) : null;
      if (box) panel.port.postMessage({ kind: 'avoid', box } satisfies HostCommand);
    } finally {
      panel.busy = false;
    }
    const next = panel.next;
    panel.next = undefined;
    if (next && panels.get(tabId) === panel) await place(tabId, panel, next);
  };
  const acceptFocus = (port: RelayHostPort, tabId: number) => {
    port.onMessage.addListener((m) => {
      const report = parseFocusReport(m);
      const panel = panels.get(tabId);
      if (!report || !panel) return;
      if (panel.busy) panel.next = report;
      else void place(tabId, panel, report);
    });
  };

  return {
    accept(port) {
      const s = port.sender;
      const tabId = s?.tab?.id;
      const frameId = s?.frameId;
      // our content scripts only: in a tab, on a web page (not another extension, not our pages)
      const ours = s?.id === deps.ownId && typeof tabId === 'number' && typeof frameId === 'number' && /^(https?|about):/.test(s.url ?? '');
      if (port.name !== HOST_PORT && port.name !== FOCUS_PORT) return;
      if (!ours) return port.disconnect();
      if (port.name === HOST_PORT) acceptHost(port, tabId, frameId);
      else acceptFocus(port, tabId);
    },
  };
}

/** Starts or stops the watch in every frame; the engine is injected first (frames that loaded since). */
async function watchAllFrames(tabId: number, on: boolean): Promise<void> {
  // a frame the engine cannot go into (no permission, gone) must not keep the others from watching
  if (on) await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [ENGINE_FILE] }).catch(() => undefined);
  // no frameId: the message goes to every frame of the tab
  await browser.tabs.sendMessage(tabId, { type: FOCUS_WATCH, payload: { on } }).catch(() => undefined);
}

/** Every frame measures itself on the way to the field (no engine needed: the function goes in alone). */
async function measureAllFrames(tabId: number, path: number[]): Promise<MeasuredFrame[]> {
  return browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: measureOnPath, args: [path] });
}

/** Registers the relay (at the worker's start, synchronously). */
export function startPanelFocusRelay(): void {
  const relay = createFocusRelay({ ownId: browser.runtime.id, watchAll: watchAllFrames, measureAll: measureAllFrames });
  try {
    browser.runtime.onConnect.addListener((port) => relay.accept(port as unknown as RelayHostPort));
  } catch (e) {
    // without ports the panel still keeps off fields of its own frame; the rest of the background works
    console.warn(`[CareFill] the panel's focus relay is not available: ${e instanceof Error ? e.message : typeof e}`);
  }
}
