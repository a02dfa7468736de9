import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldProblem } from '../../core/model/issues';
import { useT } from '../i18n';

/**
 * Small controls for the table editors (standards, templates, visit records): each shows its
 * problems under itself, and numbers keep what the person typed until it parses, so a half-typed
 * figure is never silently replaced.
 */

/** The problems of the field at `path` and of anything inside it (`perVisitCaps.2` owns `perVisitCaps.2.cap`). */
export function problemsAt(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}

/** The translated problems of one control, under it. */
export function CellProblems({ problems, testId }: { problems: readonly FieldProblem[]; testId?: string }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <span class="cell-errors" data-testid={testId}>
      {[...new Set(problems.map((p) => t(p.key, p.subs)))].map((text) => (
        <span key={text} class="field-error" role="alert">
          {text}
        </span>
      ))}
    </span>
  );
}

interface CellBase {
  testId: string;
  /** accessible name (tables have no visible label per cell) */
  label: string;
  problems?: readonly FieldProblem[];
  disabled?: boolean;
}

/** Parses what was typed into a number: undefined for blank, NaN when it is not a number. */
export type NumberParser = (text: string) => number | undefined;

/** Yuan with at most two decimals; commas, ￥ and 元 allowed. NaN otherwise. */
export const parseYuanText: NumberParser = (text) => {
  const s = text.replace(/[\s,，]/g, '').replace(/^[￥¥]/, '').replace(/元$/, '');
  if (s === '') return undefined;
  return /^\d+(?:\.\d{1,2})?$/.test(s) ? Number(s) : Number.NaN;
};

/** A whole number (days, counts, ages). NaN otherwise. */
export const parseIntText: NumberParser = (text) => {
  const s = text.trim();
  if (s === '') return undefined;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
};

/** A decimal such as 0.8. NaN otherwise. */
export const parseDecimalText: NumberParser = (text) => {
  const s = text.trim();
  if (s === '') return undefined;
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
};

function numberText(n: number | undefined): string {
  return n === undefined || Number.isNaN(n) ? '' : String(n);
}

/** A number input; emits undefined for blank and NaN for text that is not a number. */
export function NumberCell(props: CellBase & { value: number | undefined; onChange: (n: number | undefined) => void; parse?: NumberParser }) {
  const { testId, label, problems = [], disabled, value, onChange, parse = parseYuanText } = props;
  const [text, setText] = useState(numberText(value));
  // A new value from outside (another row removed, a reload) replaces the text unless it is what the text says.
  useEffect(() => {
    const shown = parse(text);
    const same = shown === value || (Number.isNaN(shown) && Number.isNaN(value));
    if (!same) setText(numberText(value));
  }, [value]);
  const bad = text.trim() !== '' && Number.isNaN(parse(text));
  const all = bad ? [{ path: '', key: 'err_number' }] : problems;
  return (
    <span class={`cell${all.length ? ' has-error' : ''}`}>
      <input
        type="text"
        inputMode="decimal"
        data-testid={testId}
        aria-label={label}
        aria-invalid={all.length > 0}
        value={text}
        disabled={disabled}
        autoComplete="off"
        onInput={(e) => {
          const next = (e.currentTarget as HTMLInputElement).value;
          setText(next);
          onChange(parse(next));
        }}
      />
      <CellProblems problems={all} />
    </span>
  );
}

/** A text input; blank is undefined. */
export function TextCell(props: CellBase & { value: string | undefined; onChange: (s: string | undefined) => void; placeholder?: string; wide?: boolean }) {
  const { testId, label, problems = [], disabled, value, onChange, placeholder, wide } = props;
  return (
    <span class={`cell${wide ? ' is-wide' : ''}${problems.length ? ' has-error' : ''}`}>
      <input
        type="text"
        data-testid={testId}
        aria-label={label}
        aria-invalid={problems.length > 0}
        value={value ?? ''}
        placeholder={placeholder}
        disabled={disabled}
        autoComplete="off"
        onInput={(e) => {
          const next = (e.currentTarget as HTMLInputElement).value;
          onChange(next === '' ? undefined : next);
        }}
      />
      <CellProblems problems={problems} />
    </span>
  );
}

/** A choice among values; `blank` names the empty choice (any / none), absent when a value is required. */
export function SelectCell<V extends string>(
  props: CellBase & { value: V | undefined; options: readonly V[]; onChange: (v: V | undefined) => void; blank?: string; labelOf?: (v: V) => string },
) {
  const { testId, label, problems = [], disabled, value, options, onChange, blank, labelOf = (v: V) => v } = props;
  return (
    <span class={`cell${problems.length ? ' has-error' : ''}`}>
      <select
        data-testid={testId}
        aria-label={label}
        aria-invalid={problems.length > 0}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLSelectElement).value;
          onChange(next === '' ? undefined : (next as V));
        }}
      >
        {(blank !== undefined || value === undefined) && <option value="">{blank ?? ''}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
        {/* a stored value outside the list stays visible so saving can flag it */}
        {value !== undefined && !options.includes(value) && <option value={value}>{value}</option>}
      </select>
      <CellProblems problems={problems} />
    </span>
  );
}

