import type { Festival, VisitType } from '../model/vocab';
import type { TodayTemplate, VisitToStart } from './types';

/**
 * The template a visit starts with: of the live templates of the visit type, one made for the
 * same festival or tier first, then the type's default, then any. When the day does not know the
 * tier (a hospital stay without a diagnosis), a template made for some tier still fits.
 */
export class TemplatePicker {
  private readonly cache = new Map<string, VisitToStart>();

  constructor(private readonly templates: readonly TodayTemplate[]) {}

  /** The visit to start, with its template when one fits. */
  visit(visitType: VisitType, festival?: Festival, tier?: string): VisitToStart {
    const key = `${visitType}|${festival ?? ''}|${tier ?? ''}`;
    let v = this.cache.get(key);
    if (!v) {
      v = { visitType };
      if (festival !== undefined) v.festival = festival;
      if (tier !== undefined) v.tier = tier;
      const t = this.best(visitType, festival, tier);
      if (t) v.template = { id: t.id, name: t.name };
      this.cache.set(key, v);
    }
    return v;
  }

  private best(visitType: VisitType, festival?: Festival, tier?: string): TodayTemplate | undefined {
    let best: TodayTemplate | undefined;
    let bestScore = -1;
    for (const t of this.templates) {
      if (t.deletedAt !== undefined || t.visitType !== visitType) continue;
      // a template made for another festival or tier does not fit
      if (t.festival !== undefined && t.festival !== festival) continue;
      if (t.tier !== undefined && tier !== undefined && t.tier !== tier) continue;
      const score = (t.festival !== undefined ? 4 : 0) + (t.tier !== undefined && t.tier === tier ? 4 : 0) + (t.isDefault ? 2 : 0) + (t.tier === undefined ? 1 : 0);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best;
  }
}
