import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { CadreResultList } from '../../components/CadreResultList';
import { useT } from '../../components/i18n';
import { SearchBox } from '../../components/SearchBox';
import type { CadreSummary, FillReport, TemplateChoice } from '../../messaging/protocol';
import { FillApiError, isTransportFailure, type FillApi } from './fill-api';
import { FillReportView } from './FillReportView';
import { TemplateSelect } from './TemplateSelect';

/**
 * The fill flow shared by the popup and the in-page panel: find a cadre, choose a template
 * (preselected by the visit the day calls for), fill, read the report, undo. The test ids are the
 * automation contract (docs/automation.md).
 */

interface SearchState {
  query: string;
  items: CadreSummary[];
  total: number;
  loading: boolean;
  errorKey?: string;
}

type FillState =
  | { kind: 'idle' }
  | { kind: 'filling' }
  | { kind: 'done'; report: FillReport }
  | { kind: 'failed'; key: string };

type UndoState = { kind: 'idle' } | { kind: 'undoing' } | { kind: 'done'; restored: number } | { kind: 'failed' };

const keyOf = (e: unknown): string => (e instanceof FillApiError ? e.key : 'err_request_failed');

/** A fill cut off mid-way may have written part of the form: say so, and keep undo at hand. */
const INTERRUPTED_KEY = 'fill_err_interrupted';

/** A visit started from the home screen: the cadre chosen and the template it calls for. */
export interface FillPreset {
  cadre: CadreSummary;
  templateId?: string;
}

export interface FillFlowProps {
  api: FillApi;
  autoFocus?: boolean;
  preset?: FillPreset;
}

export function FillFlow({ api, autoFocus, preset }: FillFlowProps) {
  const t = useT();
  const [search, setSearch] = useState<SearchState>({ query: '', items: [], total: 0, loading: false });
  const [cadreId, setCadreId] = useState<string>();
  const [templates, setTemplates] = useState<TemplateChoice[]>();
  const [templateId, setTemplateId] = useState<string>();
  const [fill, setFill] = useState<FillState>({ kind: 'idle' });
  const [undo, setUndo] = useState<UndoState>({ kind: 'idle' });
  // Answers can arrive out of order; only the latest one counts.
  const searchSeq = useRef(0);
  const pickSeq = useRef(0);

  const onSearch = useCallback(
    async (query: string) => {
      const seq = ++searchSeq.current;
      if (query === '') return setSearch({ query, items: [], total: 0, loading: false });
      setSearch((s) => ({ ...s, query, loading: true, errorKey: undefined }));
      try {
        const res = await api.searchCadres(query);
        if (seq === searchSeq.current) setSearch({ query, items: res.items, total: res.total, loading: false });
      } catch (e) {
        if (seq === searchSeq.current) setSearch({ query, items: [], total: 0, loading: false, errorKey: keyOf(e) });
      }
    },
    [api],
  );

  const onPick = async (id: string, wantedTemplate?: string) => {
    const seq = ++pickSeq.current;
    setCadreId(id);
    setFill({ kind: 'idle' });
    setUndo({ kind: 'idle' });
    try {
      const res = await api.templates(id);
      if (seq !== pickSeq.current) return;
      setTemplates(res.templates);
      const wanted = res.templates.find((x) => x.id === wantedTemplate)?.id;
      setTemplateId(wanted ?? res.defaultId ?? res.templates[0]?.id);
    } catch (e) {
      if (seq === pickSeq.current) setFill({ kind: 'failed', key: keyOf(e) });
    }
  };

  // the page collects its fields while the person chooses, so the click only fills (page/fill/prepared.ts)
  const prepare = () => void api.prepare().catch(() => undefined);
  useEffect(prepare, []);

  // a preset shows its cadre as the one result, chosen, with its template
  useEffect(() => {
    if (!preset) return;
    setSearch({ query: preset.cadre.name, items: [preset.cadre], total: 1, loading: false });
    void onPick(preset.cadre.id, preset.templateId);
    // the preset is read once, when the flow opens
  }, []);

  const onFill = async (overwrite: boolean) => {
    if (!cadreId || !templateId) return;
    setFill({ kind: 'filling' });
    setUndo({ kind: 'idle' });
    try {
      const res = await api.fill(cadreId, templateId, overwrite);
      setFill(res.ok ? { kind: 'done', report: res } : { kind: 'failed', key: res.key });
    } catch (e) {
      setFill({ kind: 'failed', key: isTransportFailure(e) ? INTERRUPTED_KEY : keyOf(e) });
    }
    prepare();
  };

  const onUndo = async () => {
    setUndo({ kind: 'undoing' });
    try {
      setUndo({ kind: 'done', restored: (await api.undo()).restored });
    } catch {
      setUndo({ kind: 'failed' });
    }
    prepare();
  };

  const busy = fill.kind === 'filling' || undo.kind === 'undoing';
  const interrupted = fill.kind === 'failed' && fill.key === INTERRUPTED_KEY;
  const undoBlock = (
    <div class="fill-undo">
      <button type="button" class="secondary" data-testid="undo-button" disabled={busy || undo.kind === 'done'} onClick={() => void onUndo()}>
        {t('fill_undo')}
      </button>
      <span class="muted" data-testid="undo-status" data-state={undo.kind} role="status">
        {undo.kind === 'done' && t('fill_undone', String(undo.restored))}
        {undo.kind === 'failed' && t('err_request_failed')}
      </span>
    </div>
  );
  return (
    <div class="fill-flow" data-state={fill.kind}>
      <SearchBox testId="cadre-search" label={t('search_label')} placeholder={t('search_placeholder')} onSearch={(q) => void onSearch(q)} autoFocus={autoFocus} />
      <CadreResultList
        query={search.query}
        items={search.items}
        total={search.total}
        loading={search.loading}
        error={search.errorKey && t(search.errorKey)}
        selectedId={cadreId}
        onPick={(id) => void onPick(id)}
      />
      {cadreId && templates && (
        <div class="fill-controls">
          {templates.length === 0 ? (
            <p class="empty-state">{t('fill_no_templates')}</p>
          ) : (
            <TemplateSelect templates={templates} value={templateId} onChange={setTemplateId} />
          )}
          <button type="button" class="primary" data-testid="fill-button" disabled={busy || !templateId} onClick={() => void onFill(false)}>
            {fill.kind === 'filling' ? t('fill_in_progress') : t('fill_button')}
          </button>
        </div>
      )}
      {fill.kind === 'failed' && (
        <p class="empty-state is-error" data-testid="fill-error" data-key={fill.key} role="alert">
          {t(fill.key)}
        </p>
      )}
      {interrupted && undoBlock}
      {fill.kind === 'done' && (
        <>
          <FillReportView report={fill.report} busy={busy} onOverwrite={() => void onFill(true)} />
          {undoBlock}
        </>
      )}
    </div>
  );
}
