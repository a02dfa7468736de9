import type { FieldOption, FieldSnapshot, FormKind, FrameCollection } from '../../core/fill/types';
import { collapse, TextCache } from './dom-text';
import { formKindOf, headingsOf, noteOutline, type RootNode, type ScopeOutline } from './form-context';
import { inferLabels, LabelContext } from './labels';
import { RootIndex, selectorsFor, type GroupSelectorInfo } from './selectors';
import { reportedValue } from './field-state';
import { isDisabled, isReadonly, optionText } from './state';
import { visibilityOf } from './visibility';
import { SKIPPED_INPUT_TYPES, selectOptions, widgetOf } from './widgets';

/**
 * The collector: every fillable control of one frame (open shadow roots included, closed ones
 * when the caller can open them) as FieldSnapshots, with labels, selectors, options and state.
 * It only reads the DOM, and reads layout once at the end (visibility), so it never forces more
 * than one style/layout pass.
 */

export interface CollectOptions {
  framePath?: string;
  frameId?: number;
  /**
   * Returns an element's shadow root even when closed. The content script passes
   * chrome.dom.openOrClosedShadowRoot / Element.openOrClosedShadowRoot; without it only open
   * roots are seen. It is asked for custom elements (a '-' in the tag name) only.
   */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
}

export interface Collected {
  collection: FrameCollection;
  /** per snapshot, its element(s): one control, or the members of a radio/checkbox group */
  elements: Element[][];
}

interface RootInfo {
  node: RootNode;
  index: RootIndex;
  ctx: LabelContext;
  host?: Element;
  parent?: RootInfo;
  prefix?: string;
}

interface Found {
  el: Element;
  root: RootInfo;
}

/** The cell or form item a control sits in: controls sharing it get the same `group` number. */
const GROUP_CONTAINER =
  'td, th, dd, li, .el-form-item, .ant-form-item, .layui-form-item, .form-group, span.textbox, .combo, .cap4-formmain__td, xformflag';
const RADIO_GROUP_CONTAINER =
  '[role="radiogroup"], [role="group"], .el-radio-group, .el-checkbox-group, .ant-radio-group, .ant-checkbox-group';

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

function isEditableRoot(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  if (v === null || v === 'false') return false;
  return el.parentElement?.closest(EDITABLE) == null;
}

function prefixOf(root: RootInfo): string {
  if (root.prefix !== undefined) return root.prefix;
  if (!root.host || !root.parent) return (root.prefix = '');
  const [hostSel] = selectorsFor(root.host, root.parent.index, '');
  const parentPrefix = prefixOf(root.parent);
  root.prefix = parentPrefix ? `${parentPrefix} >>> ${hostSel}` : (hostSel ?? '');
  return root.prefix;
}

/** CareFill's own elements (the in-page panel `<carefill-panel>`, the launcher ...) are never a form to fill. */
const OWN_HOST_PREFIX = 'carefill-';

function walk(
  scope: ParentNode,
  info: RootInfo,
  found: Found[],
  passwords: Element[],
  opts: CollectOptions,
  texts: TextCache,
  outline?: ScopeOutline,
): void {
  // our hosts met so far in this root: their light-DOM descendants are skipped too (usually there are none)
  const ownHosts: Element[] = [];
  const { presence } = info.ctx;
  const all = scope.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = el.localName;
    const cls = el.getAttribute('class');
    presence.noteParts(tag, cls);
    // what later steps would otherwise query the root for: label[for], headings, tables
    if (tag === 'label') {
      const forValue = el.getAttribute('for');
      if (forValue !== null) info.ctx.noteLabelFor(el, forValue);
    }
    if (outline) noteOutline(outline, el, tag, cls);
    if (tag.startsWith(OWN_HOST_PREFIX)) {
      ownHosts.push(el);
      continue;
    }
    if (ownHosts.length && ownHosts.some((h) => h.contains(el))) continue;
    // the reflected property is cheaper than getAttribute and says the same ('' when absent);
    // a form's own properties can be shadowed by its controls (<input name="id">), so forms are asked directly
    const id = tag === 'form' ? el.getAttribute('id') : el.id;
    if (id) info.index.countId(id);
    if (tag === 'input' || tag === 'select' || tag === 'textarea' || (el.hasAttribute('contenteditable') && isEditableRoot(el))) {
      info.index.countControl(el);
      const type = tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
      if (type === 'password') passwords.push(el);
      if (!SKIPPED_INPUT_TYPES.has(type)) found.push({ el, root: info });
    }
    // closed roots come from custom elements; asking the browser for every element would cost a call each
    const shadow = el.shadowRoot ?? (opts.shadowRootOf && tag.includes('-') ? opts.shadowRootOf(el) : null);
    if (shadow) {
      const child: RootInfo = { node: shadow, index: new RootIndex(), ctx: new LabelContext(shadow, texts), host: el, parent: info };
      walk(shadow, child, found, passwords, opts, texts);
      child.ctx.seal();
    }
  }
}

