// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { FieldSnapshot, FillValue } from '../../../core/fill/types';
import { applySteps, type ApplyStep } from '../../../page/fill/apply';
import { FillSession } from '../../../page/fill/session';
import { undoLatestFill } from '../../../page/fill/undo';
import type { ComponentWidget, WidgetState } from '../../../page/widgets/component';
import { fakeAntSelect, fakeElDatePicker, fakeElSelect, type FakeWidget } from './fake-widgets';

/**
 * Undo of component-library widgets: what a widget showed before the fill is put back through
 * the widget (the option chosen by its text, the date typed in the picker's format, the clear
 * control pressed when it was empty), in reverse order of writing, one widget at a time; only
 * what reads back as it was counts as restored, and a widget with no way back (no clear control,
 * a radio group that had none checked) is left as it is and not counted.
 */

const TIMEOUT = 1000;

function snapshot(kind: FieldSnapshot['kind']): FieldSnapshot {
  return { framePath: '', selector: '', altSelectors: [], kind, inputType: '', visible: true, readonly: false, disabled: false, value: '', options: [], labels: [], name: '', id: '', placeholder: '' };
}

const text = (t: string): FillValue => ({ kind: 'text', text: t });
const date = (iso: string): FillValue => ({ kind: 'date', iso, text: iso, format: 'yyyy-MM-dd' });

/** Fills the fields (one step each, in order) and returns the session. */
async function fill(fields: { els: Element[]; kind: FieldSnapshot['kind']; value: FillValue }[]): Promise<FillSession> {
  const session = new FillSession();
  session.remember(
    fields.map((f) => snapshot(f.kind)),
    fields.map((f) => f.els),
  );
  const steps: ApplyStep[] = fields.map((f, index) => ({ index, selectors: [], value: f.value }));
  const results = await applySteps(steps, { session, resolve: () => null, componentTimeoutMs: TIMEOUT });
  expect(results.map((r) => r.status)).toEqual(fields.map(() => 'verified'));
  return session;
}

const RANKS = ['省部级', '厅局级', '县处级'];
const GOODS = ['营养品', '水果', '鲜花'];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Element Plus el-select', () => {
  test('a clearable select that was empty is cleared with its clear control', async () => {
    const w = fakeElSelect(document, { options: RANKS, clearable: true });
    const session = await fill([{ els: [w.input], kind: 'select', value: text('县处级') }]);
    expect(w.model()).toEqual(['县处级']);
    expect(await undoLatestFill(session)).toBe(1);
    expect(w.model()).toEqual([]);
    expect(document.querySelector('.el-select__placeholder')?.classList.contains('is-transparent')).toBe(true);
  });

  test('a select that showed an option gets that option back, chosen by its text', async () => {
    const w = fakeElSelect(document, { options: RANKS, initial: ['厅局级'] });
    const session = await fill([{ els: [w.input], kind: 'select', value: text('县处级') }]);
    expect(await undoLatestFill(session)).toBe(1);
    expect(w.model()).toEqual(['厅局级']);
    expect(w.input.getAttribute('aria-expanded')).toBe('false');
  });

  test('a select without a clear control that was empty is not guessed: left as filled, not counted, still CareFill’s', async () => {
    const w = fakeElSelect(document, { options: RANKS, clearable: false });
    const session = await fill([{ els: [w.input], kind: 'select', value: text('县处级') }]);
    const changes = w.changes();
    expect(await undoLatestFill(session)).toBe(0);
    expect(w.model()).toEqual(['县处级']);
    expect(w.changes()).toBe(changes);
    // the field still holds what CareFill wrote, so the next fill may replace it
    expect(session.stillOurs()).toEqual([0]);
  });

  test('a multiple select goes back to exactly the tags it had (none, or some)', async () => {
    const none = fakeElSelect(document, { options: GOODS, multiple: true });
    const some = fakeElSelect(document, { options: GOODS, multiple: true, initial: ['鲜花'] });
    const session = await fill([
      { els: [none.input], kind: 'select', value: text('营养品、水果') },
      { els: [some.input], kind: 'select', value: text('营养品、水果') },
    ]);
    expect(none.model()).toEqual(['营养品', '水果']);
    expect(some.model()).toEqual(['营养品', '水果']);
    expect(await undoLatestFill(session)).toBe(2);
    expect(none.model()).toEqual([]);
    expect(some.model()).toEqual(['鲜花']);
  });
});

