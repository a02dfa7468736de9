// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameApplyStep } from '../../../messaging/requests/fill';
import { ADAPTER_EVENT } from '../../../page/adapter/protocol';
import { installWfFormAdapter } from '../../../page/adapter/wfform-main';
import { createEngine } from '../../../page/fill/engine';

/**
 * A fill on an e-cology 9 page whose own form API the person enabled: the engine sends what
 * `WfForm` can set through it (with the fill's nonce), writes the rest through the DOM, reads
 * everything back, and one undo puts all of it back.
 */

const NONCE = 'ab'.repeat(16);

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as unknown as { WfForm?: unknown }).WfForm;
});

/** An e-cology page with a fake WfForm that records its calls and sets the field, as the real one does. */
function ecologyPage(): { calls: string[] } {
  document.body.innerHTML = `
    <table>
      <tr><td>慰问对象姓名</td><td><input id="field8011" name="field8011" value="原值"></td></tr>
      <tr><td>离退休类别</td><td><select id="field8018" name="field8018"><option value="">请选择</option><option value="01">离休</option><option value="02">退休</option></select></td></tr>
      <tr><td>性别</td><td><label><input type="radio" name="field8012" value="1">男</label><label><input type="radio" name="field8012" value="2">女</label></td></tr>
      <tr><td>备注</td><td><input name="remark"></td></tr>
    </table>`;
  const calls: string[] = [];
  (window as unknown as { WfForm: unknown }).WfForm = {
    changeFieldValue(mark: string, info: { value: string }) {
      calls.push(`${mark}=${info.value}`);
      (document.getElementById(mark) as HTMLInputElement).value = info.value;
    },
  };
  return { calls };
}

const steps: FrameApplyStep[] = [
  { index: 0, selectors: [], value: { kind: 'text', text: '欧阳测试' } },
  { index: 1, selectors: [], value: { kind: 'option', optionIndex: 2, optionText: '退休' } },
  { index: 2, selectors: [], value: { kind: 'option', optionIndex: 0, optionText: '男' } },
  { index: 3, selectors: [], value: { kind: 'text', text: '家属代领' } },
];

const state = () => Array.from(document.querySelectorAll('input, select'), (e) => ((e as HTMLInputElement).type === 'radio' ? String((e as HTMLInputElement).checked) : (e as HTMLInputElement).value));

describe('a fill through the page’s own form API', () => {
  it('sends WfForm the field-marked values, writes the rest, verifies all, and undoes all', async () => {
    const { calls } = ecologyPage();
    const { handlers } = createEngine({ doc: document, win: window });
    const names = (await handlers['frame.collect']({ frameId: 0 })).collection.fields.map((f) => f.name);
    expect(names).toEqual(['field8011', 'field8018', 'field8012', 'remark']);
    const before = state();
    expect(installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000)).toBe(true);

    const res = await handlers['frame.apply']({ steps, adapterNonce: NONCE });
    expect(calls).toEqual(['field8011=欧阳测试', 'field8018=02']);
    expect(res.results.map((r) => `${r.index}:${r.status}:${r.shown}`)).toEqual(['0:verified:欧阳测试', '1:verified:退休', '2:verified:1', '3:verified:家属代领']);

    expect((await handlers['frame.undo']({})).restored).toBe(4);
    expect(state()).toEqual(before);
  });

  it('writes everything through the DOM when no adapter answers the nonce', async () => {
    const { calls } = ecologyPage();
    const { handlers } = createEngine({ doc: document, win: window });
    await handlers['frame.collect']({ frameId: 0 });
    installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000);
    const res = await handlers['frame.apply']({ steps, adapterNonce: 'cd'.repeat(16) });
    expect(calls).toEqual([]);
    expect(res.results.every((r) => r.status === 'verified')).toBe(true);
    expect((document.getElementById('field8011') as HTMLInputElement).value).toBe('欧阳测试');
  });

  it('ignores a nonce that is not one CareFill makes', async () => {
    const { calls } = ecologyPage();
    const { handlers } = createEngine({ doc: document, win: window });
    await handlers['frame.collect']({ frameId: 0 });
    installWfFormAdapter('x', ADAPTER_EVENT, 10_000);
    await handlers['frame.apply']({ steps, adapterNonce: 'x' });
    expect(calls).toEqual([]);
  });
});
