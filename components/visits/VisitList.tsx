import { useState } from 'preact/hooks';
import type { VisitRecord } from '../../core/model/visit-record';
import { useT } from '../i18n';
import { visitValue } from './visit-draft';

export interface VisitListProps {
  /** the cadre's records of `year`, by date */
  visits: readonly VisitRecord[];
  year: number;
  onYear: (year: number) => void;
  selectedId?: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}

const SOURCE_KEY = { oa: 'visit_source_oa', manual: 'visit_source_manual', import: 'visit_source_import' } as const;

/** Money in yuan with two decimals and thousands separators. */
function yuan(n: number): string {
  return n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A cadre's visit records of one calendar year, with the year's total (what annual caps count). */
export function VisitList({ visits, year, onYear, selectedId, onOpen, onDelete }: VisitListProps) {
  const t = useT();
  const [confirming, setConfirming] = useState<string>();
  const total = visits.reduce((sum, v) => sum + Math.round(visitValue(v) * 100), 0) / 100;
  return (
    <div class="visit-list" data-testid="visit-list" data-year={String(year)} data-count={String(visits.length)}>
      <div class="year-bar">
        <button type="button" class="small" data-testid="visit-year-prev" aria-label={t('visit_year_prev')} onClick={() => onYear(year - 1)}>
          ‹
        </button>
        <strong data-testid="visit-year">{t('visit_year', String(year))}</strong>
        <button type="button" class="small" data-testid="visit-year-next" aria-label={t('visit_year_next')} onClick={() => onYear(year + 1)}>
          ›
        </button>
        <span class="muted" data-testid="visit-year-total" data-total={String(total)}>
          {t('visit_year_total', [String(visits.length), yuan(total)])}
        </span>
      </div>
      {visits.length === 0 ? (
        <p class="empty-state">{t('visit_none')}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th>{t('visit_col_date')}</th>
              <th>{t('std_col_visitType')}</th>
              <th>{t('tpl_form')}</th>
              <th class="num">{t('tpl_amount')}</th>
              <th class="num">{t('tpl_goods_value')}</th>
              <th>{t('visit_col_source')}</th>
              <th>{t('visit_col_note')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id} class={v.id === selectedId ? 'is-selected' : undefined} data-testid="visit-row" data-id={v.id}>
                <td>{v.date}</td>
                <td>
                  {v.visitType}
                  {(v.festival ?? v.tier) && <span class="tag tag-plain">{v.visitType === '生日寿辰' && v.tier ? t('tpl_age_tier', v.tier) : (v.festival ?? v.tier)}</span>}
                </td>
                <td>{v.form ?? ''}</td>
                <td class="num">{yuan(v.amount)}</td>
                <td class="num">{yuan(v.goodsValue)}</td>
                <td>{t(SOURCE_KEY[v.source])}</td>
                <td class="cell-note">{v.note ?? v.goods ?? ''}</td>
                <td class="row-actions">
                  <button type="button" class="link-button" data-testid="visit-open" onClick={() => onOpen(v.id)}>
                    {t('edit')}
                  </button>
                  {confirming === v.id ? (
                    <>
                      <button type="button" class="link-button danger-text" data-testid="visit-delete-confirm" onClick={() => onDelete(v.id)}>
                        {t('delete_confirm')}
                      </button>
                      <button type="button" class="link-button" onClick={() => setConfirming(undefined)}>
                        {t('cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" class="link-button" data-testid="visit-delete" onClick={() => setConfirming(v.id)}>
                      {t('delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
