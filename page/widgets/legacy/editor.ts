import type { FillValue } from '../../../core/fill/types';
import { fire } from '../events';
import { setNativeValue } from '../native';
import type { ControlState } from '../state';
import { writeEditable } from '../text';
import { saveNodes, takeNodes } from './saved';
import type { LegacyWidget } from './types';

/**
 * Rich-text editors: a contenteditable element, the body of a designMode document, and the
 * UEditor/KindEditor shape — a (hidden) <textarea> holding the field's name with the editor's
 * same-origin iframe right after it; the editor copies its body into the textarea when the form
 * is sent. Lines become text nodes separated by <br> elements made with createElement (never
 * HTML), and the text is read back with its line breaks.
 */

const BLOCKS = new Set(['div', 'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'tr']);
/** how many siblings after the textarea the editor frame is looked for */
const FRAME_REACH = 3;

/** An editor's text: <br> and block boundaries are line breaks. */
export function editorText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (tag === 'br') {
          out += '\n';
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block && out !== '' && !out.endsWith('\n')) out += '\n';
        walk(child);
        if (block && out !== '' && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(root);
  return out;
}

/** Texts compared as lines: \r\n is \n, trailing line breaks and spaces do not count. */
export function sameLines(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\s+$/, '');
  return norm(a) === norm(b);
}

function textOf(value: FillValue): string | undefined {
  return value.kind === 'text' || value.kind === 'date' || value.kind === 'money' ? value.text : undefined;
}

/** Whether `el` is an editable root: contenteditable, or the body of a designMode document. */
export function isEditorRoot(el: Element): boolean {
  if (el.localName === 'body' && el.ownerDocument.designMode === 'on') return true;
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

/** The editable body of a same-origin editor frame right after `textarea`, or null. */
export function editorFrameBodyOf(textarea: Element): HTMLElement | null {
  if (textarea.localName !== 'textarea') return null;
  let sib = textarea.nextElementSibling;
  for (let i = 0; sib && i < FRAME_REACH; i++, sib = sib.nextElementSibling) {
    const frame = sib.localName === 'iframe' ? sib : sib.querySelector('iframe');
    if (!frame) continue;
    let doc: Document | null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument; // null for a cross-origin frame
    } catch {
      doc = null;
    }
    const body = doc?.body;
    if (doc && body && (doc.designMode === 'on' || body.isContentEditable || isEditorRoot(body))) return body;
    return null;
  }
  return null;
}

/** A contenteditable element or designMode body, or undefined. */
export function editorOf(el: Element): LegacyWidget | undefined {
  if (!isEditorRoot(el)) return undefined;
  return {
    family: 'editor',
    write(value: FillValue): boolean {
      const text = textOf(value);
      if (text === undefined) return false;
      writeEditable(el, text);
      return true;
    },
    shown: () => editorText(el),
    holds: (value) => textOf(value) !== undefined && sameLines(editorText(el), textOf(value)!),
    restore: () => false, // the captured nodes are put back by the native restore
  };
}

/** A textarea with a UEditor/KindEditor style frame after it, or undefined. */
export function frameEditorOf(el: Element): LegacyWidget | undefined {
  const body = editorFrameBodyOf(el);
  if (!body) return undefined;
  const textarea = el as HTMLTextAreaElement;
  const setSource = (text: string) => {
    setNativeValue(textarea, text);
    fire(textarea, 'input');
    fire(textarea, 'change');
  };
  return {
    family: 'frame-editor',
    write(value: FillValue): boolean {
      const text = textOf(value);
      if (text === undefined) return false;
      saveNodes(body);
      writeEditable(body, text);
      setSource(text);
      return true;
    },
    shown: () => editorText(body),
    holds: (value) => textOf(value) !== undefined && sameLines(editorText(body), textOf(value)!),
    restore(state: ControlState): boolean {
      const nodes = takeNodes(body);
      if (nodes) {
        body.replaceChildren(...nodes);
        fire(body, 'input');
      }
      setSource(state.value);
      return true;
    },
  };
}
