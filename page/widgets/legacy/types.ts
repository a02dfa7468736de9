import type { FillValue } from '../../../core/fill/types';
import type { ControlState } from '../state';

/**
 * A legacy widget (jQuery plugins, layui, EasyUI, e-cology 浏览框, rich-text editors) seen
 * through the control the collector found: it is written the way the library notices, verified
 * by what the library displays, and put back on undo with the parts the snapshot does not hold
 * (the hidden value input beside a display, an editor's frame).
 */
export interface LegacyWidget {
  /** which family drew it (for tests and debugging) */
  readonly family: LegacyFamily;
  /** Writes the value; false when this widget cannot take a value of that kind. */
  write(value: FillValue): boolean;
  /** The text the widget shows a person now. */
  shown(): string;
  /** Whether the widget both holds and shows the value. */
  holds(value: FillValue): boolean;
  /** Puts back a state captured before the fill; false when the native restore should do it. */
  restore(state: ControlState): boolean;
}

export type LegacyFamily = 'select2' | 'bootstrap-select' | 'layui-select' | 'laydate' | 'easyui' | 'ecology-browser' | 'editor' | 'frame-editor';

/** Whitespace collapsed and trimmed, as a person compares two texts. */
export function collapseText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The visible text of option `index` of a select, whitespace collapsed. */
export function optionTextAt(select: HTMLSelectElement, index: number): string | undefined {
  const o = select.options[index];
  return o ? collapseText(o.label || o.text) : undefined;
}
