import { normalizeOrigin } from '../../../messaging/requests/fill';
import type { SettingsRepo } from '../../../storage/settings-repo';

/**
 * The OA origins of the settings. The options page asks the browser for the host permission
 * itself (a permission request needs the person's click); the background only keeps the list.
 * Registering the frame agent for granted origins follows the permission events
 * (oa-registration.ts).
 */

/** The stored origins. */
export async function listOrigins(settings: SettingsRepo): Promise<string[]> {
  return (await settings.get()).oaOrigins;
}

/** Adds an origin (normalised; kept sorted and unique). */
export async function addOrigin(settings: SettingsRepo, text: string): Promise<{ ok: true; origins: string[] } | { ok: false; key: string }> {
  const origin = normalizeOrigin(text);
  if (!origin) return { ok: false, key: 'err_origin' };
  const current = (await settings.get()).oaOrigins;
  if (current.includes(origin)) return { ok: true, origins: current };
  const res = await settings.update({ oaOrigins: [...current, origin].sort() });
  return res.ok ? { ok: true, origins: res.settings.oaOrigins } : { ok: false, key: res.problems[0]?.key ?? 'err_origin' };
}

/** Removes an origin; the list as it is afterwards. */
export async function removeOrigin(settings: SettingsRepo, text: string): Promise<string[]> {
  const origin = normalizeOrigin(text) ?? text;
  const current = (await settings.get()).oaOrigins;
  if (!current.includes(origin)) return current;
  const res = await settings.update({ oaOrigins: current.filter((o) => o !== origin) });
  return res.ok ? res.settings.oaOrigins : current;
}
