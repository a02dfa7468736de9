import type { VisitToStart } from '../../core/today';
import { useT } from '../i18n';

/** The visit ready to start: its type (节日, tier or age) and the template that fits. */
export function VisitHint({ visit }: { visit: VisitToStart }) {
  const t = useT();
  const detail = visit.festival ?? (visit.tier && visit.visitType === '生日寿辰' ? t('today_age', visit.tier) : visit.tier);
  const type = detail ? `${visit.visitType}（${detail}）` : visit.visitType;
  return (
    <span class="today-visit" data-testid="today-visit" data-visit-type={visit.visitType} data-template-id={visit.template?.id ?? ''}>
      {visit.template ? t('today_visit_start', [type, visit.template.name]) : t('today_visit_no_template', type)}
    </span>
  );
}
