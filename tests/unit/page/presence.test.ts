// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { collectFields } from '../../../page/collect/collect';
import { Presence } from '../../../page/collect/presence';

/**
 * The collector skips `closest()` walks for selectors nothing in the root can match. Skipping must
 * never change an answer: these tests compare with the browser's own `closest()`.
 */

const SELECTORS = [
  '.el-form-item, .ant-form-item, .layui-form-item',
  '.ant-form-item-label label, label.control-label',
  'label',
  'dd',
  'fieldset[disabled]',
  '[fieldval]',
  '[role="radiogroup"], [role="group"]',
  '.is-required, .required',
  'span.textbox',
];

/** A presence that has noted every element of the document, as the collector's walk does. */
function notedPresence(): Presence {
  const p = new Presence(document);
  for (const el of Array.from(document.querySelectorAll('*'))) p.note(el, el.localName);
  p.seal();
  return p;
}

beforeEach(() => {
  document.body.innerHTML = `
    <form>
      <table><tr><td>姓名：</td><td><input id="a" name="a"></td></tr></table>
      <div class="el-form-item is-required"><label class="el-form-item__label">电话</label><div><input id="b"></div></div>
      <div role="radiogroup"><input type="radio" id="c" name="c"></div>
      <dl><dt>单位</dt><dd><input id="d"></dd></dl>
      <fieldset disabled><input id="e"></fieldset>
      <div fieldval="{displayName:'备注'}"><input id="f"></div>
      <div class="subtitle-required-ish"><input id="g"></div>
    </form>`;
});

test('closest through a presence answers exactly as Element.closest', () => {
  const p = notedPresence();
  for (const el of Array.from(document.querySelectorAll('input'))) {
    for (const sel of SELECTORS) expect(p.closest(el, sel), `${el.id} ${sel}`).toBe(el.closest(sel));
  }
});

test('a class or tag the root lacks is known absent; substrings count as present', () => {
  const p = notedPresence();
  expect(p.has('.ant-form-item')).toBe(false);
  expect(p.has('.el-picker-panel, .ant-select-dropdown')).toBe(false);
  expect(p.has('li')).toBe(false);
  expect(p.has('.el-form-item')).toBe(true);
  expect(p.has('dd')).toBe(true);
  // "required" only occurs inside another class name: conservatively present, and closest still finds nothing
  expect(p.has('.required')).toBe(true);
  expect(p.closest(document.getElementById('g')!, '.required')).toBeNull();
});

test('before the whole root has been noted, every selector counts as present', () => {
  const p = new Presence(document);
  expect(p.has('.ant-form-item')).toBe(true);
  const b = document.getElementById('b')!;
  expect(p.closest(b, '.el-form-item')).toBe(b.closest('.el-form-item'));
});

test('a collection limited to an element still sees the form item around it', () => {
  document.body.innerHTML = `
    <div class="el-form-item"><label class="el-form-item__label">慰问金额</label>
      <div class="el-form-item__content" id="scope"><input id="amount"></div>
    </div>`;
  const { collection } = collectFields(document.getElementById('scope')!);
  expect(collection.fields[0]?.labels).toContainEqual({ source: 'form-item', text: '慰问金额' });
});

test('controls in a shadow root use the presence of their own root', () => {
  document.body.innerHTML = '<x-form></x-form><div class="el-form-item"><label class="el-form-item__label">外部</label></div>';
  const root = document.querySelector('x-form')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<div class="ant-form-item"><div class="ant-form-item-label"><label>慰问日期</label></div><input id="in-shadow"></div>';
  const { collection } = collectFields(document);
  const f = collection.fields.find((s) => s.selector.includes('in-shadow'));
  expect(f?.labels).toContainEqual({ source: 'form-item', text: '慰问日期' });
});
