import type { VisitCandidate } from '../../../core/guard/candidate';

/**
 * Submits the guard let through, waiting for the OA's answer before they are recorded: the
 * frame reports that it left for a result page or that the page showed a success. A submit the
 * page refused never reports and is forgotten after a while. In the worker's memory only.
 */
export interface PendingSubmit {
  id: string;
  tabId: number;
  frameId: number;
  candidate: VisitCandidate;
  at: number;
}

/** How long a submit waits for its outcome (the frame watches for less). */
export const PENDING_TTL_MS = 2 * 60 * 1000;

export class PendingSubmits {
  private readonly byId = new Map<string, PendingSubmit>();
  private seq = 0;

  /** Waits for the outcome of a submit let through. */
  add(entry: Omit<PendingSubmit, 'id' | 'at'>, now = Date.now()): PendingSubmit {
    this.prune(now);
    const pending = { ...entry, at: now, id: `p${now.toString(36)}-${++this.seq}` };
    this.byId.set(pending.id, pending);
    return pending;
  }

  /** Takes the submit of a tab out (once): undefined when unknown, expired or another tab's. */
  take(tabId: number, id: string, now = Date.now()): PendingSubmit | undefined {
    this.prune(now);
    const pending = this.byId.get(id);
    if (!pending || pending.tabId !== tabId) return undefined;
    this.byId.delete(id);
    return pending;
  }

  drop(id: string): void {
    this.byId.delete(id);
  }

  private prune(now: number): void {
    for (const [id, p] of this.byId) if (now - p.at > PENDING_TTL_MS) this.byId.delete(id);
  }
}