/**
 * Collects the fields of one frame. `root` is the frame's document, or an element or shadow root
 * to limit the collection to (a dialog, a test fixture).
 */
export function collectFields(root: Document | ShadowRoot | Element, opts: CollectOptions = {}): Collected {
  const texts = new TextCache();
  const rootNode = (root.nodeType === 9 || root.nodeType === 11 ? root : root.getRootNode()) as RootNode;
  const top: RootInfo = { node: rootNode, index: new RootIndex(), ctx: new LabelContext(rootNode, texts) };
  const found: Found[] = [];
  const passwordEls: Element[] = [];
  const outline: ScopeOutline = { headings: [], tables: [] };
  walk(root, top, found, passwordEls, opts, texts, outline);
  // a collection limited to an element has not seen the ancestors its controls may look for
  if (root === rootNode) top.ctx.seal();
  const doc = rootNode.nodeType === 9 ? (rootNode as Document) : rootNode.ownerDocument;
  if (root.nodeType === 9 && doc?.designMode === 'on' && doc.body) found.push({ el: doc.body, root: top });

  // fold radio / checkbox groups; keep hidden inputs only beside a visible control of their cell
  const groups = new Map<string, Element[]>();
  const ids = new Map<Element, number>();
  const idOf = (el: Element | null): number => {
    if (!el) return 0;
    let n = ids.get(el);
    if (n === undefined) ids.set(el, (n = ids.size + 1));
    return n;
  };
  const units: { els: Element[]; root: RootInfo; group?: GroupSelectorInfo }[] = [];
  for (const { el, root: info } of found) {
    const type = el.localName === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
    if (type === 'radio' || type === 'checkbox') {
      const name = el.getAttribute('name');
      const container = info.ctx.closest(el, RADIO_GROUP_CONTAINER) ?? info.ctx.closest(el, GROUP_CONTAINER) ?? el.parentElement ?? el;
      // named inputs group by name within their form; unnamed ones by the element holding them
      const key = name ? `${type}|${prefixOf(info)}|${idOf(el.closest('form'))}|${name}` : `${type}|#${idOf(container)}`;
      const existing = groups.get(key);
      if (existing) existing.push(el);
      else {
        const els = [el];
        groups.set(key, els);
        units.push({ els, root: info, group: name ? { type, name, container } : { type, container } });
      }
      continue;
    }
    if (type === 'hidden') {
      const container = info.ctx.closest(el, GROUP_CONTAINER);
      if (!container || !info.ctx.texts.hasControl(container)) continue;
    }
    units.push({ els: [el], root: info });
  }

  const groupIds = new Map<Element, number>();
  const fields: FieldSnapshot[] = [];
  const elements: Element[][] = [];
  const containers: (Element | RootNode)[] = [];
  for (const unit of units) {
    const first = unit.els[0]!;
    const { ctx, index } = unit.root;
    const info = widgetOf(first, ctx.closestFn, ctx.mayMatchFn);
    const isGroup = info.kind === 'radio-group' || (info.kind === 'checkbox' && unit.els.length > 1);
    const kind = info.kind === 'checkbox' && unit.els.length > 1 ? 'checkbox-group' : info.kind;
    const inferred = inferLabels(first, ctx, isGroup);
    if (inferred.template) continue;
    const selectors = selectorsFor(first, index, prefixOf(unit.root), isGroup ? unit.group : undefined);

    let options: FieldOption[] = [];
    let value: string;
    if (first.localName === 'select') options = selectOptions(first as HTMLSelectElement);
    if (info.kind === 'radio-group' || info.kind === 'checkbox') {
      options = unit.els.map((e) => ({
        value: e.getAttribute('value') ?? 'on',
        text: optionText(e, ctx),
        selected: (e as HTMLInputElement).checked === true,
      }));
      value = options.filter((o) => o.selected).map((o) => o.value).join(',');
    } else {
      value = reportedValue(first, kind === 'hidden');
    }

    const container = ctx.closest(first, GROUP_CONTAINER);
    let group: number | undefined;
    if (container) {
      group = groupIds.get(container);
      if (group === undefined) {
        group = groupIds.size + 1;
        groupIds.set(container, group);
      }
    }

    const snapshot: FieldSnapshot = {
      framePath: opts.framePath ?? '',
      selector: selectors[0]!,
      altSelectors: selectors.slice(1),
      kind,
      inputType: info.inputType,
      visible: true,
      readonly: isReadonly(first),
      disabled: unit.els.every((e) => isDisabled(e, ctx)),
      value,
      options,
      labels: inferred.labels,
      name: first.getAttribute('name') ?? '',
      id: first.getAttribute('id') ?? '',
      placeholder: first.getAttribute('placeholder') ?? '',
    };
    if (opts.frameId !== undefined) snapshot.frameId = opts.frameId;
    if (kind === 'checkbox') snapshot.checked = (first as HTMLInputElement).checked === true;
    if (inferred.unit !== undefined) snapshot.unit = inferred.unit;
    if (inferred.row !== undefined) snapshot.row = inferred.row;
    if (inferred.section !== undefined) snapshot.section = inferred.section;
    if (group !== undefined) snapshot.group = group;
    if (info.formatHint !== undefined) snapshot.formatHint = info.formatHint;
    if (info.component !== undefined) snapshot.component = info.component;
    if (inferred.required) snapshot.required = true;
    const maxLength = (first as HTMLInputElement).maxLength;
    if (typeof maxLength === 'number' && maxLength > 0) snapshot.maxLength = maxLength;
    if ((first as HTMLSelectElement).multiple === true && first.localName === 'select') snapshot.multiple = true;

    fields.push(snapshot);
    elements.push(unit.els);
    containers.push(first.closest('form') ?? unit.root.node);
  }

  // login and search forms: decided per <form> (or per root without one)
  const passwordContainers = new Set<Element | RootNode>(passwordEls.map((p) => p.closest('form') ?? (p.getRootNode() as RootNode)));
  const textCounts = new Map<Element | RootNode, number>();
  fields.forEach((f, i) => {
    if (f.kind !== 'hidden') textCounts.set(containers[i]!, (textCounts.get(containers[i]!) ?? 0) + 1);
  });
  const kinds = new Map<Element | RootNode, FormKind | undefined>();
  fields.forEach((f, i) => {
    const c = containers[i]!;
    if (!kinds.has(c)) kinds.set(c, formKindOf(c, passwordContainers, textCounts.get(c) ?? 0));
    const k = kinds.get(c);
    if (k) f.formKind = k;
  });

  // layout last, in one batch
  const flat = elements.flat();
  const visible = visibilityOf(flat);
  let k = 0;
  elements.forEach((els, i) => {
    let any = false;
    for (let j = 0; j < els.length; j++) any = visible[k++] === true || any;
    fields[i]!.visible = any;
  });

  return {
    collection: {
      framePath: opts.framePath ?? '',
      title: collapse(doc?.title ?? ''),
      headings: headingsOf(doc, root, texts, top.ctx.presence, outline),
      fields,
    },
    elements,
  };
}
