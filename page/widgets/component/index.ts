import { antSelectOf } from './ant-select';
import { cascaderOf } from './cascader';
import { choiceGroupOf } from './choice-group';
import { datePickerOf } from './date-picker';
import { elSelectOf } from './el-select';
import { libraryInputOf } from './el-input';
import type { ComponentWidget, WidgetEnv } from './types';

export type { ComponentMismatchReason, ComponentWidget, WidgetEnv, WidgetState } from './types';

/** Every class a library widget of the families below carries on the control or around it. */
const LIBRARY_MARKUP =
  '.el-select, .el-cascader, .ant-cascader, .el-date-editor, .el-input, .el-textarea, .el-input-number, .el-radio-group, .el-checkbox-group, .ant-select, .ant-picker, .ant-input, .ant-input-number, .ant-radio-group, .ant-checkbox-group';

/** Whether anything in a document or shadow root carries a library widget's classes (one query for all its controls). */
export function hasLibraryMarkup(root: Document | ShadowRoot): boolean {
  return root.querySelector(LIBRARY_MARKUP) !== null;
}

/** How long a component widget may take to show a value before it counts as refused. */
export const COMPONENT_TIMEOUT_MS = 1000;

/**
 * The component-library widget a field's control(s) belong to, recognised by the libraries'
 * class names; null for a native control, which is written in the fast native pass.
 */
export function componentWidgetOf(els: readonly Element[], timeoutMs = COMPONENT_TIMEOUT_MS): ComponentWidget | null {
  const el = els[0];
  // one lookup decides for the native controls of a large form, which are most fields
  if (!el || el.closest(LIBRARY_MARKUP) === null) return null;
  const win = el.ownerDocument.defaultView;
  if (!win) return null;
  const env: WidgetEnv = { win, timeoutMs };
  if (el.localName === 'input' && ((el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox')) return choiceGroupOf(els, env);
  if (els.length !== 1) return null;
  // a cascader first: an a-cascader is an .ant-select too, an el-cascader holds an .el-input
  return cascaderOf(el, env) ?? elSelectOf(el, env) ?? antSelectOf(el, env) ?? datePickerOf(el, env) ?? libraryInputOf(el, env);
}