/** Several values of a vocabulary: chips with a remove button, and a select to add one. */
export function ChipsCell<V extends string>(
  props: CellBase & {
    value: readonly V[];
    options: readonly V[];
    onChange: (v: V[]) => void;
    /** how a value reads (field keys show their Chinese name) */
    labelOf?: (v: V) => string;
    /** shown when the list is empty (e.g. 全部类型) */
    emptyText?: string;
  },
) {
  const { testId, label, problems = [], disabled, value, options, onChange, labelOf = (v) => v, emptyText } = props;
  const t = useT();
  const left = options.filter((o) => !value.includes(o));
  return (
    <span class={`cell chips${problems.length ? ' has-error' : ''}`} data-testid={testId}>
      {value.length === 0 && emptyText && <span class="muted chip-empty">{emptyText}</span>}
      {value.map((v) => (
        <span key={v} class="chip">
          {labelOf(v)}
          <button
            type="button"
            class="chip-remove"
            aria-label={t('remove_item', labelOf(v))}
            disabled={disabled}
            onClick={() => onChange(value.filter((x) => x !== v))}
          >
            ×
          </button>
        </span>
      ))}
      {left.length > 0 && (
        <select
          class="chip-add"
          aria-label={label}
          value=""
          disabled={disabled}
          onChange={(e) => {
            const next = (e.currentTarget as HTMLSelectElement).value as V;
            if (next) onChange([...value, next]);
          }}
        >
          <option value="">{t('add_item')}</option>
          {left.map((o) => (
            <option key={o} value={o}>
              {labelOf(o)}
            </option>
          ))}
        </select>
      )}
      <CellProblems problems={problems} />
    </span>
  );
}

/** Words separated by 、 , ， or spaces → a list (blank entries dropped). */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A list typed as one line of words (现金、购物卡、代金券). */
export function ListCell(props: CellBase & { value: readonly string[]; onChange: (v: string[]) => void; placeholder?: string }) {
  const { testId, label, problems = [], disabled, value, onChange, placeholder } = props;
  const joined = value.join('、');
  const [text, setText] = useState(joined);
  // What this cell last emitted: only a different value from outside replaces the text.
  const emitted = useRef(joined);
  useEffect(() => {
    if (joined !== emitted.current) {
      emitted.current = joined;
      setText(joined);
    }
  }, [joined]);
  return (
    <span class={`cell is-wide${problems.length ? ' has-error' : ''}`}>
      <input
        type="text"
        data-testid={testId}
        aria-label={label}
        aria-invalid={problems.length > 0}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        autoComplete="off"
        onInput={(e) => {
          const next = (e.currentTarget as HTMLInputElement).value;
          setText(next);
          const list = splitList(next);
          emitted.current = list.join('、');
          onChange(list);
        }}
      />
      <CellProblems problems={problems} />
    </span>
  );
}

/** Numbers typed as one line (80、90、100); a word that is not a number becomes NaN. */
export function NumberListCell(props: CellBase & { value: readonly number[]; onChange: (v: number[]) => void; placeholder?: string; parse?: NumberParser }) {
  const { testId, label, problems = [], disabled, value, onChange, placeholder, parse = parseIntText } = props;
  const toNumbers = (text: string) => splitList(text).map((s) => parse(s) ?? Number.NaN);
  const [text, setText] = useState(value.join('、'));
  useEffect(() => {
    const shown = toNumbers(text);
    const same = shown.length === value.length && shown.every((n, i) => n === value[i] || (Number.isNaN(n) && Number.isNaN(value[i])));
    if (!same) setText(value.join('、'));
  }, [value.join('、')]);
  const bad = toNumbers(text).some((n) => Number.isNaN(n));
  const all = bad ? [{ path: '', key: 'err_number' }] : problems;
  return (
    <span class={`cell is-wide${all.length ? ' has-error' : ''}`}>
      <input
        type="text"
        data-testid={testId}
        aria-label={label}
        aria-invalid={all.length > 0}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        autoComplete="off"
        onInput={(e) => {
          const next = (e.currentTarget as HTMLInputElement).value;
          setText(next);
          onChange(toNumbers(next));
        }}
      />
      <CellProblems problems={all} />
    </span>
  );
}
