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
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'caption']);
const TITLE_CLASS = /title/i;

/** The heading candidates and tables of a scope, gathered by the collector's walk in document order. */
export interface ScopeOutline {
  headings: Element[];
  tables: Element[];
}

/**
 * Notes one element of the scope into its outline: the cheap tests first, the exact selector
 * (class matching differs in quirks mode) only for elements that may be headings.
 */
export function noteOutline(outline: ScopeOutline, el: Element, tag: string, cls: string | null): void {
  if (tag === 'table') outline.tables.push(el);
  if ((HEADING_TAGS.has(tag) || (cls !== null && TITLE_CLASS.test(cls))) && el.matches(HEADINGS)) outline.headings.push(el);
}

/** Whether a row has exactly one cell of its own. */
function hasOneCell(tr: Element): boolean {
  let cells = 0;
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if ((c.localName === 'td' || c.localName === 'th') && ++cells > 1) return false;
  return cells === 1;
}

/**
 * Short headings that name the form: h1-h3, captions, titles, a centred first table row, the page
 * title. `presence` (the scope's root, as the collector noted it) skips queries that find nothing;
 * `outline` (the collector's walk of the scope) replaces them.
 */
export function headingsOf(doc: Document | null, scope: ParentNode, texts: TextCache, presence?: Presence, outline?: ScopeOutline): string[] {
  const out: string[] = [];
  const add = (t: string) => {
    if (t !== '' && t.length <= 40 && !out.includes(t)) out.push(t);
  };
  const headings = outline ? outline.headings : !presence || presence.has(HEADINGS) ? Array.from(scope.querySelectorAll(HEADINGS)) : [];
  for (const h of headings) add(texts.text(h));
  // classic OA: the first row of a table is the form's name, centred across all columns
  const tables = outline ? outline.tables : !presence || presence.has('table') ? Array.from(scope.querySelectorAll('table')) : [];
  for (const table of tables) {
    const first = firstOwnRow(table);
    if (first && hasOneCell(first) && !texts.hasControl(first)) add(texts.text(first));
  }
  if (doc?.title) add(collapse(doc.title));
  return out.slice(0, 10);
}
