import Dexie, { type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';

/**
 * Which records of a table changed since last asked. Dexie reports every committed write
 * (`storagemutated`) with the primary keys it touched, or a whole range for bulk writes of 50
 * records and more and for `clear()`: a few keys are re-read, anything more means "reload all".
 * Every write through Dexie is seen, whichever repository (or helper of another feature) made it.
 */
export class TableChanges<K extends string | number = string> {
  private changed: Set<K> | 'all' = 'all';
  private readonly prefix: string;
  private readonly listener = (parts: ObservabilitySet) => this.note(parts);
  /** called when a write makes everything count as changed (a bulk write, the Lock locking or opening) */
  onAllChanged: (() => void) | null = null;

  constructor(
    dbName: string,
    tableName: string,
    /** above this many keys, reloading everything is cheaper than reading them one by one */
    private readonly maxKeys = 1000,
  ) {
    this.prefix = `idb://${dbName}/${tableName}/`;
    Dexie.on('storagemutated', this.listener);
  }

  /** What changed since the last call (everything, the first time), and forget it. */
  take(): Set<K> | 'all' {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  /** Forget what was seen: the next `take` answers 'all'. */
  reset(): void {
    this.changed = 'all';
  }

  /** Stops listening. */
  dispose(): void {
    Dexie.on.storagemutated.unsubscribe(this.listener);
  }

  private note(parts: ObservabilitySet): void {
    if (this.changed === 'all') return;
    const keys = parts[this.prefix];
    if (!keys) {
      // a table written without its primary-key part is unusual: be safe
      if (Object.keys(parts).some((p) => p.startsWith(this.prefix))) this.allChanged();
      return;
    }
    const points = pointKeys(keys, this.maxKeys - this.changed.size);
    if (points === null) this.allChanged();
    else for (const k of points) this.changed.add(k as K);
  }

  private allChanged(): void {
    this.changed = 'all';
    this.onAllChanged?.();
  }
}

/** The string or number keys of a tree made of single keys only, or null (a range, or too many). */
function pointKeys(tree: IntervalTree, max: number): (string | number)[] | null {
  const out: (string | number)[] = [];
  const stack: (IntervalTreeNode | null | undefined)[] = ['from' in tree ? tree : null];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    if (node.from !== node.to || (typeof node.from !== 'string' && typeof node.from !== 'number') || out.length >= max) return null;
    out.push(node.from);
    stack.push(node.l, node.r);
  }
  return out;
}
