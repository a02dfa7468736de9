import type { SiteMap } from '../../core/model/site-map';
/**
 * Editing a site map's fields: each field's key can be changed, set to 'ignore', or cleared ('':
 * CareFill recognises the field by its label again). A row key keeps its row.
 */

export type SiteMapFieldRow = SiteMap['fields'][number];

/** The key to store for a choice on a field that had `previous` (a row key keeps its `[n]`). */
export function chosenKey(previous: string, choice: string): string {
  if (choice === '' || choice === 'ignore') return choice;
  const row = /\[(\d+)\]$/.exec(previous)?.[1];
  return row !== undefined && choice.includes('.row.') ? `${choice}[${row}]` : choice;
}

/** The fields to save: cleared ones dropped, the rest as chosen. */
export function fieldsToSave(fields: readonly SiteMapFieldRow[], keys: readonly string[]): SiteMapFieldRow[] {
  return fields.flatMap((f, i) => {
    const key = keys[i] ?? f.key;
    return key === '' ? [] : [{ ...f, key }];
  });
}

/** True when a choice differs from the stored key. */
export function changed(fields: readonly SiteMapFieldRow[], keys: readonly string[]): boolean {
  return fields.some((f, i) => (keys[i] ?? f.key) !== f.key);
}
