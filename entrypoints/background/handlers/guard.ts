import { overrideReason } from '../../../core/guard/verdict';
import type { GuardFinding, GuardPanelState } from '../../../messaging/requests/guard';
import type { Finding } from '../../../core/rules/finding';
import { armTab } from '../guard/arm';
import { checkForm, recordSubmit } from '../guard/check-service';
import { browserGuardTabApi, GUARD_FRAME_TIMEOUT_MS, showInPanel, type GuardTabApi } from '../guard/frames';
import { PendingSubmits } from '../guard/pending';
import { resultFormNumber } from '../guard/result-page';
import { HeldSubmits, heldState } from '../guard/sessions';
import type { VisitCandidate } from '../../../core/guard/candidate';
import type { Handler, HandlerContext } from './context';

/**
 * The submit guard's requests (issue 7). A frame that holds an OA submit sends the values of the
 * assigned fields (`guard.check`); a clean form is recorded and let through at once, a form with
 * findings is held and shown in the panel, where the person confirms, overrides with a reason
 * (audit log) or goes back (`guard.decide`). A submit let through is recorded when the OA
 * accepted it (`guard.outcome`), with the form number of its result page.
 */

const held = new HeldSubmits();
const pending = new PendingSubmits();
let tabApi: GuardTabApi = browserGuardTabApi;

/** Tests replace the tab access. */
export function setGuardTabApi(api: GuardTabApi): void {
  tabApi = api;
}

const inFrame = (findings: readonly Finding[], frameId: number): GuardFinding[] => findings.map((f) => ({ ...f, frameId }));

/** `guard.check`: a held submit's values; pass → recorded and let through, else held for the person. */
export const guardCheckHandler: Handler<'guard.check'> = async (p, { repos }) => {
  const checked = await checkForm(repos, { values: p.values, url: p.url, formSignature: p.formSignature });
  const findings = inFrame(checked.findings, p.frameId);
  const base = { verdict: checked.verdict, severityMax: checked.severityMax, findings, cadreFound: checked.cadre !== undefined };
  if (checked.verdict === 'pass') {
    // recorded when the frame reports that the OA accepted it
    const waiting = checked.candidate ? pending.add({ tabId: p.tabId, frameId: p.frameId, candidate: checked.candidate }) : undefined;
    return { ...base, recorded: false, ...(waiting ? { pendingId: waiting.id } : {}) };
  }
  const entry = held.hold({
    tabId: p.tabId,
    frameId: p.frameId,
    url: p.url,
    formSignature: p.formSignature,
    values: p.values,
    ...(checked.cadre ? { cadreId: checked.cadre.id } : {}),
    candidate: checked.candidate,
    findings,
    severityMax: checked.severityMax,
    verdict: checked.verdict,
    at: Date.now(),
  });
  // the frame keeps holding; the panel opens meanwhile (a frame that hosts the panel shows it itself)
  if (!p.panelHere) void showInPanel(tabApi, p.tabId, heldState(entry)).catch(() => false);
  return { ...base, sessionId: entry.id, recorded: false };
};

/** The values of a form as audit detail: `v:<key>` → text. */
function valuesDetail(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`v:${k}`.slice(0, 60), v.slice(0, 2000)]));
}

