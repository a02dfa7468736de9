import { useContext } from 'preact/hooks';
import type { VisitToStart } from '../../core/today';
import { useT } from '../i18n';
import { StartVisitContext } from './start-visit';

/**
 * The visit ready to start: its type (节日, tier or age) and the template that fits; for one
 * cadre, 开始慰问 opens the fill flow with both chosen.
 */
export function VisitHint({ visit, cadreId }: { visit: VisitToStart; cadreId?: string }) {
  const t = useT();
  const detail = visit.festival ?? (visit.tier && visit.visitType === '生日寿辰' ? t('today_age', visit.tier) : visit.tier);
  const type = detail ? `${visit.visitType}（${detail}）` : visit.visitType;
  return (
    <span class="today-visit" data-testid="today-visit" data-visit-type={visit.visitType} data-template-id={visit.template?.id ?? ''}>
      {visit.template ? t('today_visit_start', [type, visit.template.name]) : t('today_visit_no_template', type)}
      {cadreId && visit.template && <StartVisitButton cadreId={cadreId} templateId={visit.template.id} />}
    </span>
  );
}

/** 开始慰问: the fill flow with this cadre and template chosen (only where the page wires it). */
export function StartVisitButton({ cadreId, templateId }: { cadreId: string; templateId: string }) {
  const t = useT();
  const start = useContext(StartVisitContext);
  if (!start) return null;
  return (
    <button type="button" class="link-button today-start-visit" data-testid="today-start-visit" data-template-id={templateId} onClick={() => start(cadreId, templateId)}>
      {t('today_start_visit')}
    </button>
  );
}
