import type { SyncFailure } from '../../core/sync/errors';
import type { PlanKind } from '../../core/sync/plan';
import { labelKeyForPath } from '../cadre-form-layout';
import type { Translate } from '../i18n';

/** The name of each kind of record, as the preview and the messages say it. */
export const KIND_LABEL_KEYS: Record<PlanKind, string> = {
  cadres: 'sync_kind_cadres',
  followUps: 'sync_kind_followUps',
  templates: 'sync_kind_templates',
  standards: 'sync_kind_standards',
  visits: 'sync_kind_visits',
  siteMaps: 'sync_kind_siteMaps',
  settings: 'sync_kind_settings',
};

export function kindLabel(t: Translate, kind: string): string {
  const key = (KIND_LABEL_KEYS as Record<string, string>)[kind];
  return key ? t(key) : kind;
}

/** A field's label: the cadre editor's for cadre fields, else the path itself. */
export function fieldLabel(t: Translate, kind: string, path: string): string {
  if (kind !== 'cadres') return path;
  const key = labelKeyForPath(path);
  return key ? t(key) : path;
}

/** A refusal in words: kinds and fields named, the reason of an invalid field translated. */
export function failureText(t: Translate, failure: SyncFailure): string {
  const subs = failure.subs ?? [];
  switch (failure.code) {
    case 'invalid-record': {
      const p = failure.problems?.[0];
      if (!p) return t(failure.key, subs);
      return t(failure.key, [kindLabel(t, p.kind), String(p.index), p.id ?? '', fieldLabel(t, p.kind, p.path) || '—', t(p.key)]);
    }
    case 'duplicate-id':
    case 'too-many':
    case 'counts-mismatch':
      return t(failure.key, [kindLabel(t, subs[0] ?? ''), ...subs.slice(1)]);
    default:
      return t(failure.key, subs);
  }
}

/** An instant as the office reads it: 2026-11-29 10:30 (Beijing time). */
export function formatInstant(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