/** `guard.decide`: confirm (warnings), override with a reason (block), or back to the form. */
export const guardDecideHandler: Handler<'guard.decide'> = async (p, { repos }) => {
  const entry = held.get(p.tabId, p.sessionId);
  if (!entry) return { ok: false, key: 'guard_err_expired' };
  if (p.action === 'back') {
    held.drop(p.tabId, entry.id);
    await tabApi.send(p.tabId, entry.frameId, 'frame.guard.cancel', { sessionId: entry.id }, GUARD_FRAME_TIMEOUT_MS);
    return { ok: true, recorded: false };
  }
  if (p.action === 'confirm' && entry.verdict === 'block') return { ok: false, key: 'guard_err_reason_needed' };
  if (p.action === 'override') {
    const reason = overrideReason(p.reason ?? '');
    if (reason === null) return { ok: false, key: 'guard_err_reason_needed' };
    await repos.audit.append({
      kind: 'override',
      ...(entry.cadreId ? { cadreId: entry.cadreId } : {}),
      reason,
      detail: {
        rules: [...new Set(entry.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].join(',').slice(0, 2000),
        severity: entry.severityMax,
        url: entry.url.slice(0, 2000),
        formSignature: entry.formSignature,
        ...valuesDetail(entry.values),
      },
    });
  }
  held.drop(p.tabId, entry.id);
  const waiting = entry.candidate ? pending.add({ tabId: p.tabId, frameId: entry.frameId, candidate: entry.candidate }) : undefined;
  const released = await tabApi.send(p.tabId, entry.frameId, 'frame.guard.release', { sessionId: entry.id, ...(waiting ? { pendingId: waiting.id } : {}) }, GUARD_FRAME_TIMEOUT_MS);
  if (!released?.replayed) {
    if (waiting) pending.drop(waiting.id);
    return { ok: false, key: 'guard_err_replay' };
  }
  // recorded when the frame reports that the OA accepted it (guard.outcome)
  return { ok: true, recorded: false };
};

/** The OA's own number wins over one the form showed before the submit (usually none). */
function withFormNumber(candidate: VisitCandidate, formNumber: string | undefined): VisitCandidate {
  return formNumber ? { ...candidate, oaFormNumber: formNumber.slice(0, 60) } : candidate;
}

/**
 * `guard.outcome`: the OA accepted a submit the guard let through: the frame showed a success,
 * or it left for a result page (whose form number is read). Recorded once.
 */
export const guardOutcomeHandler: Handler<'guard.outcome'> = async (p, { repos }) => {
  const entry = pending.take(p.tabId, p.pendingId);
  if (!entry) return { recorded: false };
  const formNumber = p.outcome === 'shown' ? p.formNumber : await resultFormNumber(tabApi, entry.tabId, entry.frameId, p.docId).catch(() => undefined);
  return { recorded: await recordSubmit(repos, withFormNumber(entry.candidate, formNumber)) };
};

/** `guard.frameLoaded`: a frame of an armed tab loaded a page: the tab's frames are armed again. */
export const guardFrameLoadedHandler: Handler<'guard.frameLoaded'> = async ({ tabId }, { repos }) => ({
  armed: (await armTab(tabId, tabApi, repos).catch(() => [])).length,
});

/** `guard.run` (检查): reads the tab's form through the assignment and checks it, submitting nothing. */
export const guardRunHandler: Handler<'guard.run'> = async ({ tabId }, ctx: HandlerContext) => {
  let frameIds: number[];
  try {
    frameIds = await armTab(tabId, tabApi, ctx.repos);
  } catch {
    return { ok: false, key: 'fill_err_no_access' };
  }
  const reads = await Promise.all(frameIds.map(async (frameId) => ({ frameId, read: await tabApi.send(tabId, frameId, 'frame.guard.read', {}, GUARD_FRAME_TIMEOUT_MS) })));
  // the frame with the most assigned fields holds the form
  const best = reads.filter((r) => r.read).sort((a, b) => Object.keys(b.read!.values).length - Object.keys(a.read!.values).length)[0];
  if (!best?.read || Object.keys(best.read.values).length === 0) return { ok: false, key: 'fill_err_no_fields' };
  const checked = await checkForm(ctx.repos, { values: best.read.values, url: best.read.url, formSignature: best.read.formSignature });
  const state: GuardPanelState = {
    kind: 'checked',
    findings: inFrame(checked.findings, best.frameId),
    severityMax: checked.severityMax,
    verdict: checked.verdict,
    cadreFound: checked.cadre !== undefined,
  };
  return { ok: true, state };
};

/** `guard.session`: the tab's held submit, for a panel opened after the hold. */
export const guardSessionHandler: Handler<'guard.session'> = async ({ tabId }) => {
  const entry = held.get(tabId);
  return { state: entry ? heldState(entry) : null };
};

/** `guard.focus`: the finding's field, scrolled to, focused and outlined in its frame. */
export const guardFocusHandler: Handler<'guard.focus'> = async ({ tabId, frameId, key }) => ({
  focused: (await tabApi.send(tabId, frameId, 'frame.guard.focus', { key }, GUARD_FRAME_TIMEOUT_MS))?.focused === true,
});

/** `guard.failed`: a frame let a submit through because the guard failed; the panel says so. */
export const guardFailedHandler: Handler<'guard.failed'> = async ({ tabId, key }) => ({
  shown: await showInPanel(tabApi, tabId, { kind: 'failed', key: key.startsWith('guard_') ? key : 'guard_failed' }).catch(() => false),
});

/** `guard.overrides`: the latest overrides (reason, rules, values), newest first. */
export const guardOverridesHandler: Handler<'guard.overrides'> = async ({ limit }, { repos }) => ({
  events: (await repos.db.audit.where('kind').equals('override').reverse().sortBy('at')).slice(0, limit),
});

/** `fill.start`, then the guard armed in the tab just filled (the engine is there already). */
export function armAfterFill(fill: Handler<'fill.start'>): Handler<'fill.start'> {
  return async (p, ctx) => {
    const report = await fill(p, ctx);
    if (report.ok) await armTab(p.tabId, tabApi, ctx.repos).catch(() => []);
    return report;
  };
}
