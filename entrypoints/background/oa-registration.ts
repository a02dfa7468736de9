import { browser } from 'wxt/browser';

/**
 * The OA frame agent is registered at runtime, for the OA origins the person granted (optional
 * host permissions), in every frame. Re-run at startup and whenever permissions change.
 */
export const OA_SCRIPT_ID = 'carefill-oa';
/** Built from entrypoints/oa-frame.ts. */
export const OA_SCRIPT_FILE = 'oa-frame.js';

type Api = Pick<typeof browser, 'permissions' | 'scripting'>;

interface Registration {
  id: string;
  js: string[];
  matches: string[];
  allFrames: boolean;
  runAt: 'document_idle';
}

/** The granted origins a content script may match: http(s) patterns only (no `<all_urls>`, no file:). */
export function oaMatches(origins: readonly string[]): string[] {
  return [...new Set(origins.filter((o) => /^(https?|\*):\/\//.test(o)))].sort();
}

let queue: Promise<void> = Promise.resolve();

/**
 * Brings the registration in line with the granted origins. Calls are serialised: startup and a
 * permission event may overlap, and registering an id that exists fails.
 */
export function syncOaRegistration(api: Api = browser): Promise<void> {
  const run = queue.then(() => reconcile(api));
  queue = run.catch(() => undefined);
  return run;
}

async function reconcile(api: Api): Promise<void> {
  const { origins = [] } = await api.permissions.getAll();
  const matches = oaMatches(origins);
  const existing = (await api.scripting.getRegisteredContentScripts({ ids: [OA_SCRIPT_ID] }))[0];
  if (existing && sameList(existing.matches ?? [], matches) && sameList(existing.js ?? [], [OA_SCRIPT_FILE])) return;
  if (existing) await api.scripting.unregisterContentScripts({ ids: [OA_SCRIPT_ID] });
  if (!matches.length) return;
  const script: Registration = { id: OA_SCRIPT_ID, js: [OA_SCRIPT_FILE], matches, allFrames: true, runAt: 'document_idle' };
  try {
    // Chrome: also run in about:blank / srcdoc frames of a matching page (OA forms build those)
    await api.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true }]);
  } catch {
    // Firefox's scripting API (MV2) rejects the unknown property: register without it
    await api.scripting.registerContentScripts([script]);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
