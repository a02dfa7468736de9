import { cssIdent, cssString } from './selectors';

/**
 * Where this frame sits, from the top document: `iframe#work_form_data |> iframe[name="zwIframe"]`.
 * Same-origin parents show the frame element; across origins only the frame's own name is known,
 * and the extension's frame id (kept beside the path) tells frames apart.
 */

export const FRAME_SEPARATOR = ' |> ';

function describeFrameElement(el: Element): string {
  const tag = el.localName;
  const id = el.getAttribute('id');
  if (id) return `${tag}#${cssIdent(id)}`;
  const name = el.getAttribute('name');
  if (name) return `${tag}[name=${cssString(name)}]`;
  const parent = el.parentElement;
  const same = parent ? Array.from(parent.children).filter((c) => c.localName === tag) : [el];
  return `${tag}:nth-of-type(${same.indexOf(el) + 1})`;
}

/** The path of frame elements from the top document down to `win` ('' for the top frame). */
export function framePathOf(win: Window): string {
  const parts: string[] = [];
  let w: Window = win;
  for (let depth = 0; depth < 20 && w.parent !== w; depth++) {
    let frameEl: Element | null;
    try {
      frameEl = w.frameElement;
    } catch {
      // a cross-origin parent: the frame element is not ours to see
      frameEl = null;
    }
    if (!frameEl) {
      parts.unshift(w.name ? `frame[name=${cssString(w.name)}]` : 'frame');
      break;
    }
    parts.unshift(describeFrameElement(frameEl));
    w = w.parent;
  }
  return parts.join(FRAME_SEPARATOR);
}
