import { isOwnUi } from './own-ui';

/**
 * A detail table (明细) and the page's own control that adds a row to it, found by what the
 * control says (添加明细, 增加行, 新增, 添加, +) and how near it is to the table — never by a
 * fixture's id. CareFill clicks the page's control so the page builds the row its own way.
 */

/** Texts of add-row controls, after whitespace is removed. */
const ADD_ROW_TEXT = /^(?:[+＋])?(?:(?:添加|增加|新增|插入|新建)(?:明细|明细行|一行|行|记录)?|增行|加行|添行)$|^[+＋]$/;
/** Controls that say more precisely that they add a row win over a bare 新增. */
const SPECIFIC = /明细|行/;
const CLICKABLE = 'button, input[type="button"], a, [role="button"], span[onclick], div[onclick], i[onclick], img[onclick]';
/** How many ancestors above the table are searched for its add control. */
const MAX_LEVELS = 5;

/** The table (or grid) a detail-row control sits in. */
export function detailTableOf(control: Element): Element | null {
  return control.closest('table, [role="grid"], [role="table"]') ?? control.parentElement;
}

/** What a control says: its text, its value (input buttons), its title or aria-label. */
export function controlText(el: Element): string {
  const value = el.localName === 'input' ? ((el as HTMLInputElement).value ?? '') : '';
  const text = value || el.textContent || el.getAttribute('title') || el.getAttribute('aria-label') || '';
  return text.replace(/\s+/g, '');
}

/**
 * A control whose click cannot leave or submit the page: a link that navigates, or a submit
 * button of a form, is never clicked (the fill must not send the form or open another page).
 */
function harmless(el: Element): boolean {
  if (el.localName === 'a') {
    const href = (el.getAttribute('href') ?? '').trim();
    return href === '' || href.startsWith('#') || /^javascript:/i.test(href);
  }
  if (el.localName === 'button' || el.localName === 'input') {
    const type = (el.getAttribute('type') ?? (el.localName === 'button' ? 'submit' : 'text')).toLowerCase();
    return !(type === 'submit' && el.closest('form'));
  }
  return true;
}

function usable(el: Element): boolean {
  if ((el as HTMLButtonElement).disabled || !harmless(el)) return false;
  if (el.closest('[hidden]') || isOwnUi(el)) return false;
  const style = (el as HTMLElement).style;
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** The page's add-row control nearest to the table, or null. */
export function findAddRowControl(table: Element): HTMLElement | null {
  let scope: Element | null = table;
  for (let level = 0; scope && level <= MAX_LEVELS; level++, scope = scope.parentElement) {
    const found = Array.from(scope.querySelectorAll(CLICKABLE)).filter((el) => ADD_ROW_TEXT.test(controlText(el)) && usable(el));
    if (found.length === 0) continue;
    // the most specific wording wins; then the one nearest the table in document order
    const specific = found.filter((el) => SPECIFIC.test(controlText(el)));
    return (specific[0] ?? found[0]) as HTMLElement;
  }
  return null;
}

/** How many form controls the table holds: a new row adds some. */
export function controlCount(table: Element): number {
  return table.querySelectorAll('input, select, textarea, [contenteditable="true"]').length;
}
