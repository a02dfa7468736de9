import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { useLang } from '../../components/standards/lang';
import type { Severity } from '../../core/rules/finding';
import type { GuardFinding, GuardPanelState } from '../../messaging/requests/guard';
import type { GuardApi } from '../guard/guard-api';
import type { GuardPanelStore } from '../guard/panel-store';
import { GUARD_CSS } from '../guard/styles';

/**
 * The submit guard in the in-page panel: the 检查 button, the findings of a held submit or a
 * check (each jumps to its field), and the decision: confirm (warnings), back to the form, or
 * override with a written reason (blocking findings). Test ids: docs/automation.md.
 */

const SEVERITY_KEY: Record<Severity, string> = { block: 'finding_block', warn: 'finding_warn', info: 'finding_info' };

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; action: 'confirm' | 'override' | 'back' } | { kind: 'failed'; key: string };

export function GuardView({ api, store }: { api: GuardApi; store: GuardPanelStore }) {
  const t = useT();
  const lang = useLang();
  const [state, setState] = useState<GuardPanelState | null>(store.get());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [reason, setReason] = useState('');

  useEffect(() => {
    const off = store.subscribe((s) => {
      setState(s);
      setStatus({ kind: 'idle' });
      setReason('');
    });
    // a state set between the first render and this subscription
    setState(store.get());
    // a panel opened after the hold shows the held submit
    if (!store.get()) void api.session().then((s) => s && !store.get() && store.set(s)).catch(() => undefined);
    return off;
  }, [api, store]);

  const onCheck = async () => {
    setStatus({ kind: 'busy' });
    try {
      const res = await api.run();
      if (res.ok) store.set(res.state);
      else setStatus({ kind: 'failed', key: res.key });
    } catch {
      setStatus({ kind: 'failed', key: 'err_request_failed' });
    }
  };

  const decide = async (action: 'confirm' | 'override' | 'back') => {
    if (state?.kind !== 'held') return;
    setStatus({ kind: 'busy' });
    try {
      const res = await api.decide(state.sessionId, action, action === 'override' ? reason : undefined);
      setStatus(res.ok ? { kind: 'done', action } : { kind: 'failed', key: res.key });
    } catch {
      setStatus({ kind: 'failed', key: 'err_request_failed' });
    }
  };

  const jump = (f: GuardFinding) => {
    const key = f.fields[0];
    if (key) void api.focus(f.frameId, key).catch(() => false);
  };

  const busy = status.kind === 'busy';
  const decided = status.kind === 'done';
  return (
    <section class="guard" data-testid="guard" data-state={state?.kind ?? 'idle'}>
      <style>{GUARD_CSS}</style>
      <div class="guard-bar">
        <h3>{t('guard_title')}</h3>
        <button type="button" class="secondary" data-testid="guard-check-button" disabled={busy} onClick={() => void onCheck()}>
          {t('guard_check')}
        </button>
      </div>
      {state?.kind === 'failed' && (
        <p class="guard-error" data-testid="guard-failure" data-key={state.key} role="alert">
          {t(state.key)}
        </p>
      )}
      {state && state.kind !== 'failed' && (
        <div class="guard-findings" data-testid="guard-findings" data-severity-max={state.severityMax} data-mode={state.kind} data-count={String(state.findings.length)}>
          <p class="guard-lead" role="status">
            {state.kind === 'checked'
              ? state.findings.length === 0
                ? t('findings_none')
                : t('guard_checked')
              : state.verdict === 'block'
                ? t('guard_held_block')
                : t('guard_held_warn')}
          </p>
          {!state.cadreFound && <p class="muted">{t('guard_cadre_unknown')}</p>}
          {state.findings.length > 0 && (
            <ul class="guard-list">
              {state.findings.map((f, i) => (
                <li key={i} class="guard-finding" data-testid="guard-finding" data-rule={f.ruleId} data-severity={f.severity} data-key={f.fields[0] ?? ''}>
                  <button type="button" title={f.fields[0] ? t('guard_jump') : undefined} onClick={() => jump(f)}>
                    <span class="guard-sev">{t(SEVERITY_KEY[f.severity])}</span>
                    <span>{lang === 'en' ? (f.messageEn ?? f.message) : f.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {state.kind === 'held' && !decided && (
            <>
              {state.verdict === 'block' && (
                <textarea
                  data-testid="guard-override-reason"
                  aria-label={t('guard_override_reason')}
                  placeholder={t('guard_override_reason')}
                  maxLength={2000}
                  value={reason}
                  onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
                />
              )}
              <div class="guard-actions">
                {state.verdict === 'confirm' && (
                  <button type="button" class="primary" data-testid="guard-confirm" disabled={busy} onClick={() => void decide('confirm')}>
                    {t('guard_confirm')}
                  </button>
                )}
                <button type="button" data-testid="guard-back" disabled={busy} onClick={() => void decide('back')}>
                  {t('guard_back')}
                </button>
                {state.verdict === 'block' && (
                  <button type="button" data-testid="guard-override" disabled={busy || reason.trim() === ''} onClick={() => void decide('override')}>
                    {t('guard_override')}
                  </button>
                )}
              </div>
            </>
          )}
        </div>
      )}
      <p class="muted" data-testid="guard-status" data-state={status.kind} data-action={status.kind === 'done' ? status.action : ''} role="status">
        {status.kind === 'done' && t(status.action === 'back' ? 'guard_back_done' : 'guard_sent')}
        {status.kind === 'failed' && <span class="guard-error">{t(status.key)}</span>}
      </p>
    </section>
  );
}
