import type { GuardDecideAnswer, GuardPanelState, GuardResponses } from '../../messaging/requests/guard';

/** What the panel's guard view asks of the background. */
export interface GuardApi {
  /** 检查: the tab's form checked now, without submitting */
  run(): Promise<GuardResponses['guard.run']>;
  decide(sessionId: string, action: 'confirm' | 'override' | 'back', reason?: string): Promise<GuardDecideAnswer>;
  focus(frameId: number, key: string): Promise<boolean>;
  /** the tab's held submit, if any */
  session(): Promise<GuardPanelState | null>;
}

type SendRequest = (type: string, payload: unknown) => Promise<unknown>;

async function call<T>(send: SendRequest, type: string, payload: unknown): Promise<T> {
  const res = await send(type, payload);
  if (!res || typeof res !== 'object' || 'error' in res) {
    const key = res && typeof res === 'object' ? String((res as { key?: unknown }).key ?? 'err_request_failed') : 'err_request_failed';
    return { ok: false, key } as T;
  }
  return res as T;
}

/** The guard API of a tab over any request sender (the panel's native runtime, tests' fakes). */
export function guardApiFor(send: SendRequest, tabId: number): GuardApi {
  return {
    run: () => call(send, 'guard.run', { tabId }),
    decide: (sessionId, action, reason) => call(send, 'guard.decide', { tabId, sessionId, action, ...(reason !== undefined ? { reason } : {}) }),
    focus: async (frameId, key) => (await call<{ focused?: boolean }>(send, 'guard.focus', { tabId, frameId, key })).focused === true,
    session: async () => (await call<{ state?: GuardPanelState | null }>(send, 'guard.session', { tabId })).state ?? null,
  };
}
