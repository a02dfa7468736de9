// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { formNumberIn, isSuccessText } from '../../../core/guard/result-text';
import type { GuardCheckAnswer } from '../../../messaging/requests/guard';
import { watchFrameLoads } from '../../../page/guard/frame-loads';
import { formNumberOf, watchOutcome, type SubmitOutcome } from '../../../page/guard/outcome';
import { createSubmitGuard } from '../../../page/guard/submit-guard';

/**
 * A submit is recorded only when the OA accepted it: the frame reports that it left for its
 * result page or that the page showed a success (with the 单据编号 it gives); a page whose own
 * validation refuses reports nothing. An armed frame reports its frames loading later.
 */

const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('result texts', () => {
  it.each([
    ['提交成功，单据编号：GJQ-2026-0001', true, 'GJQ-2026-0001'],
    ['提交成功 单据编号: WWSP-2026-0012 提交时间：2026-11-29', true, 'WWSP-2026-0012'],
    ['流程已提交至下一节点：处室负责人审批。', true, undefined],
    ['送审成功，流水号 20261129-0007。', true, '20261129-0007'],
    ['请填写姓名', false, undefined],
    ['提交失败：慰问金额不能为空', false, undefined],
    ['以下必填项未填写：慰问日期', false, undefined],
    ['该单据已提交，请勿重复提交', false, undefined],
    ['', false, undefined],
    ['保存', false, undefined],
  ])('%s', (text, success, number) => {
    expect(isSuccessText(text)).toBe(success);
    expect(formNumberIn(text)).toBe(number);
  });

  it('reads no number from a form whose 单据编号 field is still empty', () => {
    expect(formNumberIn('单据编号： 姓名： 身份证号：')).toBeUndefined();
  });
});

describe('watching a submit’s outcome', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reports a success the page writes, with its form number, once', async () => {
    document.body.innerHTML = '<p id="tip"></p><p id="result"></p>';
    const seen: SubmitOutcome[] = [];
    watchOutcome(document, window, (o) => seen.push(o));
    document.getElementById('tip')!.textContent = '';
    document.getElementById('result')!.textContent = '提交成功，单据编号：GJQ-2026-0003';
    await settle();
    document.getElementById('result')!.textContent = '提交成功，单据编号：GJQ-2026-0004';
    await settle();
    expect(seen).toEqual([{ kind: 'shown', formNumber: 'GJQ-2026-0003' }]);
  });

  it('reports nothing when the page refuses, and stops after its time', async () => {
    document.body.innerHTML = '<p id="tip"></p>';
    const seen: SubmitOutcome[] = [];
    watchOutcome(document, window, (o) => seen.push(o), 20);
    document.getElementById('tip')!.textContent = '请填写姓名';
    await settle(40);
    document.getElementById('tip')!.textContent = '提交成功';
    await settle();
    expect(seen).toEqual([]);
  });

  it('reports that the frame left for another page', () => {
    document.body.innerHTML = '<p></p>';
    const seen: SubmitOutcome[] = [];
    const stop = watchOutcome(document, window, (o) => seen.push(o));
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    stop();
    expect(seen).toEqual([{ kind: 'left' }]);
  });

  it('reads the number a result page shows', () => {
    document.body.innerHTML = '<div id="result"><h1>提交成功</h1><p>单据编号：<span id="formNumber">WWSP-2026-0001</span></p></div>';
    expect(formNumberOf(document)).toBe('WWSP-2026-0001');
  });
});

describe('frames loading later', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('calls once for loads close together, for frames only', async () => {
    // a <frame> stands in for an iframe: happy-dom would try to load an iframe
    document.body.innerHTML = '<img id="i">';
    document.body.append(Object.assign(document.createElement('frame'), { id: 'a' }));
    let calls = 0;
    const stop = watchFrameLoads(document, () => calls++, 5);
    document.getElementById('i')!.dispatchEvent(new Event('load'));
    await settle(15);
    expect(calls).toBe(0);
    document.getElementById('a')!.dispatchEvent(new Event('load'));
    document.getElementById('a')!.dispatchEvent(new Event('load'));
    await settle(15);
    expect(calls).toBe(1);
    stop();
    document.getElementById('a')!.dispatchEvent(new Event('load'));
    await settle(15);
    expect(calls).toBe(1);
  });
});

