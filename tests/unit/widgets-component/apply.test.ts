// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { applySteps, HOLD_MS, type ApplyStep } from '../../../page/fill/apply';
import { FillSession } from '../../../page/fill/session';
import { componentWidgetOf } from '../../../page/widgets/component';
import type { FieldSnapshot } from '../../../core/fill/types';

/**
 * The component pass of applySteps: library widgets are written one at a time and verified;
 * a radio group whose framework re-renders `checked` a moment later is still verified; a page
 * that puts a value back after it was taken is a mismatch with the reason `reverted`.
 */

function snapshot(kind: FieldSnapshot['kind']): FieldSnapshot {
  return { framePath: '', selector: '', altSelectors: [], kind, inputType: '', visible: true, readonly: false, disabled: false, value: '', options: [], labels: [], name: '', id: '', placeholder: '' };
}

function session(els: Element[][], kinds: FieldSnapshot['kind'][]): FillSession {
  const s = new FillSession();
  s.remember(kinds.map(snapshot), els);
  return s;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('component widgets in applySteps', () => {
  test('library inputs and groups are recognised by their classes; plain controls are not', () => {
    document.body.innerHTML = `
      <div class="el-input"><input id="a"></div>
      <input id="plain">
      <div class="el-radio-group"><input type="radio" name="g" value="1"><input type="radio" name="g" value="2"></div>`;
    expect(componentWidgetOf([document.getElementById('a')!])?.family).toBe('el-input');
    expect(componentWidgetOf([document.getElementById('plain')!])).toBeNull();
    expect(componentWidgetOf(Array.from(document.querySelectorAll('input[name="g"]')))?.family).toBe('el-radio-group');
  });

  test('a value the page resets after it was taken is a mismatch (reverted); the other field stays verified', async () => {
    document.body.innerHTML = `<div class="el-input"><input id="name"></div><div class="el-input"><input id="hospital"></div>`;
    const name = document.getElementById('name') as HTMLInputElement;
    const hospital = document.getElementById('hospital') as HTMLInputElement;
    // the hostile page: puts the field back a moment after anything set it
    name.addEventListener('input', () => setTimeout(() => (name.value = ''), HOLD_MS / 3));
    const steps: ApplyStep[] = [
      { index: 0, selectors: [], value: { kind: 'text', text: '欧阳测试' } },
      { index: 1, selectors: [], value: { kind: 'text', text: '省人民医院' } },
    ];
    const results = await applySteps(steps, { session: session([[name], [hospital]], ['text', 'text']), resolve: () => null });
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['mismatch', 'reverted'],
      ['verified', undefined],
    ]);
    expect(hospital.value).toBe('省人民医院');
  });

  test('a radio group whose framework checks the radio a tick later is verified', async () => {
    document.body.innerHTML = `<div class="ant-radio-group"><input type="radio" name="g" value="M"><input type="radio" name="g" value="F"></div>`;
    const radios = Array.from(document.querySelectorAll('input')) as HTMLInputElement[];
    // like Vue: the click is undone at once and the model's state is rendered a moment later
    radios.forEach((r) =>
      r.addEventListener('click', () => {
        r.checked = false;
        setTimeout(() => (r.checked = true), 20);
      }),
    );
    const results = await applySteps([{ index: 0, selectors: [], value: { kind: 'option', optionIndex: 1, optionText: '女' } }], {
      session: session([radios], ['radio-group']),
      resolve: () => null,
    });
    expect(results[0]).toMatchObject({ status: 'verified' });
    expect(radios[1]!.checked).toBe(true);
  });

  test('a widget that never shows the value within the time allowed is a mismatch (rejected)', async () => {
    document.body.innerHTML = `<div class="el-input"><input id="x"></div>`;
    const x = document.getElementById('x') as HTMLInputElement;
    x.addEventListener('input', () => (x.value = '')); // refuses everything at once
    const results = await applySteps([{ index: 0, selectors: [], value: { kind: 'text', text: '13800138000' } }], {
      session: session([[x]], ['text']),
      resolve: () => null,
      componentTimeoutMs: 50,
    });
    expect(results[0]).toMatchObject({ status: 'mismatch', reason: 'rejected' });
  });

  test('native fields keep the synchronous path and are verified at once', async () => {
    document.body.innerHTML = `<input id="n"><select id="s"><option>甲</option><option>乙</option></select>`;
    const n = document.getElementById('n')!;
    const s = document.getElementById('s')!;
    const results = await applySteps(
      [
        { index: 0, selectors: [], value: { kind: 'text', text: '欧阳测试' } },
        { index: 1, selectors: [], value: { kind: 'option', optionIndex: 1, optionText: '乙' } },
      ],
      { session: session([[n], [s]], ['text', 'select']), resolve: () => null },
    );
    expect(results.map((r) => r.status)).toEqual(['verified', 'verified']);
  });
});
