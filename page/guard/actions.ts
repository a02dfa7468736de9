import { isSubmitText } from '../../core/guard/submit-texts';
import { isOwnUi } from '../fill/own-ui';

/**
 * Which element of a click is a watched submit action: the nearest button-like element on the
 * event's path whose caption is a submit word.
 */

const ACTION = 'button, a, input[type="button"], input[type="submit"], input[type="image"], [role="button"], [onclick], [class*="btn"]';
/** How far up from the clicked node a button may be (an icon inside a span inside a button). */
const MAX_DEPTH = 6;

function captionOf(el: Element): string {
  if (el.localName === 'input') return (el as HTMLInputElement).value || el.getAttribute('alt') || '';
  return el.textContent ?? '';
}

/** The watched action a click landed on, or null. */
export function submitActionOf(e: Event, watched: ReadonlySet<string>): Element | null {
  const path = e.composedPath();
  for (let i = 0, depth = 0; i < path.length && depth < MAX_DEPTH; i++) {
    const node = path[i];
    if (!(node instanceof Element)) continue;
    depth++;
    if (isOwnUi(node)) return null;
    if (node.matches(ACTION)) return isSubmitText(captionOf(node), watched) ? node : null;
  }
  return null;
}
