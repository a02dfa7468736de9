/**
 * Deep equality of record fields as stored: objects compare by their defined members (a member
 * set to undefined is a member left out), arrays by position. Used to tell an import row that
 * would change nothing from a real update.
 */
export function sameFields(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameFields(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...definedKeys(a), ...definedKeys(b)]);
  for (const k of keys) if (!sameFields(a[k], b[k])) return false;
  return true;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/**
 * `over` laid over `base`, one level deep: a nested object of the row (health, difficulty, study,
 * spouse, emergencyContact) changes only the members it names, so a spreadsheet with a 健康状况
 * column keeps the hospitalisations it cannot carry. Arrays and plain values replace.
 */
export function mergeFields(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const old = base[k];
    merged[k] = isPlain(old) && isPlain(v) ? { ...old, ...v } : v;
  }
  return merged;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return isObject(v) && !Array.isArray(v);
}
