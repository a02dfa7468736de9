import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../core/model';
import type { FieldSpec } from './cadre-form-layout';
import { useT } from './i18n';

export interface FormFieldProps {
  spec: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** validation problems of this field, shown in the UI language */
  problems: readonly FieldProblem[];
  /** advice that does not block saving (e.g. disagreement with the ID number) */
  hints?: ComponentChildren;
}

/** One labelled field of the cadre editor, with its problems right under the input. */
export function FormField({ spec, value, onChange, onBlur, problems, hints }: FormFieldProps) {
  const t = useT();
  const inputId = `cadre-${spec.id}`;
  const errorId = `${inputId}-errors`;
  const invalid = problems.length > 0;
  const common = {
    id: inputId,
    name: spec.id,
    'data-testid': `field-${spec.id}`,
    'aria-invalid': invalid,
    'aria-required': spec.required,
    'aria-describedby': invalid ? errorId : undefined,
    onBlur,
  };
  const read = (e: Event) => onChange((e.currentTarget as HTMLInputElement).value);
  const c = spec.control;

  let control: ComponentChildren;
  if (c.kind === 'select') {
    control = (
      <select {...common} value={value} onChange={read}>
        <option value="">{t('choose_placeholder')}</option>
        {c.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
        {/* a stored value outside the vocabulary stays visible so saving can flag it */}
        {value !== '' && !c.options.includes(value) && <option value={value}>{value}</option>}
      </select>
    );
  } else if (c.kind === 'textarea') {
    control = (
      <textarea {...common} rows={c.rows ?? 3} value={value} placeholder={c.placeholderKey && t(c.placeholderKey)} onInput={read} />
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        value={value}
        inputMode={c.kind === 'text' ? c.inputMode : undefined}
        placeholder={c.kind === 'date' ? t('placeholder_date') : c.placeholderKey && t(c.placeholderKey)}
        autoComplete="off"
        onInput={read}
      />
    );
  }

  return (
    <div class={`form-field${spec.wide ? ' is-wide' : ''}${invalid ? ' has-error' : ''}`}>
      <label for={inputId}>
        {t(`field_${spec.id}`)}
        {spec.required && (
          <span class="required-mark" title={t('required')}>
            *
          </span>
        )}
      </label>
      {control}
      {invalid && (
        <div id={errorId}>
          {problems.map((p) => (
            <p key={`${p.path}:${p.key}`} class="field-error" data-testid={`error-${p.path}`} role="alert">
              {t(p.key, p.subs)}
            </p>
          ))}
        </div>
      )}
      {hints}
    </div>
  );
}
