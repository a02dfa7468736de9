// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { callPageAdapter, fieldMarkOf } from '../../../page/adapter/bridge';
import { ADAPTER_EVENT } from '../../../page/adapter/protocol';
import { installWfFormAdapter } from '../../../page/adapter/wfform-main';

/**
 * The page-world adapter and its content-script bridge in one document (the test DOM has one
 * world; the browser's worlds share the document and its events the same way). A fake
 * `window.WfForm` records every call, as the fixture page /legacy/wfform does.
 */

interface Call {
  fieldId: string;
  valueInfo: unknown;
}

let calls: Call[];
const NONCE = '0123456789abcdef0123456789abcdef';

beforeEach(() => {
  calls = [];
  (window as unknown as { WfForm?: unknown }).WfForm = {
    changeFieldValue: (fieldId: string, valueInfo: unknown) => calls.push({ fieldId, valueInfo }),
  };
});

afterEach(() => {
  delete (window as unknown as { WfForm?: unknown }).WfForm;
});

describe('page-world WfForm adapter', () => {
  test('the values of the request with the nonce are set, with nothing but the value', () => {
    expect(installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000)).toBe(true);
    const answer = callPageAdapter(document, NONCE, [
      { fieldId: 'field8011', value: '欧阳测试' },
      { fieldId: 'field8051_0', value: '第一行\n第二行' },
    ]);
    expect(answer).toEqual([true, true]);
    expect(calls).toEqual([
      { fieldId: 'field8011', valueInfo: { value: '欧阳测试' } },
      { fieldId: 'field8051_0', valueInfo: { value: '第一行\n第二行' } },
    ]);
  });

  test('a request without the nonce is ignored, and the adapter still waits for the real one', () => {
    installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000);
    expect(callPageAdapter(document, 'f'.repeat(32), [{ fieldId: 'field1', value: 'x' }])).toBeNull();
    document.dispatchEvent(new CustomEvent(ADAPTER_EVENT, { detail: { nonce: NONCE, calls: [{ fieldId: 'field1', value: 'obj' }] } }));
    document.dispatchEvent(new CustomEvent(ADAPTER_EVENT, { detail: 'not json' }));
    expect(calls).toEqual([]);
    expect(callPageAdapter(document, NONCE, [{ fieldId: 'field2', value: 'y' }])).toEqual([true]);
    expect(calls.map((c) => c.fieldId)).toEqual(['field2']);
  });

  test('one request per fill: a replay with the same nonce does nothing', () => {
    installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000);
    expect(callPageAdapter(document, NONCE, [{ fieldId: 'field3', value: 'a' }])).toEqual([true]);
    expect(callPageAdapter(document, NONCE, [{ fieldId: 'field3', value: 'b' }])).toBeNull();
    expect(calls).toHaveLength(1);
  });

  test('only e-cology field marks are passed on: the bridge sends nothing else, the adapter calls nothing else', () => {
    installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000);
    expect(callPageAdapter(document, NONCE, [{ fieldId: 'submit', value: 'x' }])).toBeNull();
    // a forged request that reaches the adapter with the nonce still cannot name other things
    let answer = '';
    document.addEventListener(`${ADAPTER_EVENT}-done`, (e) => (answer = (e as CustomEvent<string>).detail), { once: true });
    document.dispatchEvent(new CustomEvent(ADAPTER_EVENT, { detail: JSON.stringify({ nonce: NONCE, calls: [{ fieldId: 'doSubmit', value: '1' }, { fieldId: 'field5', value: 5 }, { fieldId: 'field6', value: 'ok' }] }) }));
    expect(JSON.parse(answer)).toEqual({ nonce: NONCE, results: [false, false, true] });
    expect(calls).toEqual([{ fieldId: 'field6', valueInfo: { value: 'ok' } }]);
  });

  test('a page without WfForm gets no listener', () => {
    delete (window as unknown as { WfForm?: unknown }).WfForm;
    expect(installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000)).toBe(false);
    expect(callPageAdapter(document, NONCE, [{ fieldId: 'field1', value: 'x' }])).toBeNull();
  });

  test('a failing changeFieldValue is answered false for that field only', () => {
    (window as unknown as { WfForm: unknown }).WfForm = {
      changeFieldValue: (fieldId: string) => {
        if (fieldId === 'field9') throw new Error('readonly field');
        calls.push({ fieldId, valueInfo: null });
      },
    };
    installWfFormAdapter(NONCE, ADAPTER_EVENT, 10_000);
    expect(callPageAdapter(document, NONCE, [{ fieldId: 'field9', value: 'x' }, { fieldId: 'field10', value: 'y' }])).toEqual([false, true]);
  });

  test('field marks come from the name or id of a control', () => {
    document.body.innerHTML = '<input name="field8011"><input id="field8012_3"><input name="xm">';
    expect(Array.from(document.querySelectorAll('input'), fieldMarkOf)).toEqual(['field8011', 'field8012_3', null]);
  });
});
