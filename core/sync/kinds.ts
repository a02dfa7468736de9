import { z } from 'zod';
import { cadre, type Cadre } from '../model/cadre';
import { optionalText } from '../model/fields';
import { followUp, type FollowUp } from '../model/follow-up';
import { recordMeta, type RecordMeta } from '../model/record';
import { siteMap, type SiteMap } from '../model/site-map';
import { standard, type Standard } from '../model/standard';
import { template, type Template } from '../model/template';
import { visitRecord, type VisitRecord } from '../model/visit-record';

/** The kinds of record an export file carries, in file order. Each is a table of the database. */
export const RECORD_KINDS = ['cadres', 'followUps', 'templates', 'standards', 'visits', 'siteMaps'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The live record of each kind (core/model is its single definition). */
export interface RecordOf {
  cadres: Cadre;
  followUps: FollowUp;
  templates: Template;
  standards: Standard;
  visits: VisitRecord;
  siteMaps: SiteMap;
}

/** The schema a live record of each kind must pass before it may be written. */
export const RECORD_SCHEMAS: { readonly [K in RecordKind]: z.ZodType<RecordOf[K]> } = {
  cadres: cadre,
  followUps: followUp,
  templates: template,
  standards: standard,
  visits: visitRecord,
  siteMaps: siteMap,
};

/** A deleted record: its envelope only, so a deletion travels without personal data. */
export type Tombstone = RecordMeta & { deletedAt: number };

export const tombstone = z.strictObject({
  id: recordMeta.id,
  createdAt: recordMeta.createdAt,
  updatedAt: recordMeta.updatedAt,
  deletedAt: z.number().int().nonnegative(),
});

/** A record as sync sees it: live or a tombstone, with the envelope merge orders by. */
export type SyncRecord = RecordMeta & Record<string, unknown>;

export const isTombstone = (r: { deletedAt?: number }): boolean => r.deletedAt !== undefined;

/**
 * The office settings worth sharing with colleagues. The rest stays per browser: granted OA
 * origins need the browser's own permission, and the handler's name and reminders are personal.
 * `updatedAt` is the settings record's, so the newer settings win as a whole.
 */
export const sharedSettings = z.strictObject({
  updatedAt: z.number().int().nonnegative(),
  department: optionalText(60),
  contactIntervalMonths: z.number().int().min(1).max(24),
});
export type SharedSettings = z.output<typeof sharedSettings>;

/** What export scope a file was written with (informative; importing never deletes what a file leaves out). */
export const EXPORT_SCOPES = ['everything', 'ledger', 'templates-standards', 'cadres'] as const;
export type ExportScopeKind = (typeof EXPORT_SCOPES)[number];

/** The record kinds each scope carries (a cadre selection carries their follow-ups and visits). */
export const KINDS_OF_SCOPE: { readonly [S in ExportScopeKind]: readonly RecordKind[] } = {
  everything: RECORD_KINDS,
  ledger: ['cadres', 'followUps', 'visits'],
  'templates-standards': ['templates', 'standards'],
  cadres: ['cadres', 'followUps', 'visits'],
};
