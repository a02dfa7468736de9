import type { FormKind } from '../../core/fill/types';
import { collapse, type TextCache } from './dom-text';
import type { Presence } from './presence';
import { firstOwnRow } from './table-grid';

/**
 * What the form around the fields says: whether it is a login or search form, and its name.
 */

export type RootNode = Document | ShadowRoot;

const SEARCH_HINT = /search|sousuo|chaxun|query|keyword/i;
const LOGIN_HINT = /login|logon|signin|denglu/i;

/** A form kind CareFill must stay out of: a login form or a search form. */
export function formKindOf(container: Element | RootNode, passwords: ReadonlySet<Element | RootNode>, textCount: number): FormKind | undefined {
  if (container.nodeType === 1) {
    const f = container as Element;
    const hint = `${f.getAttribute('id') ?? ''} ${f.getAttribute('name') ?? ''} ${f.getAttribute('class') ?? ''} ${f.getAttribute('action') ?? ''}`;
    if (f.getAttribute('role') === 'search' || SEARCH_HINT.test(hint)) return 'search';
    if (LOGIN_HINT.test(hint)) return 'login';
  }
  if (passwords.has(container) && textCount <= 4) return 'login';
  return undefined;
}

const HEADINGS = 'h1, h2, h3, caption, .title, .form-title';

/** Whether a row has exactly one cell of its own. */
function hasOneCell(tr: Element): boolean {
  let cells = 0;
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if ((c.localName === 'td' || c.localName === 'th') && ++cells > 1) return false;
  return cells === 1;
}

/**
 * Short headings that name the form: h1-h3, captions, titles, a centred first table row, the page
 * title. `presence` (the scope's root, as the collector noted it) skips queries that find nothing.
 */
export function headingsOf(doc: Document | null, scope: ParentNode, texts: TextCache, presence?: Presence): string[] {
  const out: string[] = [];
  const add = (t: string) => {
    if (t !== '' && t.length <= 40 && !out.includes(t)) out.push(t);
  };
  if (!presence || presence.has(HEADINGS)) for (const h of Array.from(scope.querySelectorAll(HEADINGS))) add(texts.text(h));
  // classic OA: the first row of a table is the form's name, centred across all columns
  if (!presence || presence.has('table')) {
    for (const table of Array.from(scope.querySelectorAll('table'))) {
      const first = firstOwnRow(table);
      if (first && hasOneCell(first) && !texts.hasControl(first)) add(texts.text(first));
    }
  }
  if (doc?.title) add(collapse(doc.title));
  return out.slice(0, 10);
}
