import Dexie from 'dexie';

/**
 * A count of the write transactions committed on each database (by name), from Dexie's
 * `storagemutated` event: it fires when any read-write transaction that changed something
 * commits, in this context and — through Dexie's BroadcastChannel — in the extension's other
 * pages. The import uses it to tell whether a preview's plan still matches the database at the
 * commit (storage/sync-import.ts), so that the commit need not read every table again.
 */
const generations = new Map<string, number>();
const PREFIX = 'idb://';

Dexie.on('storagemutated', (parts) => {
  const touched = new Set<string>();
  for (const part of Object.keys(parts)) {
    if (!part.startsWith(PREFIX)) continue;
    const end = part.indexOf('/', PREFIX.length);
    touched.add(end < 0 ? part.slice(PREFIX.length) : part.slice(PREFIX.length, end));
  }
  for (const name of touched) generations.set(name, (generations.get(name) ?? 0) + 1);
});

/** How many changing transactions have committed on the database named `name` so far. */
export function mutationGeneration(name: string): number {
  return generations.get(name) ?? 0;
}
