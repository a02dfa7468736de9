import { bootstrapSelectOf } from './bootstrap-select';
import { ecologyBrowserOf } from './ecology-browser';
import { easyuiOf } from './easyui';
import { editorOf, frameEditorOf } from './editor';
import { laydateOf } from './laydate';
import { layuiSelectOf } from './layui-select';
import { select2Of } from './select2';
import type { LegacyWidget } from './types';

export type { LegacyFamily, LegacyWidget } from './types';

/**
 * Which legacy widget family, if any, drew the control of a field, recognised by DOM shape only
 * (classes and neighbours the libraries put there), so it works on any page that uses them.
 * Checked by tag first: a plain input costs a few attribute reads.
 */
export function legacyWidgetOf(els: readonly Element[]): LegacyWidget | undefined {
  if (els.length !== 1) return undefined;
  const el = els[0]!;
  switch (el.localName) {
    case 'select':
      return select2Of(el) ?? layuiSelectOf(el) ?? bootstrapSelectOf(el);
    case 'input':
      if (el.classList.contains('Wdate')) return undefined; // My97 stays native
      return laydateOf(el) ?? easyuiOf(el) ?? ecologyBrowserOf(el);
    case 'textarea':
      return frameEditorOf(el);
    default:
      return editorOf(el);
  }
}
