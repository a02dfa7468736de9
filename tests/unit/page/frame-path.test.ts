// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { framePathOf } from '../../../page/collect/frame-path';

/** A window-like chain: only parent, frameElement and name are read. */
function frameWindow(parent: Window, frameElement: Element | null, name = '', crossOrigin = false): Window {
  const w = {
    parent,
    name,
    get frameElement(): Element | null {
      if (crossOrigin) throw new DOMException('Blocked a frame', 'SecurityError');
      return frameElement;
    },
  };
  return w as unknown as Window;
}

test('the top frame has an empty path', () => {
  expect(framePathOf(window)).toBe('');
});

test('nested same-origin frames are described by their frame elements', () => {
  // detached markup: the frames are described, never loaded
  const holder = document.createElement('div');
  holder.innerHTML = '<iframe id="work_form_data"></iframe><div><frame name="main"></div><div><iframe></iframe><iframe></iframe></div>';
  const [outer, , second] = Array.from(holder.querySelectorAll('iframe'));
  const level1 = frameWindow(window, outer!);
  const level2 = frameWindow(level1, holder.querySelector('frame')!);
  const level3 = frameWindow(level2, second!);
  expect(framePathOf(level1)).toBe('iframe#work_form_data');
  expect(framePathOf(level3)).toBe('iframe#work_form_data |> frame[name="main"] |> iframe:nth-of-type(2)');
});

test('a cross-origin parent hides the frame element: the frame names itself', () => {
  expect(framePathOf(frameWindow(window, null, 'zwIframe', true))).toBe('frame[name="zwIframe"]');
  expect(framePathOf(frameWindow(window, null, '', true))).toBe('frame');
});
