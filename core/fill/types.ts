/**
 * The data that crosses from a frame's collector (page/collect) to the decision core (core/fill)
 * and back as a plan. Plain, serialisable data only: no DOM types, so a snapshot can travel in a
 * message and be tested in Node.
 */

/** What kind of control a field is, as far as filling is concerned. */
export type WidgetKind =
  | 'text'
  | 'textarea'
  | 'select'
  | 'radio-group'
  | 'checkbox'
  | 'checkbox-group'
  | 'date'
  | 'number'
  | 'hidden'
  | 'contenteditable';

/** Where a label text was found, in the collector's words. */
export type LabelSource =
  /** <label for=id> */
  | 'label-for'
  /** <label for=name>, an authoring mistake Chromium also accepts */
  | 'label-for-name'
  /** <label>text <input></label> */
  | 'label-wrap'
  | 'aria-labelledby'
  | 'aria-label'
  /** .el-form-item__label, .ant-form-item-label, .layui-form-label, .form-group > label */
  | 'form-item'
  /** the table cell to the left */
  | 'table-left'
  /** the header cell above (colspan/rowspan resolved) */
  | 'table-top'
  | 'dt'
  /** text just before the control in the same container */
  | 'preceding'
  | 'title'
  | 'placeholder'
  /** Landray `subject`, Seeyon `fieldval.displayName`, legacy `msg`/`label` attributes */
  | 'attribute';

export interface FieldLabel {
  source: LabelSource;
  /** raw text as found (whitespace collapsed); normalise with core/fill/normalize */
  text: string;
}

export interface FieldOption {
  value: string;
  /** the visible text (option text, or the label of a radio/checkbox) */
  text: string;
  selected: boolean;
}

/** Component libraries whose widgets need their own setter (page/widgets). */
export type ComponentHint =
  | 'el-select'
  | 'el-date'
  | 'ant-select'
  | 'ant-date'
  | 'my97'
  | 'laydate'
  | 'easyui'
  | 'select2'
  /** legacy widgets (page/widgets/legacy): layui's drawn select, bootstrap-select, an e-cology 浏览框 display */
  | 'layui-select'
  | 'bootstrap-select'
  | 'ecology-browser';

/** Set when the control sits in a form that CareFill must never fill. */
export type FormKind = 'login' | 'search';

/** One fillable control (or one radio/checkbox group) of one frame, as the collector saw it. */
export interface FieldSnapshot {
  /** the extension's frame id when known (filled in by the content script) */
  frameId?: number;
  /** path from the top document to this frame, `''` for the top frame (see page/collect/frame-path) */
  framePath: string;
  /** CSS selector inside the frame; `>>>` crosses into a shadow root */
  selector: string;
  altSelectors: string[];
  kind: WidgetKind;
  /** the raw `type` attribute of an <input>, lower case; '' for other elements */
  inputType: string;
  visible: boolean;
  readonly: boolean;
  disabled: boolean;
  /** current value; for a group the checked option values joined by ',' */
  value: string;
  /** single checkbox: whether it is checked */
  checked?: boolean;
  options: FieldOption[];
  /** every label found, most reliable source first */
  labels: FieldLabel[];
  name: string;
  id: string;
  placeholder: string;
  /** a unit written after the field, such as 元 or 天 */
  unit?: string;
  /** 1-based index of the data row when the control sits in a detail table (明细) */
  row?: number;
  /** the row group (rowspan cell), table title or fieldset legend the control belongs to */
  section?: string;
  /**
   * Controls sharing the nearest cell or form item get the same number; used to pair a visible
   * input with its hidden value input and its uppercase twin (the money trio).
   */
  group?: number;
  /** a date format declared by the page (My97 dateFmt, date_format, ifFormat, data-format) */
  formatHint?: string;
  component?: ComponentHint;
  formKind?: FormKind;
  required?: boolean;
  maxLength?: number;
  multiple?: boolean;
}

/** What the collector hands over for one frame. */
export interface FrameCollection {
  framePath: string;
  title: string;
  /** page headings (h1-h3, big captions) that name the form, e.g. 离退休干部慰问审批表 */
  headings: string[];
  fields: FieldSnapshot[];
}

/** Which logical key a snapshot was given, and why. */
export interface FieldAssignment {
  snapshotIndex: number;
  /** a FieldKey, or a row key such as `expense.row.amount[2]` */
  key: string;
  score: number;
  via: 'sitemap' | 'lexicon';
  /**
   * Set for a hidden value input that mirrors a visible field (e-cology money field, picker
   * id input): it takes the same key and is written together with the field at this index.
   */
  companionOf?: number;
}

/** The kind of form a set of fields belongs to; decides ambiguous labels such as 金额. */
export type FormRole = 'visit' | 'expense';

/** A value ready to be written, already shaped for its widget. */
export type FillValue =
  | { kind: 'text'; text: string }
  /** a date already formatted as the field expects; iso kept for verification */
  | { kind: 'date'; text: string; iso: string; format: string }
  /** money written with two decimals; `text` is what goes into the field */
  | { kind: 'money'; text: string; amount: number }
  | { kind: 'option'; optionIndex: number; optionText: string }
  | { kind: 'options'; optionIndexes: number[] }
  | { kind: 'check'; checked: boolean };

export type SkipReason =
  | 'no-value'
  /** the value cannot be written in this field (not a date, not an amount, not yes/no) */
  | 'invalid-value'
  | 'readonly'
  | 'disabled'
  | 'no-matching-option'
  | 'user-value'
  | 'unsupported-widget';

export interface FillStep {
  snapshotIndex: number;
  selector: string;
  key: string;
  /** what the field holds now, for the preview diff and undo */
  before: string;
  value?: FillValue;
  skip?: SkipReason;
}

/** Everything to do in one frame. */
export interface FillPlan {
  framePath: string;
  frameId?: number;
  steps: FillStep[];
}
