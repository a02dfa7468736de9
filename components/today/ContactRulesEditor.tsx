import { useState } from 'preact/hooks';
import type { ContactRule, FieldProblem } from '../../core/model';
import { DIFFICULTY_TYPES, HEALTH_STATUSES } from '../../core/model/vocab';
import { useT } from '../i18n';
import { draftFromRule, EMPTY_RULE_DRAFT, ruleFromDraft, type ContactRuleDraft } from './contact-rule-draft';

export type SaveRules = (rules: unknown[] | null) => Promise<{ ok: true; rules: ContactRule[]; custom: boolean } | { ok: false; problems: FieldProblem[] }>;

type Status = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; problems: FieldProblem[] };

/** Toggles `value` in a list (checkbox groups). */
function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);
}

/**
 * 联系频次规则: who must be contacted how often (独居 monthly, 80 and over quarterly …). Each rule
 * names who it covers (age, health, difficulty, tags: any of them matches) and the months between
 * contacts; the strictest matching rule wins. Saved into the settings; "恢复默认" goes back to the
 * shipped rules.
 */
export function ContactRulesEditor({ initial, custom, onSave }: { initial: readonly ContactRule[]; custom: boolean; onSave: SaveRules }) {
  const t = useT();
  const [drafts, setDrafts] = useState<ContactRuleDraft[]>(() => initial.map(draftFromRule));
  const [isCustom, setCustom] = useState(custom);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const update = (i: number, patch: Partial<ContactRuleDraft>) => setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const problemsOf = (i: number) => (status.kind === 'failed' ? status.problems.filter((p) => p.path === `contactRules.${i}` || p.path.startsWith(`contactRules.${i}.`)) : []);
  const generalProblems = status.kind === 'failed' ? status.problems.filter((p) => !/^contactRules\.\d+/.test(p.path)) : [];

  const save = async (rules: unknown[] | null) => {
    setStatus({ kind: 'saving' });
    try {
      const res = await onSave(rules);
      if (!res.ok) return setStatus({ kind: 'failed', problems: res.problems });
      setDrafts(res.rules.map(draftFromRule));
      setCustom(res.custom);
      setStatus({ kind: 'saved' });
    } catch {
      setStatus({ kind: 'failed', problems: [{ path: '', key: 'err_request_failed' }] });
    }
  };

  return (
    <details class="today-contact-rules" data-testid="today-contact-rules" data-custom={String(isCustom)}>
      <summary>
        <h2>{t('contact_rules_title')}</h2>
      </summary>
      <p class="muted">{t('contact_rules_help')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(drafts.map(ruleFromDraft));
        }}
      >
        {drafts.map((d, i) => (
          <fieldset key={i} class="contact-rule" data-testid="contact-rule" data-index={String(i)}>
            <legend>{t('contact_rule_n', String(i + 1))}</legend>
            <label>
              {t('contact_rule_label')}
              <input data-testid="contact-rule-label" value={d.label} maxLength={30} onInput={(e) => update(i, { label: e.currentTarget.value })} />
            </label>
            <label>
              {t('contact_rule_months')}
              <input data-testid="contact-rule-months" inputMode="numeric" size={3} value={d.months} onInput={(e) => update(i, { months: e.currentTarget.value })} />
            </label>
            <label>
              {t('contact_rule_min_age')}
              <input data-testid="contact-rule-min-age" inputMode="numeric" size={4} value={d.minAge} onInput={(e) => update(i, { minAge: e.currentTarget.value })} />
            </label>
            <span class="contact-rule-group">
              {t('contact_rule_health')}
              {HEALTH_STATUSES.map((h) => (
                <label key={h} class="today-inline">
                  <input type="checkbox" data-testid={`contact-rule-health-${h}`} checked={d.healthStatuses.includes(h)} onChange={(e) => update(i, { healthStatuses: toggled(d.healthStatuses, h, e.currentTarget.checked) })} />
                  {h}
                </label>
              ))}
            </span>
            <span class="contact-rule-group">
              {t('contact_rule_difficulty')}
              {DIFFICULTY_TYPES.map((x) => (
                <label key={x} class="today-inline">
                  <input type="checkbox" data-testid={`contact-rule-difficulty-${x}`} checked={d.difficultyTypes.includes(x)} onChange={(e) => update(i, { difficultyTypes: toggled(d.difficultyTypes, x, e.currentTarget.checked) })} />
                  {x}
                </label>
              ))}
            </span>
            <label>
              {t('contact_rule_tags')}
              <input data-testid="contact-rule-tags" value={d.tags} onInput={(e) => update(i, { tags: e.currentTarget.value })} />
            </label>
            <button type="button" class="link-button" data-testid="contact-rule-remove" onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}>
              {t('contact_rule_remove')}
            </button>
            {problemsOf(i).map((p) => (
              <p key={p.path + p.key} class="today-contact-error" role="alert" data-testid="contact-rule-error" data-index={String(i)} data-path={p.path}>
                {t(p.key)}
              </p>
            ))}
          </fieldset>
        ))}
        <div class="today-inline">
          <button type="button" class="small" data-testid="contact-rule-add" onClick={() => setDrafts([...drafts, { ...EMPTY_RULE_DRAFT }])}>
            {t('contact_rule_add')}
          </button>
          <button type="submit" class="small" data-testid="contact-rules-save" disabled={status.kind === 'saving'}>
            {t('contact_rules_save')}
          </button>
          <button type="button" class="small" data-testid="contact-rules-reset" disabled={status.kind === 'saving' || !isCustom} onClick={() => void save(null)}>
            {t('contact_rules_reset')}
          </button>
          {status.kind === 'saved' && <span class="muted" data-testid="contact-rules-status" data-state="saved">{t('contact_rules_saved')}</span>}
          {generalProblems.map((p) => (
            <span key={p.path + p.key} class="today-contact-error" role="alert" data-testid="contact-rules-status" data-state="failed">
              {t(p.key)}
            </span>
          ))}
        </div>
      </form>
    </details>
  );
}
