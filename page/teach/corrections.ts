import type { FillReport, FillRow } from '../../messaging/requests/fill';
import type { TeachChange } from '../../messaging/requests/site-maps';

/**
 * What a correction after a fill can teach: a text field CareFill filled as one key, whose value
 * the person replaced by the value another key was filled with, means that other key on this
 * site. Pure: the report the panel shows and the changes the frames found.
 */

export interface CorrectionOffer {
  row: FillRow;
  now: string;
  /** the key the field means, by the person's correction */
  learnKey: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The offers for the changes, one per field, in report order. */
export function correctionOffers(report: Pick<FillReport, 'rows'>, changes: readonly (TeachChange & { frameId: number })[]): CorrectionOffer[] {
  const filled = report.rows.filter((r) => r.key !== '' && r.status !== 'skipped');
  const offers: CorrectionOffer[] = [];
  for (const row of filled) {
    const change = changes.find((c) => c.frameId === row.frameId && c.selector === row.selector);
    const now = change ? norm(change.now) : '';
    if (now === '') continue;
    const other = filled.find((r) => r !== row && r.key !== row.key && norm(r.value) === now);
    if (other) offers.push({ row, now, learnKey: other.key });
  }
  return offers;
}
