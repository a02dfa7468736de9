// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuardCheckAnswer, GuardPanelState } from '../../../messaging/requests/guard';
import { createSubmitGuard } from '../../../page/guard/submit-guard';

/**
 * The frame side of the submit guard over a small classic form: the page's own click handler
 * (which posts) runs only after the check, exactly once; a held submit waits for the panel's
 * decision; CareFill's failure lets the submit through; nothing is held before arming.
 */

const FORM = `
<form id="frm" action="/submit/x" method="post"><table>
<tr><td>姓名：</td><td><input name="xm" id="xm" value="欧阳测试"></td></tr>
<tr><td>慰问类型：</td><td><select name="wwlx"><option value="">请选择</option><option selected>住院看望</option></select></td></tr>
<tr><td>慰问金额：</td><td><input name="wwje" value="1500"></td></tr>
</table>
<button type="button" id="go">提 交</button><button type="button" id="other">保存</button></form>`;

interface Setup {
  posted: string[];
  sent: { type: string; payload: Record<string, unknown> }[];
  shown: GuardPanelState[];
  guard: ReturnType<typeof createSubmitGuard>;
  click(id: string): void;
}

const guards: ReturnType<typeof createSubmitGuard>[] = [];

function setup(answer: (type: string) => Promise<unknown>, extra: Partial<Parameters<typeof createSubmitGuard>[0]> = {}): Setup {
  document.body.innerHTML = FORM;
  const posted: string[] = [];
  // the page's own handler, as jQuery or an inline onclick would post
  document.getElementById('go')!.addEventListener('click', () => posted.push((document.getElementById('xm') as HTMLInputElement).value));
  const sent: Setup['sent'] = [];
  const shown: GuardPanelState[] = [];
  const guard = createSubmitGuard({
    doc: document,
    win: window,
    send: (type, payload) => {
      sent.push({ type, payload: payload as Record<string, unknown> });
      return answer(type);
    },
    showHere: (_tabId, state) => {
      shown.push(state);
      return true;
    },
    isTrusted: () => true,
    ...extra,
  });
  guards.push(guard);
  const click = (id: string) => document.getElementById(id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  return { posted, sent, shown, guard, click };
}

const arm = (s: Setup) => s.guard.handlers['frame.guard.arm']({ tabId: 7, frameId: 2, siteMaps: [] });
const answer = (over: Partial<GuardCheckAnswer>): GuardCheckAnswer => ({ verdict: 'pass', severityMax: 'none', findings: [], cadreFound: true, recorded: true, ...over });
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  // one guard per frame, as the engine is injected once per frame
  for (const g of guards.splice(0)) g.disarm();
  document.body.innerHTML = '';
});

