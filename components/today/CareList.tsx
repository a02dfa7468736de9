import type { DifficultyItem, NeedItem } from '../../core/today';
import { useT } from '../i18n';
import { TodayItem, type RecordContact } from './TodayItem';
import { TodaySection } from './TodaySection';
import { VisitHint } from './VisitHint';

/** 生活困难 and 当前需求 that nobody has acted on yet. */
export function CareList({
  difficulties,
  needs,
  difficultyCount,
  needCount,
  onRecord,
}: {
  difficulties: DifficultyItem[];
  needs: NeedItem[];
  difficultyCount: number;
  needCount: number;
  onRecord: RecordContact;
}) {
  const t = useT();
  return (
    <>
      <TodaySection id="difficulties" title={t('today_difficulties')} count={difficultyCount} shown={difficulties.length}>
        <ul class="today-list">
          {difficulties.map((d) => (
            <TodayItem key={d.cadre.cadreId} list="difficulties" cadre={d.cadre} found={t('today_found_care')} onRecord={onRecord}>
              {d.type && <span class="tag">{d.type}</span>}
              <span>{d.description}</span>
              {d.recognisedOn && <span class="muted">{t('today_recognised_on', d.recognisedOn)}</span>}
              {d.lastActedOn && <span class="muted">{t('today_last_acted', d.lastActedOn)}</span>}
              <VisitHint visit={d.visit} cadreId={d.cadre.cadreId} />
            </TodayItem>
          ))}
        </ul>
      </TodaySection>
      <TodaySection id="needs" title={t('today_needs')} count={needCount} shown={needs.length}>
        <ul class="today-list">
          {needs.map((n) => (
            <TodayItem key={n.cadre.cadreId} list="needs" cadre={n.cadre} found={t('today_found_care')} onRecord={onRecord}>
              {n.needs.map((need, i) => (
                <span key={i} class="today-need">
                  <span class="tag">{need.category}</span> {need.text}
                  {need.recordedOn && <span class="muted">（{need.recordedOn}）</span>}
                </span>
              ))}
            </TodayItem>
          ))}
        </ul>
      </TodaySection>
    </>
  );
}
