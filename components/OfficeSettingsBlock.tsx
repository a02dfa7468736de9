import { useEffect, useState } from 'preact/hooks';
import type { FieldProblem } from '../core/model/issues';
import { useT } from './i18n';

export interface OfficeValues {
  handlerName: string;
  department: string;
  contactIntervalMonths: number;
}

export type OfficeStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; problems: FieldProblem[] };

/** The office's details used by templates ({{经办人}}, {{部门}}) and the contact reminders. */
export function OfficeSettingsBlock({ values, status, onSave }: { values?: OfficeValues; status: OfficeStatus; onSave: (v: OfficeValues) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<OfficeValues | undefined>(values);
  useEffect(() => setDraft(values), [values]);
  if (!draft) return <div class="settings-block">{t('loading')}</div>;
  const problem = (path: string) => (status.kind === 'failed' ? status.problems.find((p) => p.path === path) : undefined);
  const error = (path: string) => {
    const p = problem(path);
    return p ? (
      <span class="field-error" data-testid={`error-${path}`}>
        {t(p.key, p.subs)}
      </span>
    ) : null;
  };
  return (
    <form
      class="settings-block"
      data-testid="office-settings"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <h3>{t('settings_office_title')}</h3>
      <p class="muted">{t('settings_office_explain')}</p>
      <label>
        {t('settings_office_handler')}
        <input data-testid="office-handlerName" value={draft.handlerName} maxLength={30} onInput={(e) => setDraft({ ...draft, handlerName: e.currentTarget.value })} />
      </label>
      {error('handlerName')}
      <label>
        {t('settings_office_department')}
        <input data-testid="office-department" value={draft.department} maxLength={60} onInput={(e) => setDraft({ ...draft, department: e.currentTarget.value })} />
      </label>
      {error('department')}
      <label>
        {t('settings_office_interval')}
        <input
          type="number"
          min={1}
          max={24}
          data-testid="office-contactIntervalMonths"
          value={draft.contactIntervalMonths}
          onInput={(e) => setDraft({ ...draft, contactIntervalMonths: Number(e.currentTarget.value) })}
        />
      </label>
      {error('contactIntervalMonths')}
      <p>
        <button type="submit" data-testid="office-save" disabled={status.kind === 'saving'}>
          {t('settings_office_save')}
        </button>{' '}
        {status.kind === 'saved' && <span data-testid="office-status">{t('settings_office_saved')}</span>}
      </p>
    </form>
  );
}
