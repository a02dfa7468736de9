import { UNIT_PATTERN } from '../../core/fill/normalize';
import type { FieldLabel, LabelSource } from '../../core/fill/types';
import { collapse, isMarkupHidden, textOf, type TextCache } from './dom-text';
import { Presence } from './presence';
import { TableGrid } from './table-grid';

/**
 * Label inference: every place a person would read a field's name, most reliable first —
 * label[for] (by id, then by name), the wrapping label, aria, the form item of Element / Ant
 * Design / layui / Bootstrap, the table cell to the left, dt/dd, the text just before, the header
 * above, title, placeholder. Also the row group (section), the detail-table row and a unit
 * written after the field.
 */

const FORM_ITEM = '.el-form-item, .ant-form-item, .layui-form-item, .form-group, .ivu-form-item, .arco-form-item, .t-form__item, .van-field';
const FORM_ITEM_LABEL =
  '.el-form-item__label, .ant-form-item-label label, .ant-form-item-label, .layui-form-label, .ivu-form-item-label, .arco-form-item-label, .t-form__label, .van-field__label, label.control-label, label';
/** Inline elements whose text reads as part of a label before a control. */
const INLINE = new Set(['span', 'b', 'strong', 'font', 'em', 'i', 'label', 'small', 'u', 'nobr', 'sup', 'a', 'code', 'var']);
/** Do not climb out of these when looking for text before a control. */
const STOP_CLIMB = new Set(['td', 'th', 'dd', 'li', 'form', 'body', 'fieldset', 'table', 'tr', 'label']);
const REQUIRED_CLASS = '.is-required, .is-must, .ant-form-item-required, .required';
/** Legacy "this field is required" messages used as labels: msg="慰问日期不能为空". */
const MESSAGE_TAIL = /(?:不能为空|不能空|必须填写|为必填项|必填)[!！。.]*$/;

const EMPTY: readonly Element[] = [];

/** What the collector shares between the controls of one root (caches, the label[for] index). */
export class LabelContext {
  private readonly grids = new Map<HTMLTableElement, TableGrid>();
  /** label[for] by its `for`: noted by the collector's walk, or read from the root when the walk saw only part of it */
  private labelFor = new Map<string, Element[]>();
  private labelsComplete = false;
  /** the classes and tags of the root, noted by the collector's walk */
  readonly presence: Presence;

  constructor(
    readonly root: Document | ShadowRoot,
    readonly texts: TextCache,
  ) {
    this.presence = new Presence(root);
  }

  /** Notes a label of the root that has a `for` attribute (in document order). */
  noteLabelFor(label: Element, forValue: string): void {
    const list = this.labelFor.get(forValue);
    if (list) list.push(label);
    else this.labelFor.set(forValue, [label]);
  }

  /** Says that the walk has noted every element of the root (its labels and its presence). */
  seal(): void {
    this.labelsComplete = true;
    this.presence.seal();
  }

  labelsFor(key: string): readonly Element[] {
    if (!this.labelsComplete) {
      // a scoped walk: its labels may sit outside the scope, so read them all from the root once
      this.labelFor = new Map();
      for (const label of Array.from(this.root.querySelectorAll('label[for]'))) this.noteLabelFor(label, label.getAttribute('for')!);
      this.labelsComplete = true;
    }
    return this.labelFor.get(key) ?? EMPTY;
  }

  grid(table: HTMLTableElement): TableGrid {
    let g = this.grids.get(table);
    if (!g) {
      g = new TableGrid(table, this.texts);
      this.grids.set(table, g);
    }
    return g;
  }

  /** `el.closest(selector)` for a control of this root, skipped when nothing in the root matches. */
  closest(el: Element, selector: string): Element | null {
    return this.presence.closest(el, selector);
  }

  /** `closest` as a function value (made once per root, not per control). */
  readonly closestFn = (el: Element, selector: string): Element | null => this.presence.closest(el, selector);
  /** Whether something in the root may match a selector, as a function value. */
  readonly mayMatchFn = (selector: string): boolean => this.presence.has(selector);

  byId(id: string): Element | null {
    return this.root.getElementById(id);
  }
}

export interface InferredLabels {
  /** a control of a detail table's hidden template row: never filled, not collected */
  template: boolean;
  labels: FieldLabel[];
  section?: string;
  /** 1-based detail row */
  row?: number;
  unit?: string;
  required: boolean;
}

class LabelList {
  readonly items: FieldLabel[] = [];
  add(source: LabelSource, text: string | null | undefined): void {
    if (text) this.addCollapsed(source, collapse(text));
  }

  /** `add` for a text already collapsed (what TextCache and the table facts give). */
  addCollapsed(source: LabelSource, t: string | undefined): void {
    if (!t || t.length > 80) return;
    for (const l of this.items) if (l.text === t) return;
    this.items.push({ source, text: t });
  }
}

