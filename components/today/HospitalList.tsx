import type { DischargeItem, HospitalItem } from '../../core/today';
import { useT } from '../i18n';
import { relativeDays } from './format';
import { TodayItem, type RecordContact } from './TodayItem';
import { TodaySection } from './TodaySection';
import { VisitHint } from './VisitHint';

/** 住院: cadres in hospital (a 住院看望 is due) and those just discharged (a home visit or call). */
export function HospitalList({
  inHospital,
  discharged,
  inHospitalCount,
  dischargedCount,
  onRecord,
}: {
  inHospital: HospitalItem[];
  discharged: DischargeItem[];
  inHospitalCount: number;
  dischargedCount: number;
  onRecord: RecordContact;
}) {
  const t = useT();
  return (
    <>
      <TodaySection id="hospital" title={t('today_in_hospital')} count={inHospitalCount} shown={inHospital.length}>
        <ul class="today-list">
          {inHospital.map((h) => (
            <TodayItem key={h.cadre.cadreId} list="hospital" cadre={h.cadre} found={t('today_found_hospital')} onRecord={onRecord}>
              <span>{t('today_hospital_detail', [[h.hospital, h.department].filter(Boolean).join(' '), h.admittedOn, String(h.daysIn)])}</span>
              {h.visitedOn ? <span class="tag tag-plain">{t('today_visited_on', h.visitedOn)}</span> : <VisitHint visit={h.visit} cadreId={h.cadre.cadreId} />}
            </TodayItem>
          ))}
        </ul>
      </TodaySection>
      <TodaySection id="discharged" title={t('today_discharged')} count={dischargedCount} shown={discharged.length}>
        <ul class="today-list">
          {discharged.map((d) => (
            <TodayItem key={d.cadre.cadreId} list="discharged" cadre={d.cadre} found={t('today_found_discharged')} onRecord={onRecord}>
              <span>{t('today_discharged_detail', [d.hospital, d.dischargedOn, relativeDays(t, -d.daysSince)])}</span>
            </TodayItem>
          ))}
        </ul>
      </TodaySection>
    </>
  );
}
