import { useEffect, useState } from 'preact/hooks';
import { followUpStatus } from '../core/ledger/follow-ups';
import { FOLLOW_UP_METHODS, type FieldProblem, type FollowUp } from '../core/model';
import { emptyFollowUpForm, type FollowUpFormValues } from './follow-up-form';
import { useT } from './i18n';

export interface FollowUpLogProps {
  /** the cadre's follow-ups, latest first; undefined while loading */
  items?: readonly FollowUp[];
  today: string;
  /** problems of the last save of the form */
  problems: readonly FieldProblem[];
  /** a save is under way */
  busy?: boolean;
  /** translated text of a failure */
  error?: string;
  /** records a contact */
  onAdd: (values: FollowUpFormValues) => void;
  /** counts the contacts saved: each new value closes and clears the form */
  savedCount?: number;
  onMarkDone: (f: FollowUp) => void;
}

const STATUS_KEYS = {
  done: 'followup_status_done',
  overdue: 'followup_status_overdue',
  'due-today': 'followup_status_today',
  'due-soon': 'followup_status_soon',
  open: 'followup_status_open',
} as const;

/** 一跟进 of one cadre: the contacts recorded, what was found and what is to be done by when; record another, mark one done. */
export function FollowUpLog({ items, today, problems, busy, error, onAdd, onMarkDone, savedCount = 0 }: FollowUpLogProps) {
  const t = useT();
  const [values, setValues] = useState(() => emptyFollowUpForm(today));
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    setAdding(false);
    setValues(emptyFollowUpForm(today));
  }, [savedCount, today]);
  const problemOf = (path: string) => problems.filter((p) => p.path === path);
  const field = (id: keyof FollowUpFormValues, labelKey: string, control: 'text' | 'textarea' | 'method', required = false) => {
    const errs = problemOf(id);
    const common = {
      id: `followup-${id}`,
      'data-testid': `followup-${id}`,
      'aria-invalid': errs.length > 0,
      'aria-required': required,
      value: values[id],
    };
    const read = (e: Event) => setValues((v) => ({ ...v, [id]: (e.currentTarget as HTMLInputElement).value }));
    return (
      <div class={`form-field${control === 'textarea' ? ' is-wide' : ''}${errs.length ? ' has-error' : ''}`}>
        <label for={`followup-${id}`}>
          {t(labelKey)}
          {required && <span class="required-mark">*</span>}
        </label>
        {control === 'method' ? (
          <select {...common} onChange={read}>
            <option value="">{t('choose_placeholder')}</option>
            {FOLLOW_UP_METHODS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        ) : control === 'textarea' ? (
          <textarea {...common} rows={2} onInput={read} />
        ) : (
          <input {...common} type="text" autoComplete="off" placeholder={id.endsWith('ate') ? t('placeholder_date') : undefined} onInput={read} />
        )}
        {errs.map((p) => (
          <p key={p.key} class="field-error" data-testid={`followup-error-${id}`} role="alert">
            {t(p.key, p.subs)}
          </p>
        ))}
      </div>
    );
  };

  return (
    <section class="followup-log" data-testid="followup-log" aria-label={t('followup_title')}>
      <header class="followup-head">
        <h3>{t('followup_title')}</h3>
        {!adding && (
          <button type="button" class="secondary small" data-testid="followup-new" onClick={() => setAdding(true)}>
            {t('followup_add')}
          </button>
        )}
      </header>
      {adding && (
        <form
          class="followup-form"
          data-testid="followup-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onAdd(values);
          }}
        >
          <div class="form-grid">
            {field('date', 'followup_date', 'text', true)}
            {field('method', 'followup_method', 'method', true)}
            {field('owner', 'followup_owner', 'text')}
            {field('dueDate', 'followup_due', 'text')}
            {field('found', 'followup_found', 'textarea', true)}
            {field('action', 'followup_action', 'textarea')}
          </div>
          {problemOf('').concat(problemOf('cadreId')).map((p) => (
            <p key={p.key} class="field-error" role="alert">
              {t(p.key, p.subs)}
            </p>
          ))}
          <div class="actions">
            <button type="submit" class="primary small" data-testid="followup-save" disabled={busy}>
              {t('save')}
            </button>
            <button
              type="button"
              class="secondary small"
              onClick={() => {
                setAdding(false);
                setValues(emptyFollowUpForm(today));
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="notice is-error" role="alert">
          {error}
        </p>
      )}
      {items === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p class="muted" data-testid="followup-empty">
          {t('followup_empty')}
        </p>
      ) : (
        <ol class="followup-items">
          {items.map((f) => {
            const status = followUpStatus(f, today);
            return (
              <li key={f.id} class={`followup-item is-${status}`} data-testid="followup-item" data-status={status}>
                <div class="followup-line">
                  <span class="followup-date">{f.date}</span>
                  <span class="tag">{f.method}</span>
                  {f.owner && <span class="muted">{t('followup_by', f.owner)}</span>}
                  <span class={`tag status-${status}`}>{t(STATUS_KEYS[status], f.doneDate ?? f.dueDate ?? '')}</span>
                  {status !== 'done' && (
                    <button type="button" class="link-button" data-testid="followup-done" disabled={busy} onClick={() => onMarkDone(f)}>
                      {t('followup_mark_done')}
                    </button>
                  )}
                </div>
                <p class="followup-found">{f.found}</p>
                {f.action && <p class="followup-action">{t('followup_action_line', f.action)}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
