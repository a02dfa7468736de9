import type { Repos } from '../../storage/repos';
import { ensureSeeded } from '../../storage/standards-store';

/**
 * At worker start: the example standard (示例，请替换) and the starter templates go into empty
 * tables, so a new installation has something to check against and to fill with. Failures are
 * logged by kind only; the handlers that list these tables retry. Returns the repositories, so
 * the background wires it in one expression.
 */
export function seedOnStart(repos: Repos): Repos {
  ensureSeeded(repos.db).catch((e: unknown) => console.error(`[CareFill] seeding the examples failed: ${e instanceof Error ? e.name : typeof e}`));
  return repos;
}
