import { watchedTexts } from '../../core/guard/submit-texts';
import type { GuardCheckAnswer, GuardFrameMessages, GuardPanelState, GuardSiteMap } from '../../messaging/requests/guard';
import type { ShadowRootOf } from '../fill/resolve';
import { submitActionOf } from './actions';
import { focusField } from './focus';
import { watchFrameLoads } from './frame-loads';
import { formNumberOf, watchOutcome, type SubmitOutcome } from './outcome';
import { readForm, type ReadForm } from './read-form';

/**
 * The submit guard of one frame. Once armed it listens for exactly two events, in the capture
 * phase on the window (before the page's own handlers, jQuery's, Vue's, inline onclick): trusted
 * clicks on the OA's submit buttons and form submit events. It holds the event
 * (preventDefault + stopImmediatePropagation), reads the form through the assignment, asks the
 * background to check it and then replays the original action exactly once: `element.click()`
 * for a click, `form.requestSubmit(submitter)` for a submit event, with the hold lifted for that
 * one event. Fail-open: an internal error or no answer within 3 s lets the submit through and
 * reports the failure. A page that posts by `form.submit()` or fetch/XHR from its own click
 * handler is guarded through that click; a script that submits without any click is not seen
 * (the isolated world cannot wrap the page's `HTMLFormElement.prototype.submit`).
 *
 * A submit let through is recorded by the background only when the OA accepted it: the frame
 * reports its outcome (`guard.outcome`: the frame left for its result page, or the page showed a
 * success); a page whose own validation refuses stays and reports nothing. An armed frame also
 * reports its frames loading pages (`guard.frameLoaded`), so a form loaded later is armed too.
 */

export interface SubmitGuardEnv {
  doc: Document;
  win: Window;
  /** a request to the background (runtime.sendMessage) */
  send(type: string, payload: unknown): Promise<unknown>;
  shadowRootOf?: ShadowRootOf;
  /** shows a guard state in this frame's panel; false when this frame cannot host it */
  showHere(tabId: number, state: GuardPanelState): boolean;
  /** true when this frame hosts the panel (it then shows a held submit without the background) */
  canShowHere?: () => boolean;
  /** test builds only: a fault the page asks for (`timeout`, `throw`), to prove fail-open */
  fault?: () => string | null;
  timeoutMs?: number;
  /** whether an event is the person's own input (tests stand in for the browser's isTrusted) */
  isTrusted?: (e: Event) => boolean;
}

export const GUARD_TIMEOUT_MS = 3000;
/** A random id of this document: its result page after a submit is another document. */
function newDocId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** set on the root element while a held action is replayed */
const REPLAY_MARK = 'data-carefill-replaying';

type Handlers = { [N in keyof GuardFrameMessages]: (payload: GuardFrameMessages[N]['payload']) => GuardFrameMessages[N]['answer'] | Promise<GuardFrameMessages[N]['answer']> };

interface Held {
  sessionId: string;
  replay: () => void;
}

class GuardFailure extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

function isCheckAnswer(a: unknown): a is GuardCheckAnswer {
  const x = a as GuardCheckAnswer;
  return !!x && typeof x === 'object' && (x.verdict === 'pass' || x.verdict === 'confirm' || x.verdict === 'block') && Array.isArray(x.findings);
}