const FORM = `
<form id="frm"><table>
<tr><td>姓名：</td><td><input name="xm" id="xm" value="欧阳测试"></td></tr>
<tr><td>慰问类型：</td><td><select name="wwlx"><option value="">请选择</option><option selected>住院看望</option></select></td></tr>
<tr><td>慰问金额：</td><td><input name="wwje" value="500"></td></tr>
</table><button type="button" id="go">提交</button></form><p id="tip"></p><p id="result"></p>`;

describe('the guard reports what the OA did', () => {
  const guards: ReturnType<typeof createSubmitGuard>[] = [];
  afterEach(() => {
    for (const g of guards.splice(0)) g.disarm();
    document.body.innerHTML = '';
  });

  /** A page whose own handler refuses while `refuse` is set, else shows its answer. */
  function setup(answer: Partial<GuardCheckAnswer>, refuse: { on: boolean }) {
    document.body.innerHTML = FORM;
    document.getElementById('go')!.addEventListener('click', () => {
      if (refuse.on) document.getElementById('tip')!.textContent = '请填写慰问事由';
      else setTimeout(() => (document.getElementById('result')!.textContent = '提交成功，单据编号：GJQ-2026-0009'), 1);
    });
    const sent: { type: string; payload: Record<string, unknown> }[] = [];
    const guard = createSubmitGuard({
      doc: document,
      win: window,
      send: async (type, payload) => {
        sent.push({ type, payload: payload as Record<string, unknown> });
        return type === 'guard.check' ? { verdict: 'pass', severityMax: 'none', findings: [], cadreFound: true, recorded: false, ...answer } : { ok: true };
      },
      showHere: () => true,
      isTrusted: () => true,
    });
    guards.push(guard);
    guard.handlers['frame.guard.arm']({ tabId: 7, frameId: 2, siteMaps: [] });
    const click = () => document.getElementById('go')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    return { guard, sent, click };
  }

  it('a passed submit the page accepts reports its outcome with the page’s form number', async () => {
    const s = setup({ pendingId: 'p1' }, { on: false });
    s.click();
    await settle(20);
    const outcome = s.sent.filter((m) => m.type === 'guard.outcome');
    expect(outcome).toHaveLength(1);
    expect(outcome[0]!.payload).toMatchObject({ tabId: 7, pendingId: 'p1', outcome: 'shown', formNumber: 'GJQ-2026-0009' });
    expect(outcome[0]!.payload.docId).toMatch(/^d/);
  });

  it('a passed submit the page refuses reports nothing', async () => {
    const s = setup({ pendingId: 'p2' }, { on: true });
    s.click();
    await settle(20);
    expect(document.getElementById('tip')!.textContent).toBe('请填写慰问事由');
    expect(s.sent.map((m) => m.type)).toEqual(['guard.check']);
  });

  it('a released submit reports under the id the background gave', async () => {
    const s = setup({ verdict: 'confirm', severityMax: 'warn', sessionId: 's1' }, { on: false });
    s.click();
    await settle();
    expect(document.getElementById('result')!.textContent).toBe('');
    expect(await s.guard.handlers['frame.guard.release']({ sessionId: 's1', pendingId: 'p3' })).toEqual({ replayed: true });
    await settle(20);
    expect(s.sent.filter((m) => m.type === 'guard.outcome').map((m) => m.payload.pendingId)).toEqual(['p3']);
  });

  it('answers what its page shows, and reports frames that load later', async () => {
    const s = setup({}, { on: false });
    document.body.append(Object.assign(document.createElement('frame'), { id: 'later' }));
    const first = await s.guard.handlers['frame.guard.result']({});
    expect(first).toMatchObject({ ready: true });
    expect(first.formNumber).toBeUndefined();
    document.getElementById('result')!.textContent = '提交成功，单据编号：GJQ-2026-0010';
    expect((await s.guard.handlers['frame.guard.result']({})).formNumber).toBe('GJQ-2026-0010');
    document.getElementById('later')!.dispatchEvent(new Event('load'));
    await settle(150);
    expect(s.sent.filter((m) => m.type === 'guard.frameLoaded').map((m) => m.payload)).toEqual([{ tabId: 7 }]);
  });
});