/** Text before `el` in its container: text nodes and inline elements, or one short block. */
function precedingText(el: Element, ctx: LabelContext): string {
  let node: Element = el;
  for (let depth = 0; depth < 3; depth++) {
    let text = '';
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        text = (sib.nodeValue ?? '') + text;
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const e = sib as Element;
      const tag = e.localName;
      if (tag === 'br' || tag === 'hr' || ctx.texts.hasControl(e)) break;
      if (tag === 'script' || tag === 'style' || isMarkupHidden(e)) continue;
      const t = ctx.texts.text(e);
      if (INLINE.has(tag)) {
        text = t + text;
        continue;
      }
      if (collapse(text) === '' && t.length <= 30) text = t;
      break;
    }
    const found = collapse(text);
    if (found !== '') return found;
    const parent = node.parentElement;
    if (!parent || STOP_CLIMB.has(parent.localName) || parent.childElementCount > 3) break;
    node = parent;
  }
  return '';
}

/** Text that `collapse` does not empty (its trim() removes what \s matches, nbsp included). */
const NOT_BLANK = /\S/;

/** A unit written right after the control (<input>元) or in the next cell. */
function followingUnit(el: Element, ctx: LabelContext, cell: HTMLTableCellElement | null, grid: TableGrid | null): string | undefined {
  let node: Element = el;
  for (let depth = 0; depth < 2; depth++) {
    let text = '';
    for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 3) {
        text += sib.nodeValue ?? '';
        if (NOT_BLANK.test(text)) break;
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const e = sib as Element;
      if (e.localName === 'br' || ctx.texts.hasControl(e)) break;
      if (!INLINE.has(e.localName) && !e.classList.contains('el-input-group__append') && !e.classList.contains('ant-input-group-addon')) break;
      text += ctx.texts.text(e);
      if (NOT_BLANK.test(text)) break;
    }
    // no unit in blank text: skip the regexes
    const u = NOT_BLANK.test(text) ? UNIT_PATTERN.exec(collapse(text).replace(/[()（）]/g, '')) : null;
    if (u) return u[1];
    const parent = node.parentElement;
    if (!parent || STOP_CLIMB.has(parent.localName) || parent.childElementCount > 3) break;
    node = parent;
  }
  if (cell && grid) {
    const right = grid.rightOf(cell);
    if (right && !ctx.texts.hasControl(right)) {
      const u = UNIT_PATTERN.exec(ctx.texts.text(right).replace(/[()（）]/g, ''));
      if (u) return u[1];
    }
  }
  return undefined;
}

/** The section a control belongs to outside tables: the legend of its fieldset. */
function fieldsetLegend(el: Element, ctx: LabelContext): string | undefined {
  const legend = ctx.closest(el, 'fieldset')?.querySelector(':scope > legend');
  const t = legend ? ctx.texts.text(legend) : '';
  return t === '' ? undefined : t;
}

/** A short heading just before a table: <div class="title">报销明细</div><table>. */
function titleBeforeTable(table: Element, ctx: LabelContext): string | undefined {
  const caption = table.querySelector(':scope > caption');
  if (caption) return ctx.texts.text(caption) || undefined;
  const prev = table.previousElementSibling;
  if (!prev || ctx.texts.hasControl(prev)) return undefined;
  const t = ctx.texts.text(prev);
  return t !== '' && t.length <= 20 ? t : undefined;
}

/** Row index carried by OA names: e-cology field123_0, Landray fd_fee_item.0.fd_x (0-based). */
function rowFromName(name: string): number | undefined {
  const m = /^field\d+_(\d+)$/.exec(name) ?? /\.(\d+)\./.exec(name);
  return m ? Number(m[1]) + 1 : undefined;
}

interface TableFacts {
  inTable?: boolean;
  /** the control sits in the hidden template row of a detail table */
  template?: boolean;
  left?: string;
  top?: string;
  section?: string;
  row?: number;
  unit?: string;
}

/** The table cell holding a control; a cell of a one-column wrapper table counts as its outer cell. */
function labelledCell(el: Element, ctx: LabelContext): { cell: HTMLTableCellElement; table: HTMLTableElement } | null {
  let cell = el.closest('td, th') as HTMLTableCellElement | null;
  for (let depth = 0; cell && depth < 4; depth++) {
    const table = cell.parentElement?.closest('table') as HTMLTableElement | null | undefined;
    if (!table) return null;
    const grid = ctx.grid(table);
    // a layout wrapper: one column, no text beside the control; its own cell in the outer table has the labels
    if (grid.width > 1) return { cell, table };
    const outer = table.parentElement?.closest('td, th') as HTMLTableCellElement | null | undefined;
    if (!outer || ctx.texts.text(table) !== '') return { cell, table };
    cell = outer;
  }
  return null;
}