describe('Ant Design a-select', () => {
  test('allowClear empties it; without allowClear it is left as filled and not counted', async () => {
    const clearable = fakeAntSelect(document, { options: RANKS, clearable: true });
    const plain = fakeAntSelect(document, { options: RANKS });
    const session = await fill([
      { els: [clearable.input], kind: 'select', value: text('县处级') },
      { els: [plain.input], kind: 'select', value: text('厅局级') },
    ]);
    expect(await undoLatestFill(session)).toBe(1);
    expect(clearable.model()).toEqual([]);
    expect(plain.model()).toEqual(['厅局级']);
  });

  test('a single select gets its option back; a multiple one loses the tags the fill added, with their ×', async () => {
    const single = fakeAntSelect(document, { options: RANKS, initial: ['省部级'] });
    const multi = fakeAntSelect(document, { options: GOODS, multiple: true, initial: ['鲜花'] });
    const session = await fill([
      { els: [single.input], kind: 'select', value: text('县处级') },
      { els: [multi.input], kind: 'select', value: text('鲜花、营养品') },
    ]);
    expect(multi.model()).toEqual(['鲜花', '营养品']);
    expect(await undoLatestFill(session)).toBe(2);
    expect(single.model()).toEqual(['省部级']);
    expect(multi.model()).toEqual(['鲜花']);
  });
});

describe('Element Plus el-date-picker', () => {
  test('an empty clearable picker is cleared; a picker that showed a date gets it back in its own format', async () => {
    const empty = fakeElDatePicker(document, { clearable: true });
    const dated = fakeElDatePicker(document, { clearable: true, initial: '2024-01-05' });
    const session = await fill([
      { els: [empty.input], kind: 'date', value: date('1948-03-15') },
      { els: [dated.input], kind: 'date', value: date('2026-11-20') },
    ]);
    expect(empty.model()).toEqual(['1948-03-15']);
    expect(dated.input.value).toBe('2026年11月20日');
    expect(await undoLatestFill(session)).toBe(2);
    expect(empty.model()).toEqual([]);
    expect(empty.input.value).toBe('');
    expect(dated.model()).toEqual(['2024-01-05']);
    expect(dated.input.value).toBe('2024年01月05日');
  });

  test('a picker without a clear control that was empty is not restored', async () => {
    const w = fakeElDatePicker(document, { clearable: false });
    const session = await fill([{ els: [w.input], kind: 'date', value: date('1948-03-15') }]);
    expect(await undoLatestFill(session)).toBe(0);
    expect(w.model()).toEqual(['1948-03-15']);
  });
});

