import { useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import '../../components/standards/standards.css';
import { CadrePicker } from '../../components/visits/CadrePicker';
import { CheckForm } from '../../components/visits/CheckForm';
import { checkFormValues, emptyCheckDraft, visitFromCheck, type CheckDraft } from '../../components/visits/check-draft';
import { FindingList } from '../../components/visits/FindingList';
import { todayInShanghai } from '../../core/model';
import { request } from '../../messaging/client';
import type { CadreSummary, Responses } from '../../messaging/protocol';
import { failureKey } from './failure';

type CheckResult = Responses['visit.check'];
type RecordState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; messageKey: string };

/**
 * Wires the 检查 view: a cadre and a visit → the findings of the rule engine against that cadre's
 * visit records and the standards in force on the visit day (`visit.check`, read fresh from
 * storage each time, so an edited cap counts at once). A checked visit can be kept as a record.
 */
export function CheckView() {
  const t = useT();
  const [cadre, setCadre] = useState<CadreSummary>();
  const [draft, setDraft] = useState<CheckDraft>(() => emptyCheckDraft(todayInShanghai()));
  const [result, setResult] = useState<CheckResult>();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string>();
  const [record, setRecord] = useState<RecordState>({ kind: 'idle' });

  const run = async () => {
    if (!cadre) return;
    setChecking(true);
    setError(undefined);
    setRecord({ kind: 'idle' });
    try {
      setResult(await request('visit.check', { form: checkFormValues(draft, cadre.name) as Record<string, string>, cadreId: cadre.id }));
    } catch (e) {
      setError(t(failureKey(e)));
    } finally {
      setChecking(false);
    }
  };

  const keep = async () => {
    if (!cadre) return;
    const input = visitFromCheck(draft, cadre.id);
    if (!input) return setRecord({ kind: 'failed', messageKey: 'check_record_unreadable' });
    setRecord({ kind: 'saving' });
    try {
      const res = await request('visit.save', { input });
      setRecord(res.ok ? { kind: 'saved' } : { kind: 'failed', messageKey: res.problems[0]?.key ?? 'err_format' });
    } catch (e) {
      setRecord({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const blocked = result?.findings.some((f) => f.severity === 'block') ?? false;
  return (
    <div class="check-layout" data-testid="check-view">
      <section class="panel wide-panel">
        <h2>{t('nav_check')}</h2>
        <p class="muted small-text">{t('check_intro')}</p>
        <CadrePicker
          testId="check-cadre"
          search={(query) => request('cadre.search', { query, limit: 20 })}
          selected={cadre}
          onPick={(c) => {
            setCadre(c);
            setResult(undefined);
          }}
          onClear={() => {
            setCadre(undefined);
            setResult(undefined);
          }}
        />
        <CheckForm draft={draft} onChange={setDraft} onCheck={() => void run()} disabled={!cadre || checking} />
        {!cadre && <p class="muted small-text">{t('check_pick_cadre')}</p>}
        {error && (
          <p class="notice is-error" role="alert">
            {error}
          </p>
        )}
      </section>
      {result && (
        <section class="panel wide-panel" data-testid="check-result" data-state={checking ? 'checking' : 'done'}>
          <h3>{t('check_result')}</h3>
          <p class="muted small-text" data-testid="check-standard">
            {result.standard ? t('check_standard_used', [result.standard.name, result.standard.effectiveFrom]) : t('check_no_standard')}
            {result.standard?.isExample && <span class="tag tag-example">{t('std_example_badge')}</span>}
            {' · '}
            {t('check_history', String(result.historySize))}
          </p>
          <FindingList findings={result.findings} />
          <div class="actions">
            <button type="button" class="secondary" data-testid="check-keep" disabled={record.kind === 'saving' || record.kind === 'saved'} onClick={() => void keep()}>
              {t('check_keep')}
            </button>
            {blocked && <span class="field-warning">{t('check_keep_blocked_note')}</span>}
            <span class="save-status" data-testid="check-keep-status" data-state={record.kind} role="status">
              {record.kind === 'saved' && t('check_kept')}
              {record.kind === 'failed' && t(record.messageKey)}
            </span>
          </div>
        </section>
      )}
    </div>
  );
}
