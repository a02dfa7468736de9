import type { GuardPanelState } from '../../messaging/requests/guard';

/**
 * The guard state the in-page panel shows, in this frame's memory: set when the background shows
 * a held submit (or a failure) here, read by GuardView.
 */

type Listener = (state: GuardPanelState | null) => void;

export class GuardPanelStore {
  private state: GuardPanelState | null = null;
  private readonly listeners = new Set<Listener>();

  get(): GuardPanelState | null {
    return this.state;
  }

  set(state: GuardPanelState | null): void {
    this.state = state;
    for (const l of this.listeners) l(state);
  }

  /** Calls `l` on every change; returns the unsubscribe. */
  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

/** The frame's one store (the panel is mounted once per frame). */
export const guardPanelStore = new GuardPanelStore();