function tableFacts(el: Element, ctx: LabelContext, nameForRow: string): TableFacts {
  const found = labelledCell(el, ctx);
  if (!found) return {};
  const { cell, table } = found;
  const grid = ctx.grid(table);
  const pos = grid.position(cell);
  if (!pos) return {};
  const facts: TableFacts = { inTable: true };
  const { label, serial } = grid.leftLabel(cell);
  if (label) facts.left = ctx.texts.text(label);
  const group = grid.rowGroup(cell, label);
  if (group) facts.section = ctx.texts.text(group);

  // the header above matters only when nothing labels the cell from the left
  const header = label ? null : grid.headerAbove(cell);
  if (header) {
    const top = ctx.texts.text(header.header);
    facts.top = header.group ? `${ctx.texts.text(header.group)} ${top}` : top;
    const rows = grid.dataRows(header.header, pos.col);
    const byName = rowFromName(nameForRow);
    if (isMarkupHidden(cell.parentElement!)) facts.template = true;
    else if (rows.length >= 2 || (serial && rows.length >= 1) || byName !== undefined) {
      const at = rows.indexOf(pos.row);
      facts.row = at >= 0 ? at + 1 : byName;
    }
  }
  if (!facts.section) {
    const titleRow = grid.titleRowAbove(pos.row);
    const titleCell = titleRow >= 0 ? grid.at(titleRow, 0) : undefined;
    if (titleCell && !(header && header.header === titleCell)) facts.section = ctx.texts.text(titleCell);
    else if (facts.row !== undefined) facts.section = titleBeforeTable(table, ctx);
  }
  const unit = followingUnit(el, ctx, cell, grid);
  if (unit) facts.unit = unit;
  return facts;
}

function attributeLabels(el: Element, list: LabelList, ctx: LabelContext): void {
  list.add('attribute', el.getAttribute('subject'));
  list.add('attribute', el.getAttribute('data-label'));
  list.add('attribute', el.getAttribute('fieldlabel'));
  const msg = el.getAttribute('msg');
  if (msg) list.add('attribute', msg.replace(MESSAGE_TAIL, ''));
  const fieldval = ctx.closest(el, '[fieldval]')?.getAttribute('fieldval') ?? '';
  const display = /displayName\s*:\s*['"]([^'"]+)['"]/.exec(fieldval)?.[1];
  if (display && /[\u4e00-\u9fff]/.test(display)) list.add('attribute', display);
}

/**
 * Infers the labels of one control. `asGroup` is set for radio/checkbox groups: their own
 * label[for] and wrapping label are option texts, not the field's label.
 */
export function inferLabels(el: Element, ctx: LabelContext, asGroup = false): InferredLabels {
  const list = new LabelList();
  const id = el.getAttribute('id') ?? '';
  const name = el.getAttribute('name') ?? '';

  if (!asGroup) {
    for (const l of id ? ctx.labelsFor(id) : []) list.addCollapsed('label-for', ctx.texts.text(l));
    if (list.items.length === 0 && name) for (const l of ctx.labelsFor(name)) list.addCollapsed('label-for-name', ctx.texts.text(l));
    const wrap = ctx.closest(el, 'label');
    if (wrap) list.addCollapsed('label-wrap', ctx.texts.text(wrap));
  }

  const groupEl = asGroup ? (ctx.closest(el, '[role="radiogroup"], [role="group"]') ?? el) : el;
  const labelledBy = groupEl.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((ref) => {
        const target = ctx.byId(ref);
        return target ? textOf(target) : '';
      })
      .join(' ');
    list.add('aria-labelledby', text);
  }
  list.add('aria-label', groupEl.getAttribute('aria-label'));

  const item = ctx.closest(el, FORM_ITEM);
  if (item) {
    const itemLabel = item.querySelector(FORM_ITEM_LABEL);
    if (itemLabel && !(asGroup && itemLabel.contains(el))) list.addCollapsed('form-item', ctx.texts.text(itemLabel));
  }
  attributeLabels(el, list, ctx);

  const facts = tableFacts(el, ctx, name);
  list.addCollapsed('table-left', facts.left);

  const dd = ctx.closest(el, 'dd');
  if (dd) {
    let dt = dd.previousElementSibling;
    while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
    if (dt) list.addCollapsed('dt', ctx.texts.text(dt));
  }

  list.addCollapsed('preceding', precedingText(el, ctx));
  list.addCollapsed('table-top', facts.top);
  list.add('title', el.getAttribute('title'));
  list.add('placeholder', el.getAttribute('placeholder'));

  const unit = facts.inTable ? facts.unit : followingUnit(el, ctx, null, null);
  const section = facts.section ?? fieldsetLegend(el, ctx);
  const required =
    el.hasAttribute('required') ||
    el.getAttribute('aria-required') === 'true' ||
    ctx.closest(el, REQUIRED_CLASS) !== null ||
    list.items.some((l) => /^[*＊※]|[*＊※]$/.test(l.text));

  const out: InferredLabels = { template: facts.template === true, labels: list.items, required };
  if (section !== undefined && !list.items.some((l) => l.text === section)) out.section = section;
  if (facts.row !== undefined) out.row = facts.row;
  if (unit !== undefined) out.unit = unit;
  return out;
}
