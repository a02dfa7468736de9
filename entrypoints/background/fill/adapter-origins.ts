import { normalizeOrigin } from '../../../messaging/requests/fill';
import type { SettingsRepo } from '../../../storage/settings-repo';

/**
 * Which OA origins the person opted in to the page-world adapter (settings.pageAdapterOrigins).
 * Only an OA origin CareFill already has may be turned on; removing the OA origin turns it off
 * in effect (the fill requires both lists, see adapter.ts).
 */

/** The opted-in origins that are still OA origins. */
export async function listAdapterOrigins(settings: SettingsRepo): Promise<string[]> {
  const s = await settings.get();
  return s.pageAdapterOrigins.filter((o) => s.oaOrigins.includes(o));
}

/** Turns the adapter on or off for an origin; the opted-in origins afterwards. */
export async function setAdapterOrigin(settings: SettingsRepo, text: string, enabled: boolean): Promise<{ ok: true; origins: string[] } | { ok: false; key: string }> {
  const origin = normalizeOrigin(text);
  if (!origin) return { ok: false, key: 'err_origin' };
  const s = await settings.get();
  if (enabled && !s.oaOrigins.includes(origin)) return { ok: false, key: 'err_origin' };
  const next = enabled ? [...new Set([...s.pageAdapterOrigins, origin])].sort() : s.pageAdapterOrigins.filter((o) => o !== origin);
  const res = await settings.update({ pageAdapterOrigins: next });
  if (!res.ok) return { ok: false, key: res.problems[0]?.key ?? 'err_origin' };
  return { ok: true, origins: res.settings.pageAdapterOrigins.filter((o) => res.settings.oaOrigins.includes(o)) };
}
