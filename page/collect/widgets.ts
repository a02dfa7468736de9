import type { ComponentHint, FieldOption, WidgetKind } from '../../core/fill/types';
import { isComponentPopupInput, type Closest } from './component-chrome';
import { collapse } from './dom-text';
import { bootstrapSelectWrapperOf } from '../widgets/legacy/bootstrap-select';
import { browserPartsOf } from '../widgets/legacy/ecology-browser';
import { isEasyuiOriginal } from '../widgets/legacy/easyui';
import { isLayuiSelectTitle, layuiSelectPanelOf } from '../widgets/legacy/layui-select';

/**
 * What kind of widget a control is, which component library drew it, and what date format it
 * declares. Read from markup only (classes, attributes): no layout, no page scripts.
 */

/** Input types that are never filled (passwords are not even read). */
export const SKIPPED_INPUT_TYPES = new Set(['password', 'submit', 'button', 'reset', 'image', 'file', 'color', 'range']);

const DATE_INPUT_TYPES = new Set(['date', 'datetime-local', 'month', 'week']);

export interface WidgetInfo {
  kind: WidgetKind;
  inputType: string;
  component?: ComponentHint;
  formatHint?: string;
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** A date format declared in markup: My97 dateFmt, Tongda date_format, Seeyon ifFormat, data-format. */
export function declaredDateFormat(el: Element): string | undefined {
  return dateFormatOf(el, attr(el, 'onfocus'), attr(el, 'onclick'));
}

/** declaredDateFormat with the handler attributes already read. */
function dateFormatOf(el: Element, onfocus: string, onclick: string): string | undefined {
  const handlers = `${onfocus} ${onclick}`;
  const my97 = /dateFmt\s*:\s*['"]([^'"]+)['"]/.exec(handlers);
  if (my97) return my97[1];
  const seeyon = /ifFormat\s*:\s*['"]([^'"]+)['"]/.exec(attr(el, 'comp'));
  if (seeyon) return seeyon[1];
  for (const name of ['date_format', 'data-format', 'data-date-format', 'format', 'lay-format', 'dateformat']) {
    const v = el.getAttribute(name);
    if (v) return v;
  }
  // Tongda puts date_format on the calendar icon next to the input
  const next = el.nextElementSibling;
  const icon = next?.getAttribute('date_format');
  return icon ? icon : undefined;
}

const LIBRARY_WRAPPER = '.el-date-editor, .el-select, .el-select-v2, .el-cascader, .ant-picker, .ant-select, .ant-cascader';

const nativeClosest: Closest = (el, selector) => el.closest(selector);

/** Whether some element of the control's root may match a selector (always true when unknown). */
export type MayMatch = (selector: string) => boolean;

const anything: MayMatch = () => true;

/** The attributes every classification reads, read once. */
interface Attrs {
  cls: string;
  onfocus: string;
  onclick: string;
}

function componentOf(el: Element, closest: Closest, a: Attrs): ComponentHint | undefined {
  const { cls } = a;
  if (/\bWdate\b/.test(cls) || /WdatePicker/.test(`${a.onfocus}${a.onclick}`)) return 'my97';
  const wrapper = closest(el, LIBRARY_WRAPPER);
  if (wrapper) {
    const w = wrapper.classList;
    if (w.contains('el-date-editor')) return 'el-date';
    if (w.contains('ant-picker')) return 'ant-date';
    return w.contains('ant-select') || w.contains('ant-cascader') ? 'ant-select' : 'el-select';
  }
  if (el.hasAttribute('lay-key')) return 'laydate';
  if (/\bselect2-hidden-accessible\b/.test(cls)) return 'select2';
  if (/\btextbox-text\b/.test(cls) || /\beasyui-/.test(cls)) return 'easyui';
  if (layuiSelectPanelOf(el)) return 'layui-select';
  if (bootstrapSelectWrapperOf(el)) return 'bootstrap-select';
  if (browserPartsOf(el)) return 'ecology-browser';
  return undefined;
}

/**
 * Inputs a legacy widget draws for itself beside the real field (layui's select title, the
 * original input EasyUI hides, select2/bootstrap-select search boxes): they are the widget's
 * display, not fields, so they count as hidden value inputs of their cell.
 */
function isWidgetChrome(el: Element, closest: Closest, cls: string, mayMatch: MayMatch): boolean {
  // the class tests are exact; the substring and presence checks before them only skip the ones that cannot succeed
  return (
    (mayMatch('.layui-select-title') && isLayuiSelectTitle(el)) ||
    (cls.includes('textbox-f') && isEasyuiOriginal(el)) ||
    (cls.includes('select2-search__field') && el.classList.contains('select2-search__field')) ||
    (mayMatch('.bs-searchbox') && el.parentElement?.classList.contains('bs-searchbox') === true) ||
    isComponentPopupInput(el, closest)
  );
}

/** EasyUI draws a datebox as span.textbox next to the hidden original input.easyui-datebox. */
function isEasyUiDate(el: Element, closest: Closest): boolean {
  const box = closest(el, 'span.textbox');
  const original = box?.previousElementSibling;
  return !!original && /\beasyui-(?:datebox|datetimebox)\b/.test(attr(original, 'class'));
}

/**
 * Classifies a control (radio and checkbox groups are folded by the collector). `closest` and
 * `mayMatch` let the collector skip ancestor walks and class tests for library classes its root
 * does not have.
 */
export function widgetOf(el: Element, closest: Closest = nativeClosest, mayMatch: MayMatch = anything): WidgetInfo {
  const tag = el.localName;
  if (tag === 'select') {
    const component = componentOf(el, closest, { cls: attr(el, 'class'), onfocus: attr(el, 'onfocus'), onclick: attr(el, 'onclick') });
    return component ? { kind: 'select', inputType: '', component } : { kind: 'select', inputType: '' };
  }
  if (tag === 'textarea') return isWidgetChrome(el, closest, attr(el, 'class'), mayMatch) ? { kind: 'hidden', inputType: '' } : { kind: 'textarea', inputType: '' };
  if (tag !== 'input') return { kind: 'contenteditable', inputType: '' };

  const inputType = (attr(el, 'type') || 'text').toLowerCase();
  const a: Attrs = { cls: attr(el, 'class'), onfocus: attr(el, 'onfocus'), onclick: attr(el, 'onclick') };
  const component = componentOf(el, closest, a);
  const formatHint = dateFormatOf(el, a.onfocus, a.onclick);
  const base = { inputType, ...(component ? { component } : {}), ...(formatHint ? { formatHint } : {}) };
  if (inputType === 'hidden' || isWidgetChrome(el, closest, a.cls, mayMatch)) return { kind: 'hidden', ...base };
  // a library select's input is its search box (type=search in Ant Design), not a search form
  if (component === 'el-select' || component === 'ant-select') return { kind: 'select', inputType: '', component };
  if (inputType === 'radio') return { kind: 'radio-group', ...base };
  if (inputType === 'checkbox') return { kind: 'checkbox', ...base };
  if (inputType === 'number') return { kind: 'number', ...base };
  if (DATE_INPUT_TYPES.has(inputType)) return { kind: 'date', ...base };
  const { cls } = a;
  const isDate =
    component === 'my97' ||
    component === 'el-date' ||
    component === 'ant-date' ||
    component === 'laydate' ||
    formatHint !== undefined ||
    /\b(?:DATE|datepicker|date-picker|laydate)\b/.test(cls) ||
    attr(el, 'comptype') === 'calendar' ||
    /\bdate\b/.test(attr(el, 'lay-verify')) ||
    isEasyUiDate(el, closest);
  if (isDate) return { kind: 'date', ...base };
  return { kind: 'text', ...base };
}

/** The options of a native select, with their visible texts. */
export function selectOptions(select: HTMLSelectElement): FieldOption[] {
  const out: FieldOption[] = [];
  const options = select.options;
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    // `label` is the label attribute when set, else the option's text
    out.push({ value: o.value, text: collapse(o.label || o.text || ''), selected: o.selected });
  }
  return out;
}
