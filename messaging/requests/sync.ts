import { z } from 'zod';
import { CATEGORIES } from '../../core/model/vocab';
import type { ConflictView, IdNumberClash } from '../../core/sync/diff';
import type { SyncFailure } from '../../core/sync/errors';
import type { SyncCounts } from '../../core/sync/header';
import { EXPORT_SCOPES } from '../../core/sync/kinds';
import { MAX_FILE_CHARS, MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from '../../core/sync/limits';
import { PLAN_KINDS, type PlanCounts } from '../../core/sync/plan';
import { recordId, type RequestSpec } from './spec';

/**
 * Sync by export file (docs/sync-format.md). The options page sends the file's text and the
 * passphrase; the background decrypts, validates, plans and writes, so it stays the only writer
 * of the database and the only place an untrusted file is judged.
 */

const passphrase = z.string().min(1).max(MAX_PASSPHRASE_LENGTH);

export const exportScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('everything') }),
  z.strictObject({ kind: z.literal('ledger') }),
  z.strictObject({ kind: z.literal('templates-standards') }),
  z.strictObject({
    kind: z.literal('cadres'),
    filter: z.strictObject({
      categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).optional(),
      unit: z.string().max(100).optional(),
      query: z.string().max(100).optional(),
      ids: z.array(recordId).max(100_000).optional(),
    }),
  }),
]);
export type ExportScopePayload = z.input<typeof exportScope>;

/** The file's text as read by the options page (checked against MAX_FILE_CHARS there first). */
const fileText = z.string().max(MAX_FILE_CHARS);

const resolutions = z.strictObject({
  all: z.enum(['newer', 'local', 'remote']),
  choices: z
    .array(z.strictObject({ kind: z.enum(PLAN_KINDS), id: z.string().min(1).max(64), keep: z.enum(['local', 'remote']) }))
    .max(100_000)
    .default([]),
});
export type ResolutionsPayload = z.input<typeof resolutions>;

export const syncRequests = {
  /** writes an export file of the chosen scope; encrypted unless `encrypt` is false */
  'sync.export': {
    from: ['extension-page'],
    payload: z
      .strictObject({ scope: exportScope, encrypt: z.boolean(), passphrase: passphrase.optional() })
      .refine((p) => !p.encrypt || (p.passphrase?.length ?? 0) >= MIN_PASSPHRASE_LENGTH, { path: ['passphrase'] }),
  },
  /** reads a file and plans its merge; writes nothing */
  'sync.preview': { from: ['extension-page'], payload: z.strictObject({ fileText, passphrase: passphrase.optional() }) },
  /**
   * imports a file with the person's choices, in one transaction. With the preview's `token` the
   * file need not travel again (several MB); if the background no longer holds that preview, it
   * answers `needsFile` and the page sends the file.
   */
  'sync.apply': {
    from: ['extension-page'],
    payload: z
      .strictObject({ token: z.string().max(64).optional(), fileText: fileText.optional(), passphrase: passphrase.optional(), resolutions })
      .refine((p) => p.token !== undefined || p.fileText !== undefined, { path: ['fileText'] }),
  },
} as const satisfies Record<string, RequestSpec>;

/** What the preview says about the file itself. */
export interface SyncFileInfo {
  exportedAt: number;
  deviceId: string;
  appVersion: string;
  scope: (typeof EXPORT_SCOPES)[number];
  encrypted: boolean;
  counts: SyncCounts;
}

/** An export too large to be imported again (plain files are not compressed) is refused. */
export type SyncExportResponse = { ok: true; fileName: string; text: string; counts: SyncCounts } | { ok: false; tooLarge: true };

export type SyncPreviewResponse =
  | {
      ok: true;
      token: string;
      file: SyncFileInfo;
      /** per kind; conflicts counted, not yet resolved */
      counts: PlanCounts;
      /** the first conflicts in full (MAX_CONFLICTS_SHOWN); the rest follow the choice for all */
      conflicts: ConflictView[];
      conflictTotal: number;
      /** cadres whose ID number another cadre holds under another id: one person entered twice? */
      clashes: IdNumberClash[];
    }
  | SyncRefusal;

export type SyncApplyResponse = { ok: true; counts: PlanCounts } | SyncRefusal | SyncFileNeeded;

/** The commit came with a token only, and the background no longer holds that preview (its worker restarted). */
export interface SyncFileNeeded {
  ok: false;
  needsFile: true;
}

/**
 * A file refused, and why. Named `failure`, not `error`: a response with an `error` key is the
 * background's own failure (messaging/client.ts throws on it).
 */
export interface SyncRefusal {
  ok: false;
  failure: SyncFailure;
}

/** Conflicts shown one by one in the preview; beyond, they follow the choice for all. */
export const MAX_CONFLICTS_SHOWN = 200;

export interface SyncResponses {
  'sync.export': SyncExportResponse;
  'sync.preview': SyncPreviewResponse;
  'sync.apply': SyncApplyResponse;
}