describe('submit guard in a frame', () => {
  it('does nothing before it is armed', () => {
    const s = setup(async () => answer({}));
    s.click('go');
    expect(s.posted).toEqual(['欧阳测试']);
    expect(s.sent).toEqual([]);
  });

  it('checks the assigned values first, then lets a clean submit through exactly once', async () => {
    const s = setup(async () => answer({}));
    arm(s);
    s.click('go');
    expect(s.posted, 'held before the page’s handler').toEqual([]);
    await settle();
    expect(s.posted).toEqual(['欧阳测试']);
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]!.type).toBe('guard.check');
    expect(s.sent[0]!.payload).toMatchObject({ tabId: 7, frameId: 2, values: { 'cadre.name': '欧阳测试', 'visit.type': '住院看望', 'visit.amount': '1500' } });
  });

  it('leaves an expense claim to the claim’s own checks', async () => {
    const s = setup(async () => answer({ verdict: 'block', severityMax: 'block', sessionId: 'x' }));
    document.body.innerHTML = `<h1>费用报销单</h1><table><tr><td>报销人：</td><td><input name="bxr" value="周晓燕"></td></tr>
      <tr><td>报销金额：</td><td><input name="bxje" value="900"></td></tr><tr><td>报销事由：</td><td><input name="sy" value="春节慰问"></td></tr></table>
      <button type="button" id="go">提交</button>`;
    document.getElementById('go')!.addEventListener('click', () => s.posted.push('claim'));
    arm(s);
    s.click('go');
    await settle();
    expect(s.posted).toEqual(['claim']);
    expect(s.sent).toEqual([]);
  });

  it('ignores buttons that are not submit actions', async () => {
    const s = setup(async () => answer({}));
    arm(s);
    s.click('other');
    await settle();
    expect(s.sent).toEqual([]);
  });

  it('holds a blocked submit until the panel releases it, then replays it once', async () => {
    const s = setup(async () => answer({ verdict: 'block', severityMax: 'block', sessionId: 's1' }));
    arm(s);
    s.click('go');
    await settle();
    s.click('go'); // pressed again while held: a new check, still nothing posted
    await settle();
    expect(s.posted).toEqual([]);
    expect(s.guard.handlers['frame.guard.release']({ sessionId: 'other' })).toEqual({ replayed: false });
    expect(s.guard.handlers['frame.guard.release']({ sessionId: 's1' })).toEqual({ replayed: true });
    expect(s.posted).toEqual(['欧阳测试']);
    expect(s.guard.handlers['frame.guard.release']({ sessionId: 's1' })).toEqual({ replayed: false });
    expect(s.posted).toHaveLength(1);
  });

  it('a frame that hosts the panel shows the held submit itself', async () => {
    const findings = [{ ruleId: 'per-visit-cap', severity: 'block' as const, message: '超过', fields: ['visit.amount' as const], frameId: 0 }];
    const s = setup(async () => answer({ verdict: 'block', severityMax: 'block', sessionId: 's3', findings }), { canShowHere: () => true });
    arm(s);
    s.click('go');
    await settle();
    expect(s.sent[0]!.payload.panelHere).toBe(true);
    expect(s.shown).toEqual([{ kind: 'held', sessionId: 's3', findings, severityMax: 'block', verdict: 'block', cadreFound: true }]);
  });

  it('drops a held submit when the person goes back', async () => {
    const s = setup(async () => answer({ verdict: 'confirm', severityMax: 'warn', sessionId: 's2' }));
    arm(s);
    s.click('go');
    await settle();
    expect(s.guard.handlers['frame.guard.cancel']({ sessionId: 's2' })).toEqual({ cancelled: true });
    expect(s.guard.handlers['frame.guard.release']({ sessionId: 's2' })).toEqual({ replayed: false });
    expect(s.posted).toEqual([]);
  });

  it('a second press while the check runs is the same submit', async () => {
    let resolve!: (a: unknown) => void;
    const s = setup(() => new Promise((r) => (resolve = r)));
    arm(s);
    s.click('go');
    s.click('go');
    resolve(answer({}));
    await settle();
    expect(s.sent).toHaveLength(1);
    expect(s.posted).toHaveLength(1);
  });

  it('fails open: no answer within the deadline lets the submit through and reports it', async () => {
    const s = setup(() => new Promise(() => undefined), { timeoutMs: 30 });
    arm(s);
    s.click('go');
    await settle();
    expect(s.posted, 'still held before the deadline').toEqual([]);
    await vi.waitFor(() => expect(s.posted).toEqual(['欧阳测试']));
    expect(s.shown).toEqual([{ kind: 'failed', key: 'guard_failed_timeout' }]);
  });

  it('fails open on an internal error and on a malformed answer', async () => {
    const thrown = setup(() => Promise.reject(new Error('worker gone')));
    arm(thrown);
    thrown.click('go');
    await settle();
    expect(thrown.posted).toHaveLength(1);
    expect(thrown.shown).toEqual([{ kind: 'failed', key: 'guard_failed_internal' }]);

    // a second guard in the same frame (left from an earlier injection) lets the replay pass
    const malformed = setup(async () => ({ error: 'internal', key: 'err_internal' }));
    arm(malformed);
    malformed.click('go');
    await settle();
    await settle();
    expect(malformed.posted).toHaveLength(1);
  });

  it('holds a form submit event and replays it by requestSubmit', async () => {
    const s = setup(async () => answer({}));
    const form = document.getElementById('frm') as HTMLFormElement;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      submits++;
      e.preventDefault();
    });
    const requestSubmit = vi.spyOn(form, 'requestSubmit').mockImplementation(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    arm(s);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(submits).toBe(0);
    await settle();
    expect(requestSubmit).toHaveBeenCalledTimes(1);
    expect(submits).toBe(1);
  });
});
