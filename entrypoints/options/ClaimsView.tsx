import { useEffect, useState } from 'preact/hooks';
import { BudgetEditor, type BudgetStatus } from '../../components/claims/BudgetEditor';
import { ClaimFilters } from '../../components/claims/ClaimFilters';
import { ClaimFindings } from '../../components/claims/ClaimFindings';
import { ClaimPreviewPanel } from '../../components/claims/ClaimPreviewPanel';
import { ClaimVisitList } from '../../components/claims/ClaimVisitList';
import { useT } from '../../components/i18n';
import '../../components/standards/standards.css';
import type { VisitFilter } from '../../core/expense/select';
import type { BudgetEntry } from '../../core/model/settings';
import type { Finding } from '../../core/rules/finding';
import { todayInShanghai } from '../../core/model/validators/dates';
import { request } from '../../messaging/client';
import type { ClaimHeaderInput, ClaimPreview, ClaimVisitRow, OaTab } from '../../messaging/protocol';
import { failureKey } from './failure';

type Action = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };
/** What a claim fill reported, for the status element's attributes. */
type FillCounts = { verified: number; filled: number; mismatch: number; rowsAdded: number };

/** A claim id of CareFill's own when the person has no OA form number: BX-20260301-1a2b. */
function newClaimId(today: string): string {
  return `BX-${today.replaceAll('-', '')}-${crypto.randomUUID().slice(0, 4)}`;
}

/**
 * The 报销 view: visits picked by filters → the claim with its checks → filled into an open OA
 * tab's 费用报销单 → marked claimed once the person has submitted it in the OA. Budgets per
 * 预算科目 and year are edited below.
 */
