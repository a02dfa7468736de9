// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { ADAPTER_EVENT } from '../../../page/adapter/protocol';
import { adapterCallsFor, setThroughAdapter } from '../../../page/adapter/route';
import { installWfFormAdapter } from '../../../page/adapter/wfform-main';

/** Which planned steps go through WfForm, and what it is given. */

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as unknown as { WfForm?: unknown }).WfForm;
});

function page(): Element[] {
  document.body.innerHTML = `<input id="field8011" name="field8011"><select name="field8020"><option value="">请选择</option><option value="2">退休</option></select><input type="radio" name="field8030" value="1"><input name="xm"><textarea id="field8051"></textarea>`;
  return [
    document.querySelector('#field8011')!,
    document.querySelector('select')!,
    document.querySelector('input[type="radio"]')!,
    document.querySelector('input[name="xm"]')!,
    document.querySelector('#field8051')!,
  ];
}

describe('routing steps to the WfForm adapter', () => {
  test('field-marked controls with one string value; the select gives its option value', () => {
    const els = page();
    const steps = [
      { index: 0, value: { kind: 'text', text: '欧阳测试' } },
      { index: 1, value: { kind: 'option', optionIndex: 1, optionText: '退休' } },
      { index: 2, value: { kind: 'option', optionIndex: 0, optionText: '是' } },
      { index: 3, value: { kind: 'text', text: '不是字段标识' } },
      { index: 4, value: { kind: 'text', text: '甲\n乙' } },
    ] as const;
    const { calls, indexes } = adapterCallsFor(steps, (i) => [els[i]!]);
    expect(calls).toEqual([
      { fieldId: 'field8011', value: '欧阳测试' },
      { fieldId: 'field8020', value: '2' },
      { fieldId: 'field8051', value: '甲\n乙' },
    ]);
    expect(indexes).toEqual([0, 1, 4]);
  });

  test('the steps WfForm took are known; without an installed adapter none are', () => {
    const els = page();
    const steps = [{ index: 0, value: { kind: 'text', text: '欧阳测试' } }] as const;
    expect(setThroughAdapter(document, 'c'.repeat(32), steps, (i) => [els[i]!])).toEqual(new Set());
    const seen: string[] = [];
    (window as unknown as { WfForm: unknown }).WfForm = { changeFieldValue: (id: string) => seen.push(id) };
    installWfFormAdapter('c'.repeat(32), ADAPTER_EVENT, 10_000);
    expect(setThroughAdapter(document, 'c'.repeat(32), steps, (i) => [els[i]!])).toEqual(new Set([0]));
    expect(seen).toEqual(['field8011']);
  });
});
