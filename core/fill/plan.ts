import { FIELD_KEYS, isFieldKey, type FieldKeyInfo } from '../model/field-keys';
import { parseChineseDate } from '../model/validators/dates';
import { detectDateFormat, formatDate } from './dates';
import { UPPER_TWIN } from './lexicon';
import { chooseOption, chooseOptions, numberIn } from './options';
import type { FieldAssignment, FieldSnapshot, FillPlan, FillStep, FillValue, SkipReason } from './types';

/**
 * The decision side of writing: for every assigned field, the value shaped for its widget —
 * money with two decimals, dates in the field's own format, options chosen by visible text — or
 * the reason it is left alone. Setting values in the page is page/widgets' job.
 */

export interface PlanInput {
  framePath: string;
  frameId?: number;
  snapshots: readonly FieldSnapshot[];
  assignments: readonly FieldAssignment[];
  /** rendered text per key, row keys included (`expense.row.amount[2]`) */
  values: Readonly<Record<string, string | undefined>>;
  /**
   * Spells an amount in words (人民币大写). When given, an amount-in-words field with no value of
   * its own is written from its money field's value.
   */
  amountInWords?: (amount: number) => string;
  /** write over values already in the fields (default: leave them, reason 'user-value') */
  overwrite?: boolean;
}

type Shaped = { value: FillValue } | { skip: SkipReason };

const YES = /^(?:是|有|yes|y|true|1|√|✓|☑|同意)$/i;
const NO = /^(?:否|无|no|n|false|0|不同意)?$/i;
const LIST_SEPARATOR = /[,，、;；]/;

function baseKey(key: string): string {
  return key.replace(/\[\d+\]$/, '');
}

function keyKind(key: string): FieldKeyInfo['kind'] | undefined {
  const base = baseKey(key);
  return isFieldKey(base) ? FIELD_KEYS[base].kind : undefined;
}

/** Parses an amount as people write it: 1,200.5 / ￥1200 / 1200元. */
export function parseAmount(text: string): number | null {
  const n = numberIn(text.replace(/\s+/g, ''));
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 100) / 100;
}

function shape(s: FieldSnapshot, kind: FieldKeyInfo['kind'] | undefined, raw: string): Shaped {
  if (s.kind === 'select' || s.kind === 'radio-group') {
    if (s.options.length === 0) return s.component ? { value: { kind: 'text', text: raw } } : { skip: 'no-matching-option' };
    const choice = chooseOption(s.options, raw);
    return choice ? { value: { kind: 'option', optionIndex: choice.index, optionText: s.options[choice.index]!.text } } : { skip: 'no-matching-option' };
  }
  if (s.kind === 'checkbox-group') {
    const choices = chooseOptions(s.options, raw.split(LIST_SEPARATOR).map((w) => w.trim()).filter((w) => w !== ''));
    return choices ? { value: { kind: 'options', optionIndexes: choices.map((c) => c.index) } } : { skip: 'no-matching-option' };
  }
  if (s.kind === 'checkbox') {
    const own = s.options[0]?.text.trim();
    if (YES.test(raw.trim()) || (own !== undefined && own === raw.trim())) return { value: { kind: 'check', checked: true } };
    if (NO.test(raw.trim())) return { value: { kind: 'check', checked: false } };
    return { skip: 'invalid-value' };
  }
  if (kind === 'date' || s.kind === 'date') {
    const iso = parseChineseDate(raw);
    if (!iso) return { skip: 'invalid-value' };
    const format = detectDateFormat({ formatHint: s.formatHint, value: s.value, placeholder: s.placeholder, inputType: s.inputType });
    return { value: { kind: 'date', text: formatDate(iso, format), iso, format } };
  }
  if (kind === 'money') {
    const amount = parseAmount(raw);
    return amount === null ? { skip: 'invalid-value' } : { value: { kind: 'money', text: amount.toFixed(2), amount } };
  }
  return { value: { kind: 'text', text: raw } };
}

/** The text a shaped value leaves in a text-like field, to compare with what is there. */
function shownText(v: FillValue): string | undefined {
  return v.kind === 'text' || v.kind === 'date' || v.kind === 'money' ? v.text : undefined;
}

const WRITABLE_WHEN_READONLY = new Set(['date', 'select', 'radio-group', 'checkbox-group']);

/**
 * Builds the plan of one frame. Fields keep their order; companions (hidden value inputs) get
 * their visible field's money value, or are skipped when they hold an id CareFill cannot know.
 */
export function buildFillPlan(input: PlanInput): FillPlan {
  const steps: FillStep[] = [];
  const byIndex = [...input.assignments].sort((a, b) => a.snapshotIndex - b.snapshotIndex);
  for (const a of byIndex) {
    const s = input.snapshots[a.snapshotIndex];
    if (!s) continue;
    const step: FillStep = { snapshotIndex: a.snapshotIndex, selector: s.selector, key: a.key, before: s.value };
    steps.push(step);
    const kind = keyKind(a.key);

    let raw = input.values[a.key];
    if ((raw === undefined || raw.trim() === '') && kind === 'moneyUpper' && input.amountInWords) {
      const base = baseKey(a.key);
      const money = (Object.keys(UPPER_TWIN) as (keyof typeof UPPER_TWIN)[]).find((k) => UPPER_TWIN[k] === base);
      const amount = money ? parseAmount(input.values[money] ?? '') : null;
      if (amount !== null) raw = input.amountInWords(amount);
    }
    if (raw === undefined || raw.trim() === '') {
      step.skip = 'no-value';
      continue;
    }
    if (a.companionOf !== undefined && kind !== 'money') {
      step.skip = 'unsupported-widget';
      continue;
    }
    if (s.disabled) {
      step.skip = 'disabled';
      continue;
    }
    if (s.readonly && a.companionOf === undefined && !WRITABLE_WHEN_READONLY.has(s.kind) && s.component === undefined) {
      step.skip = 'readonly';
      continue;
    }
    const shaped = shape(s, kind, raw.trim());
    if ('skip' in shaped) {
      step.skip = shaped.skip;
      continue;
    }
    const shown = shownText(shaped.value);
    if (!input.overwrite && shown !== undefined && s.value.trim() !== '' && s.value.trim() !== shown && s.kind !== 'hidden') {
      step.skip = 'user-value';
      continue;
    }
    step.value = shaped.value;
  }
  const plan: FillPlan = { framePath: input.framePath, steps };
  if (input.frameId !== undefined) plan.frameId = input.frameId;
  return plan;
}