export function ClaimsView() {
  const t = useT();
  const today = todayInShanghai();
  const [filter, setFilter] = useState<VisitFilter>({ year: Number(today.slice(0, 4)), unclaimedOnly: true });
  const [rows, setRows] = useState<ClaimVisitRow[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [header, setHeader] = useState<ClaimHeaderInput>({});
  const [preview, setPreview] = useState<ClaimPreview>();
  const [tabs, setTabs] = useState<OaTab[]>([]);
  const [tabId, setTabId] = useState<number>();
  const [claimId, setClaimId] = useState('');
  const [fill, setFill] = useState<Action>({ kind: 'idle' });
  const [formFindings, setFormFindings] = useState<Finding[]>([]);
  const [fillCounts, setFillCounts] = useState<FillCounts>();
  const [mark, setMark] = useState<Action>({ kind: 'idle' });
  const [budgets, setBudgets] = useState<BudgetEntry[]>([]);
  const [budgetStatus, setBudgetStatus] = useState<BudgetStatus>({ kind: 'idle' });
  const [error, setError] = useState<string>();

  const loadVisits = async (f: VisitFilter) => {
    try {
      const res = await request('claim.visits', { filter: f });
      setRows(res.visits);
      setSelected((s) => new Set(res.visits.map((r) => r.visit.id).filter((id) => s.has(id))));
    } catch (e) {
      setError(t(failureKey(e)));
    }
  };
  const loadTabs = async () => {
    const res = await request('claim.tabs', {}).catch(() => ({ tabs: [] as OaTab[] }));
    setTabs(res.tabs);
    setTabId((id) => (res.tabs.some((x) => x.tabId === id) ? id : res.tabs[0]?.tabId));
  };
  useEffect(() => void loadVisits(filter), [filter]);
  useEffect(() => {
    void loadTabs();
    void request('claim.budgets', {}).then((r) => setBudgets(r.budgets), () => undefined);
  }, []);

  // the preview follows the selection, the header and the budgets
  const ids = [...selected];
  const idsKey = ids.sort().join(',');
  useEffect(() => {
    if (ids.length === 0) return setPreview(undefined);
    let stale = false;
    request('claim.preview', { visitIds: ids, header }).then(
      (p) => !stale && setPreview(p),
      (e: unknown) => !stale && setError(t(failureKey(e))),
    );
    return () => {
      stale = true;
    };
  }, [idsKey, JSON.stringify(header), budgets]);

  const onFill = async () => {
    if (tabId === undefined || ids.length === 0) return;
    setFill({ kind: 'busy' });
    setFormFindings([]);
    try {
      const res = await request('claim.fill', { tabId, visitIds: ids, header, overwrite: false });
      if (res.preview) setPreview(res.preview);
      if (!res.ok) return setFill({ kind: 'failed', text: t(res.key) });
      setFormFindings(res.formFindings);
      setFillCounts({ verified: res.counts.verified, filled: res.counts.filled, mismatch: res.counts.mismatch, rowsAdded: res.rowsAdded });
      setFill({ kind: 'done', text: t('claim_filled', [String(res.counts.verified + res.counts.filled), String(res.rowsAdded), String(res.counts.mismatch)]) });
      setClaimId((id) => id || newClaimId(today));
    } catch (e) {
      setFill({ kind: 'failed', text: t(failureKey(e)) });
    }
  };

  const onMark = async () => {
    if (ids.length === 0) return;
    const id = claimId.trim() || newClaimId(today);
    setClaimId(id);
    setMark({ kind: 'busy' });
    try {
      const res = await request('claim.markClaimed', { visitIds: ids, claimId: id, header });
      if (!res.ok) {
        if (res.preview) setPreview(res.preview);
        return setMark({ kind: 'failed', text: t(res.key) });
      }
      setMark({ kind: 'done', text: t('claim_marked', [String(res.marked), res.claimId]) });
      setSelected(new Set());
      await loadVisits(filter);
    } catch (e) {
      setMark({ kind: 'failed', text: t(failureKey(e)) });
    }
  };

  const onSaveBudgets = async (next: BudgetEntry[]) => {
    setBudgetStatus({ kind: 'saving' });
    try {
      const res = await request('claim.budgets.save', { budgets: next });
      if (!res.ok) return setBudgetStatus({ kind: 'failed', messageKey: res.key });
      setBudgets(res.budgets);
      setBudgetStatus({ kind: 'saved' });
    } catch (e) {
      setBudgetStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const blocked = preview?.blocked ?? false;
  return (
    <div class="claims-layout" data-testid="claims-view">
      <section class="panel wide-panel">
        <h2>{t('nav_claims')}</h2>
        <p class="muted small-text">{t('claim_intro')}</p>
        <ClaimFilters filter={filter} onChange={setFilter} />
        <ClaimVisitList
          rows={rows}
          selected={selected}
          onToggle={(id, on) => {
            const next = new Set(selected);
            if (on) next.add(id);
            else next.delete(id);
            setSelected(next);
          }}
          onSelectAll={(on) => setSelected(on ? new Set(rows.map((r) => r.visit.id)) : new Set())}
        />
        {error && (
          <p class="notice is-error" role="alert">
            {error}
          </p>
        )}
        {/* outside the preview: a marked claim leaves no selection, hence no preview */}
        <p class={mark.kind === 'failed' ? 'notice is-error' : 'save-status'} data-testid="claim-mark-status" data-state={mark.kind} role="status">
          {(mark.kind === 'done' || mark.kind === 'failed') && mark.text}
        </p>
      </section>
      {preview && (
        <section class="panel wide-panel">
          <h3>{t('claim_preview')}</h3>
          <ClaimPreviewPanel preview={preview} header={header} onHeader={setHeader} />
          <div class="actions">
            <select data-testid="claim-tab" value={tabId === undefined ? '' : String(tabId)} onChange={(e) => setTabId(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}>
              {tabs.length === 0 && <option value="">{t('claim_no_tabs')}</option>}
              {tabs.map((x) => (
                <option key={x.tabId} value={String(x.tabId)}>
                  {x.title || x.url}
                </option>
              ))}
            </select>
            <button type="button" class="secondary" data-testid="claim-tabs-refresh" onClick={() => void loadTabs()}>
              {t('claim_tabs_refresh')}
            </button>
            <button type="button" data-testid="claim-fill" disabled={blocked || tabId === undefined || fill.kind === 'busy'} onClick={() => void onFill()}>
              {t('claim_fill')}
            </button>
            <span
              class="save-status"
              data-testid="claim-fill-status"
              data-state={fill.kind}
              data-verified={fill.kind === 'done' ? String(fillCounts?.verified ?? 0) : undefined}
              data-filled={fill.kind === 'done' ? String(fillCounts?.filled ?? 0) : undefined}
              data-mismatch={fill.kind === 'done' ? String(fillCounts?.mismatch ?? 0) : undefined}
              data-rows-added={fill.kind === 'done' ? String(fillCounts?.rowsAdded ?? 0) : undefined}
              role="status"
            >
              {(fill.kind === 'done' || fill.kind === 'failed') && fill.text}
            </span>
          </div>
          {fill.kind === 'done' && (
            <div class="claim-form-check">
              <h4>{t('claim_form_check')}</h4>
              <ClaimFindings findings={formFindings} testId="claim-form-finding" />
            </div>
          )}
          <div class="actions">
            <label>
              {t('claim_id')}
              <input type="text" maxLength={60} data-testid="claim-id" value={claimId} placeholder={t('claim_id_placeholder')} onInput={(e) => setClaimId(e.currentTarget.value)} />
            </label>
            <button type="button" class="secondary" data-testid="claim-mark-claimed" disabled={mark.kind === 'busy'} onClick={() => void onMark()}>
              {t('claim_mark_claimed')}
            </button>
          </div>
        </section>
      )}
      <section class="panel wide-panel">
        <h3>{t('budget_title')}</h3>
        <p class="muted small-text">{t('budget_intro')}</p>
        <BudgetEditor budgets={budgets} status={budgetStatus} defaultYear={Number(today.slice(0, 4))} onSave={(b) => void onSaveBudgets(b)} />
      </section>
    </div>
  );
}