describe('choice groups and library inputs', () => {
  function vueLikeGroup(type: 'radio' | 'checkbox', cls: string, checked: boolean[]): HTMLInputElement[] {
    const group = document.createElement('div');
    group.className = cls;
    const inputs = checked.map((c, i) => Object.assign(document.createElement('input'), { type, name: cls, value: String(i), checked: c }));
    group.append(...inputs);
    document.body.append(group);
    return inputs;
  }

  test('a checkbox group and a radio group that had a choice are restored; a radio group that had none is not', async () => {
    const boxes = vueLikeGroup('checkbox', 'el-checkbox-group', [false, true, false]);
    const chosen = vueLikeGroup('radio', 'ant-radio-group', [true, false]);
    const none = vueLikeGroup('radio', 'el-radio-group', [false, false]);
    const session = await fill([
      { els: boxes, kind: 'checkbox-group', value: { kind: 'options', optionIndexes: [0] } },
      { els: chosen, kind: 'radio-group', value: { kind: 'option', optionIndex: 1, optionText: '女' } },
      { els: none, kind: 'radio-group', value: { kind: 'option', optionIndex: 0, optionText: '男' } },
    ]);
    expect(await undoLatestFill(session)).toBe(2);
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
    expect(chosen.map((b) => b.checked)).toEqual([true, false]);
    expect(none.map((b) => b.checked)).toEqual([true, false]);
  });

  test('a library input gets its text back with input and change events', async () => {
    document.body.innerHTML = `<div class="el-input"><input id="a" value="旧值"></div>`;
    const a = document.getElementById('a') as HTMLInputElement;
    const events: string[] = [];
    a.addEventListener('input', () => events.push('input'));
    a.addEventListener('change', () => events.push('change'));
    const session = await fill([{ els: [a], kind: 'text', value: text('欧阳测试') }]);
    events.length = 0;
    expect(await undoLatestFill(session)).toBe(1);
    expect(a.value).toBe('旧值');
    expect(events).toEqual(['input', 'change']);
  });
});

describe('order and counting', () => {
  /** A widget that logs when its restore starts and ends, and answers `back`. */
  function loggingWidget(name: string, log: string[], back: boolean): ComponentWidget {
    return {
      family: name,
      write: () => Promise.resolve(null),
      holds: () => true,
      shown: () => name,
      capture: (): WidgetState => ({ texts: [name] }),
      restore: async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`end ${name}`);
        return back;
      },
    };
  }

  test('widgets are restored in reverse order of writing, one at a time, before native controls; failures are not counted', async () => {
    document.body.innerHTML = '<input id="n1"><input id="n2"><div id="w1"></div><div id="w2"></div><div id="w3"></div>';
    const log: string[] = [];
    const n1 = document.getElementById('n1') as HTMLInputElement;
    const n2 = document.getElementById('n2') as HTMLInputElement;
    n1.addEventListener('change', () => log.push('native n1'));
    n2.addEventListener('change', () => log.push('native n2'));
    const session = new FillSession();
    const entry = (id: string, back: boolean) => ({ els: [document.getElementById(id)!], before: { value: '' }, widget: { widget: loggingWidget(id, log, back), shown: { texts: [id] } } });
    n1.value = 'x';
    n2.value = 'y';
    session.undoStack.push([{ els: [n1], before: { value: '' } }, { els: [n2], before: { value: '' } }, entry('w1', true), entry('w2', false), entry('w3', true)]);
    expect(await undoLatestFill(session)).toBe(4);
    expect(log).toEqual(['start w3', 'end w3', 'start w2', 'end w2', 'start w1', 'end w1', 'native n2', 'native n1']);
    expect(await undoLatestFill(session)).toBe(0);
  });

  test('a native control the page changes again after it was put back is not counted', async () => {
    document.body.innerHTML = '<input id="total"><input id="row">';
    const total = document.getElementById('total') as HTMLInputElement;
    const row = document.getElementById('row') as HTMLInputElement;
    const session = await fill([
      { els: [row], kind: 'text', value: text('300.00') },
      { els: [total], kind: 'text', value: text('300.00') },
    ]);
    // the page writes a total whenever the row changes, so the empty total never stays empty
    row.addEventListener('change', () => (total.value = '0.00'));
    expect(await undoLatestFill(session)).toBe(1);
    expect(row.value).toBe('');
    expect(total.value).toBe('0.00');
  });

  test('a widget whose controls left the page is skipped', async () => {
    const w: FakeWidget = fakeElSelect(document, { options: RANKS, clearable: true });
    const session = await fill([{ els: [w.input], kind: 'select', value: text('县处级') }]);
    w.input.closest('.el-select')!.remove();
    expect(await undoLatestFill(session)).toBe(0);
  });
});
