import type { SiteMapField } from '../../../core/fill/signature';
import { isFieldKey } from '../../../core/model/field-keys';
import type { SiteMap } from '../../../core/model/site-map';
import type { SiteMapSummary } from '../../../messaging/requests/site-maps';
import type { Handler } from './context';

/**
 * Site maps in the options page (list, open, edit, delete), and the rules for the keys a map may
 * hold, which teaching (./teach.ts) follows too.
 */

/** A key a site map may hold: a field key, a row key of one (`expense.row.amount[2]`), or 'ignore'. */
export function isSiteMapKey(key: string): boolean {
  if (key === 'ignore' || isFieldKey(key)) return true;
  const m = /^([\w.]+)\[(\d{1,3})\]$/.exec(key);
  return !!m && isFieldKey(m[1]!) && m[1]!.includes('.row.');
}

/** The key to store for a chosen key: a row field of a detail row gets the row's index. */
export function keyForControl(key: string, row: number | undefined): string {
  return row !== undefined && isFieldKey(key) && key.includes('.row.') ? `${key}[${row}]` : key;
}

/**
 * The fields of a site map after teaching one: the taught entry first (a remembered map is read
 * in order), without the old entry of the same control and without another control that held the
 * same key (the person just said which control means it).
 */
export function withTaughtField(fields: readonly SiteMapField[], taught: SiteMapField): SiteMapField[] {
  const sameControl = (f: SiteMapField) => f.framePath === taught.framePath && (f.selector === taught.selector || f.altSelectors.includes(taught.selector));
  const rest = fields.filter((f) => !sameControl(f) && (taught.key === 'ignore' || f.key !== taught.key));
  return [taught, ...rest].slice(0, 2000);
}

/** A site map as the options page lists it. */
export function summarize(m: SiteMap): SiteMapSummary {
  const ignored = m.fields.filter((f) => f.key === 'ignore').length;
  return {
    id: m.id,
    origin: m.origin,
    formSignature: m.formSignature,
    ...(m.formName ? { formName: m.formName } : {}),
    role: m.role,
    fields: m.fields.length - ignored,
    ignored,
    updatedAt: m.updatedAt,
  };
}

/** Origin first, then the most recently changed form. */
const byOriginThenNewest = (a: SiteMap, b: SiteMap) => a.origin.localeCompare(b.origin) || b.updatedAt - a.updatedAt;

// ---- options page ------------------------------------------------------------------------------

export const listSiteMaps: Handler<'siteMap.list'> = async (_p, { repos }) => ({ siteMaps: (await repos.siteMaps.list()).sort(byOriginThenNewest).map(summarize) });

export const getSiteMap: Handler<'siteMap.get'> = async ({ id }, { repos }) => ({ siteMap: (await repos.siteMaps.get(id)) ?? null });

/** `siteMap.save`: the record's schema checks the shape; every key must be one CareFill knows. */
export const saveSiteMap: Handler<'siteMap.save'> = async ({ id, expectedUpdatedAt, input }, { repos }) => {
  const fields = (input as { fields?: unknown } | null)?.fields;
  if (Array.isArray(fields)) {
    const bad = fields.findIndex((f) => typeof (f as { key?: unknown })?.key !== 'string' || !isSiteMapKey((f as { key: string }).key));
    if (bad >= 0) return { ok: false, problems: [{ path: `fields.${bad}.key`, key: 'err_sitemap_key' }] };
  }
  return repos.siteMaps.save(input, id === undefined ? undefined : { id, expectedUpdatedAt: expectedUpdatedAt ?? -1 });
};

export const deleteSiteMap: Handler<'siteMap.delete'> = async ({ id }, { repos }) => ({ deleted: await repos.siteMaps.delete(id) });
