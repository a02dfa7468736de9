import { browser } from 'wxt/browser';
import { conflictView } from '../../../core/sync/diff';
import { decodeSyncFile, type DecodedFile } from '../../../core/sync/decode';
import { encodeSyncFile, syncFileName } from '../../../core/sync/encode';
import type { SyncFailure, SyncResult } from '../../../core/sync/errors';
import { MAX_FILE_CHARS } from '../../../core/sync/limits';
import { conflictKey, type Keep, type Resolutions } from '../../../core/sync/plan';
import { MAX_CONFLICTS_SHOWN } from '../../../messaging/protocol';
import { readExportSnapshot } from '../../../storage/sync-export';
import { applySync, previewSync } from '../../../storage/sync-import';
import type { Handler } from './context';

/**
 * Sync by export file. The options page sends the file's text: the background decrypts and
 * validates it here, plans the merge and writes it, so there is one writer and one judge of
 * untrusted files. A preview's decoded file is kept under a token until the commit, which then
 * needs neither the file nor decoding again; if the service worker was stopped in between, the
 * commit asks the page for the file and decodes it anew.
 */

let pending: { token: string; file: DecodedFile } | undefined;

const refused = (failure: SyncFailure) => ({ ok: false as const, failure });

function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

/**
 * `sync.export`: the file's text and a name for it; the export is logged (counts only). A file
 * the import would refuse as too large is not handed out.
 */
export const exportSync: Handler<'sync.export'> = async ({ scope, encrypt, passphrase }, { repos }) => {
  const now = Date.now();
  const snapshot = await readExportSnapshot(repos.db, scope, appVersion(), now);
  const text = await encodeSyncFile(snapshot, encrypt ? { encrypt: true, passphrase: passphrase! } : { encrypt: false });
  if (text.length > MAX_FILE_CHARS) return { ok: false, tooLarge: true };
  const counts = {
    cadres: snapshot.records.cadres.length,
    followUps: snapshot.records.followUps.length,
    templates: snapshot.records.templates.length,
    standards: snapshot.records.standards.length,
    visits: snapshot.records.visits.length,
    siteMaps: snapshot.records.siteMaps.length,
    settings: snapshot.settings ? 1 : 0,
  };
  await repos.audit.append({ kind: 'export', detail: { scope: scope.kind, encrypted: encrypt, ...counts } });
  return { ok: true, fileName: syncFileName(scope.kind, now, encrypt), text, counts };
};

/** `sync.preview`: what importing the file would change, with its conflicts side by side. */
export const previewSyncFile: Handler<'sync.preview'> = async ({ fileText, passphrase }, { repos }) => {
  pending = undefined;
  const decoded = await decodeSyncFile(fileText, { passphrase });
  if (!decoded.ok) return refused(decoded.error);
  const preview = await previewSync(repos.db, decoded.value);
  if (!preview.ok) return refused(preview.error);
  const token = crypto.randomUUID();
  pending = { token, file: decoded.value };
  const { header } = decoded.value;
  const { plan } = preview.value;
  return {
    ok: true,
    token,
    file: {
      exportedAt: header.exportedAt,
      deviceId: header.deviceId,
      appVersion: header.appVersion,
      scope: header.scope,
      encrypted: header.encryption !== null,
      counts: header.counts,
    },
    counts: plan.counts,
    conflicts: plan.conflicts.slice(0, MAX_CONFLICTS_SHOWN).map(conflictView),
    conflictTotal: plan.conflicts.length,
    clashes: preview.value.clashes,
  };
};

/** `sync.apply`: the import, all or nothing. */
export const applySyncFile: Handler<'sync.apply'> = async ({ token, fileText, passphrase, resolutions }, { repos }) => {
  let file: SyncResult<DecodedFile>;
  if (token && pending?.token === token) file = { ok: true, value: pending.file };
  else if (fileText !== undefined) file = await decodeSyncFile(fileText, { passphrase });
  // the preview is gone (the worker was stopped in between): the page sends the file again
  else return { ok: false, needsFile: true };
  pending = undefined;
  if (!file.ok) return refused(file.error);
  const choices = new Map<string, Keep>(resolutions.choices.map((c) => [conflictKey(c.kind, c.id), c.keep]));
  const wanted: Resolutions = { all: resolutions.all, choices };
  const applied = await applySync(repos.db, file.value, wanted);
  return applied.ok ? { ok: true, counts: applied.value.counts } : refused(applied.error);
};
