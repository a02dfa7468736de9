import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The markup of tests/fixtures/labels/<name>.html (paths from the project root, where vitest runs). */
export function fixtureHtml(name: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures/labels', `${name}.html`), 'utf8');
}