/** The guard of one frame and its `frame.guard.*` handlers. */
export function createSubmitGuard(env: SubmitGuardEnv): { handlers: Handlers; isArmed(): boolean; disarm(): void } {
  const { win, doc } = env;
  let armed: { tabId: number; frameId: number; siteMaps: GuardSiteMap[]; watched: Set<string> } | undefined;
  let checking = false;
  let held: Held | undefined;
  /** set while the original action is replayed: that one event passes */
  let replaying = false;
  let lastRead: ReadForm | undefined;
  const docId = newDocId();
  let stopFrameLoads: (() => void) | undefined;
  let stopOutcome: (() => void) | undefined;

  /** Reports the OA's answer to the submit the background waits for under `pendingId`. */
  const watchSubmit = (pendingId: string | undefined) => {
    stopOutcome?.();
    stopOutcome = undefined;
    const tabId = armed?.tabId;
    if (!pendingId || tabId === undefined) return;
    stopOutcome = watchOutcome(doc, win, (o: SubmitOutcome) => {
      stopOutcome = undefined;
      const formNumber = o.kind === 'shown' ? o.formNumber : undefined;
      void env.send('guard.outcome', { tabId, pendingId, outcome: o.kind, docId, ...(formNumber ? { formNumber } : {}) }).catch(() => undefined);
    });
  };

  const read = (): ReadForm => {
    lastRead = readForm(doc, win, armed?.siteMaps ?? [], env.shadowRootOf);
    return lastRead;
  };

  const replayOnce = (replay: () => void) => {
    replaying = true;
    // a guard left over from an earlier injection (another world) lets the replay pass too
    doc.documentElement?.setAttribute(REPLAY_MARK, '');
    try {
      replay();
    } finally {
      replaying = false;
      doc.documentElement?.removeAttribute(REPLAY_MARK);
    }
  };
  const isReplay = () => replaying || doc.documentElement?.hasAttribute(REPLAY_MARK) === true;

  const reportFailure = (key: string) => {
    if (!armed) return;
    const state: GuardPanelState = { kind: 'failed', key };
    if (!env.showHere(armed.tabId, state)) void env.send('guard.failed', { tabId: armed.tabId, key }).catch(() => undefined);
  };

  const ask = (payload: unknown): Promise<unknown> => {
    const fault = env.fault?.() ?? null;
    if (fault === 'throw') throw new GuardFailure('guard_failed_internal');
    if (fault === 'timeout') return new Promise(() => undefined);
    return env.send('guard.check', payload);
  };

  /** Checks the held action; replays it at once unless the background holds it for the person. */
  const check = async (replay: () => void) => {
    if (!armed) return replayOnce(replay);
    checking = true;
    held = undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const form = read();
      // no field of this frame is assigned (not a form CareFill knows), or an expense claim,
      // which the claim's own checks cover: not the guard's
      if (form.role !== 'visit' || Object.keys(form.values).length === 0) return replayOnce(replay);
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new GuardFailure('guard_failed_timeout')), env.timeoutMs ?? GUARD_TIMEOUT_MS);
      });
      const panelHere = env.canShowHere?.() ?? false;
      const answer = await Promise.race([ask({ tabId: armed.tabId, frameId: armed.frameId, url: form.url, formSignature: form.formSignature, values: form.values, panelHere }), timeout]);
      if (!isCheckAnswer(answer)) throw new GuardFailure('guard_failed_internal');
      if (answer.verdict === 'pass' || !answer.sessionId) {
        // watched before the replay: a form post may leave the page at once
        watchSubmit(answer.pendingId);
        return replayOnce(replay);
      }
      held = { sessionId: answer.sessionId, replay };
      if (panelHere) {
        const { findings, severityMax, verdict, cadreFound } = answer;
        env.showHere(armed.tabId, { kind: 'held', sessionId: answer.sessionId, findings, severityMax, verdict, cadreFound });
      }
    } catch (e) {
      // fail-open: CareFill's failure never blocks the OA's submit
      replayOnce(replay);
      reportFailure(e instanceof GuardFailure ? e.key : 'guard_failed_internal');
    } finally {
      clearTimeout(timer);
      checking = false;
    }
  };

  const hold = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const onClick = (e: MouseEvent) => {
    if (isReplay() || !armed || !(env.isTrusted ?? ((ev: Event) => ev.isTrusted))(e)) return;
    const action = submitActionOf(e, armed.watched);
    if (!action) return;
    hold(e);
    // a second press while the first is being checked is the same submit
    if (checking) return;
    void check(() => (action as HTMLElement).click());
  };

  const onSubmit = (e: Event) => {
    if (isReplay() || !armed) return;
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    hold(e);
    if (checking) return;
    const submitter = (e as SubmitEvent).submitter ?? null;
    void check(() => (submitter ? form.requestSubmit(submitter) : form.requestSubmit()));
  };

  const handlers: Handlers = {
    'frame.guard.arm': (p) => {
      const siteMaps = Array.isArray(p?.siteMaps) ? p.siteMaps : [];
      const extra = siteMaps.flatMap((m) => (Array.isArray(m.submitTexts) ? m.submitTexts : []));
      if (!Number.isInteger(p?.tabId) || !Number.isInteger(p?.frameId)) return { armed: false, url: win.location.href };
      armed = { tabId: p.tabId, frameId: p.frameId, siteMaps, watched: watchedTexts(extra) };
      if (!stopFrameLoads) {
        win.addEventListener('click', onClick, true);
        win.addEventListener('submit', onSubmit, true);
        stopFrameLoads = watchFrameLoads(doc, () => {
          if (armed) void env.send('guard.frameLoaded', { tabId: armed.tabId }).catch(() => undefined);
        });
      }
      doc.documentElement?.setAttribute('data-carefill-guard', 'armed');
      return { armed: true, url: win.location.href };
    },
    'frame.guard.read': () => {
      const form = read();
      return { url: form.url, formSignature: form.formSignature, values: form.values };
    },
    'frame.guard.release': (p) => {
      if (!held || held.sessionId !== p?.sessionId) return { replayed: false };
      const { replay } = held;
      held = undefined;
      watchSubmit(typeof p.pendingId === 'string' ? p.pendingId : undefined);
      replayOnce(replay);
      return { replayed: true };
    },
    'frame.guard.cancel': (p) => {
      if (!held || held.sessionId !== p?.sessionId) return { cancelled: false };
      held = undefined;
      return { cancelled: true };
    },
    'frame.guard.focus': (p) => {
      const el = (lastRead ?? read()).elements.get(String(p?.key ?? ''));
      return { focused: !!el && focusField(el) };
    },
    'frame.guard.show': (p) => ({ opened: Number.isInteger(p?.tabId) && !!p?.state && env.showHere(p.tabId, p.state) }),
    'frame.guard.result': () => {
      const formNumber = formNumberOf(doc);
      return { docId, ready: doc.readyState === 'complete', ...(formNumber ? { formNumber } : {}) };
    },
  };
  const disarm = () => {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('submit', onSubmit, true);
    stopFrameLoads?.();
    stopFrameLoads = undefined;
    stopOutcome?.();
    stopOutcome = undefined;
    armed = undefined;
    held = undefined;
    doc.documentElement?.removeAttribute('data-carefill-guard');
  };
  return { handlers, isArmed: () => armed !== undefined, disarm };
}
