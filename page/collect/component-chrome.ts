/** `el.closest(selector)`, or a cheaper equivalent that knows the root. */
export type Closest = (el: Element, selector: string) => Element | null;

/**
 * Inputs a component library draws inside its own popups (the date panel's 选择日期/选择时间
 * boxes, a select's search box in its dropdown): part of the widget, never fields of the form.
 * The popups are teleported to <body>, far from the form item, so they are known by class.
 */
const POPUP = '.el-picker-panel, .el-select-dropdown, .el-cascader__dropdown, .el-popper, .ant-picker-dropdown, .ant-select-dropdown, .ant-cascader-dropdown';

/** True for an input that belongs to a library's popup (`closest` may skip a walk that cannot succeed). */
export function isComponentPopupInput(el: Element, closest: Closest = (e, s) => e.closest(s)): boolean {
  return closest(el, POPUP) !== null;
}
