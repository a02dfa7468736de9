import type { SiteMapField } from '../../../core/fill/signature';
import type { FormRole } from '../../../core/fill/types';
import type { SiteMap } from '../../../core/model/site-map';
import type { Repos } from '../../../storage/repos';

/**
 * Remembered forms (site maps) by origin and form signature: read before assigning, written
 * after a fill, so the next fill of the same form starts from what was decided this time.
 */

export interface SiteMapStore {
  find(origin: string, formSignature: string): Promise<SiteMap | undefined>;
  remember(entry: { origin: string; formSignature: string; role: FormRole; formName?: string; fields: SiteMapField[] }): Promise<void>;
}

/** The URL's origin, or null for pages that have none we can store (about:blank ...). */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** `SiteMapStore` over the site-map repository. */
export function siteMapStore(repos: Pick<Repos, 'siteMaps'>): SiteMapStore {
  const find = async (origin: string, formSignature: string) =>
    (await repos.siteMaps.listBy('origin', origin)).filter((m) => m.formSignature === formSignature).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return {
    find,
    async remember(entry) {
      const existing = await find(entry.origin, entry.formSignature);
      const input = { ...existing, ...entry, fields: entry.fields.slice(0, 2000) };
      const res = await repos.siteMaps.save(input, existing ? { id: existing.id, expectedUpdatedAt: existing.updatedAt } : undefined);
      if (!res.ok) console.warn(`[CareFill] site map not saved: ${res.problems.map((p) => p.key).join(', ')}`);
    },
  };
}
