import type { Box } from './position';
import type { RelayPort } from './focus-watch';
import { HOST_PORT, isBox } from './relay-protocol';

/**
 * The panel's frame, connected to the background for as long as the panel is open: the open
 * port is what keeps the other frames watching focus (see relay-protocol.ts), and the way the
 * background sends back the box of a field focused in another frame.
 */

export interface HostLinkEnv {
  win: Window;
  /** `runtime.connect({ name })`; throws once the extension is gone */
  connect(name: string): RelayPort;
  /** moves the panel away from a box in this window's viewport */
  avoid(box: Box): void;
}

/** Frames that load after the panel opened are asked to watch when focus next leaves this window; not more often than this. */
const REWATCH_MS = 2000;
/** A background that keeps dropping the port (a broken extension) is not reconnected forever. */
const MAX_RECONNECTS = 5;

/** Connects; the returned function disconnects (call it when the panel closes). */
export function linkPanelHost(env: HostLinkEnv): () => void {
  let port: RelayPort | null = null;
  let closed = false;
  let reconnects = 0;
  let lastRewatch = 0;

  const connect = () => {
    try {
      const p = env.connect(HOST_PORT);
      port = p;
      p.onMessage.addListener((m) => {
        const cmd = m as { kind?: unknown; box?: unknown } | null;
        if (cmd?.kind === 'avoid' && isBox(cmd.box)) env.avoid(cmd.box);
      });
      // the service worker stopped (it does after a while idle): connect again, which restarts it
      p.onDisconnect.addListener(() => {
        if (port === p) port = null;
        if (!closed && reconnects++ < MAX_RECONNECTS) connect();
      });
    } catch {
      port = null; // the extension was reloaded or removed
    }
  };
  const onBlur = () => {
    const now = Date.now();
    if (!port || now - lastRewatch < REWATCH_MS) return;
    lastRewatch = now;
    port.postMessage({ kind: 'rewatch' });
  };

  connect();
  lastRewatch = Date.now(); // connecting starts the watch
  env.win.addEventListener('blur', onBlur);
  return () => {
    closed = true;
    env.win.removeEventListener('blur', onBlur);
    try {
      port?.disconnect();
    } catch {
      // already closed
    }
    port = null;
  };
}
