import { collectFields } from '../collect/collect';
import { framePathOf } from '../collect/frame-path';
import { isOwnUi } from '../fill/own-ui';
import type { ShadowRootOf } from '../fill/resolve';

/**
 * Which field of the frame a click landed on: the collected control on the click's path (an
 * input, a select, a radio of a group), one containing the target (an editor's paragraph), or the
 * control a clicked <label> names. The answer is the field's selector, as `frame.collect` gives it.
 */

/** The elements of an event's path that are elements (shadow internals of open roots included). */
function elementsOnPath(path: readonly EventTarget[]): Element[] {
  return path.filter((t): t is Element => typeof (t as Element).localName === 'string' && (t as Node).nodeType === 1);
}

/** The field clicked (its selector and first control), or null when the click was beside every field. */
export function locateClickedField(doc: Document, win: Window, path: readonly EventTarget[], shadowRootOf?: ShadowRootOf): { selector: string; element: Element | null } | null {
  const onPath = elementsOnPath(path);
  const target = onPath[0];
  if (!target || isOwnUi(target)) return null;
  const { collection, elements } = collectFields(doc, { framePath: framePathOf(win), shadowRootOf });
  const candidates = new Set<Element>(onPath);
  const label = onPath.find((e) => e.localName === 'label') as HTMLLabelElement | undefined;
  if (label?.control) candidates.add(label.control);

  let best = -1;
  elements.forEach((els, i) => {
    if (best >= 0 || els.some(isOwnUi)) return;
    if (els.some((el) => candidates.has(el) || el.contains(target))) best = i;
  });
  const field = collection.fields[best];
  return field ? { selector: field.selector, element: elements[best]?.[0] ?? null } : null;
}
