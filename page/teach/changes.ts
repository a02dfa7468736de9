import type { TeachChange } from '../../messaging/requests/site-maps';
import type { FillSession } from '../fill/session';

/**
 * The text fields of the latest fill that the person has changed since: written by CareFill, no
 * longer holding what it wrote. Only text inputs and text areas count: what a changed select or
 * radio teaches (an option synonym) has no place in a site map yet.
 */

function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  if (el.localName === 'textarea') return true;
  if (el.localName !== 'input') return false;
  return ['', 'text', 'search', 'tel', 'email', 'number', 'url'].includes((el as HTMLInputElement).type);
}

/** The changed fields, by the selector of their last collection. */
export function changedSinceFill(session: FillSession): TeachChange[] {
  const latest = session.undoStack[session.undoStack.length - 1];
  if (!latest) return [];
  const ours = new Set(session.stillOurs());
  const out: TeachChange[] = [];
  for (const { els } of latest) {
    const first = els[0];
    if (!first?.isConnected || !isTextControl(first)) continue;
    const index = session.elements.findIndex((e) => e[0] === first);
    const field = session.fields[index];
    if (!field || ours.has(index)) continue;
    out.push({ selector: field.selector, now: first.value.slice(0, 2000) });
  }
  return out;
}
