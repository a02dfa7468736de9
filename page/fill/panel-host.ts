/**
 * Which frame may show the panel: the top frame, unless it is a frameset (no body to show it in);
 * then a frame of that frameset large enough to hold it (not a banner).
 */

const MIN_WIDTH = 400;
const MIN_HEIGHT = 300;

function isFrameset(doc: Document | null | undefined): boolean {
  return doc?.body?.localName === 'frameset';
}

/** True when the panel may be shown in this window. */
export function canHostPanel(win: Window): boolean {
  if (isFrameset(win.document) || !win.document.body) return false;
  if (win === win.top) return true;
  if (win.parent !== win.top || win.innerWidth < MIN_WIDTH || win.innerHeight < MIN_HEIGHT) return false;
  try {
    return isFrameset(win.top?.document);
  } catch {
    return false; // a cross-origin top frame: it shows the panel itself
  }
}
