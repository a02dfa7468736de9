import type { VisitCandidate } from '../../../core/guard/candidate';
import type { GuardVerdict } from '../../../core/guard/verdict';
import type { Severity } from '../../../core/rules/finding';
import type { GuardFinding, GuardPanelState } from '../../../messaging/requests/guard';

/**
 * Held submits, one per tab: what the frame sent, what the check found and what the submit
 * records if it goes through. Kept in the worker's memory only; if the worker stops meanwhile,
 * the decision answers `guard_err_expired` and the person presses 提交 again (nothing is lost
 * and nothing went through).
 */
export interface HeldSubmit {
  id: string;
  tabId: number;
  frameId: number;
  url: string;
  formSignature: string;
  values: Record<string, string>;
  cadreId?: string;
  candidate: VisitCandidate | null;
  findings: GuardFinding[];
  severityMax: Severity | 'none';
  verdict: GuardVerdict;
  at: number;
}

export class HeldSubmits {
  private readonly byTab = new Map<number, HeldSubmit>();
  private seq = 0;

  /** Holds a submit (a newer one of the same tab replaces the older). */
  hold(entry: Omit<HeldSubmit, 'id'>): HeldSubmit {
    const held = { ...entry, id: `g${Date.now().toString(36)}-${++this.seq}` };
    this.byTab.set(entry.tabId, held);
    return held;
  }

  get(tabId: number, id?: string): HeldSubmit | undefined {
    const held = this.byTab.get(tabId);
    return held && (id === undefined || held.id === id) ? held : undefined;
  }

  drop(tabId: number, id: string): void {
    if (this.byTab.get(tabId)?.id === id) this.byTab.delete(tabId);
  }
}

/** The panel's view of a held submit. */
export function heldState(held: HeldSubmit): GuardPanelState {
  return { kind: 'held', sessionId: held.id, findings: held.findings, severityMax: held.severityMax, verdict: held.verdict, cadreFound: held.cadreId !== undefined };
}
