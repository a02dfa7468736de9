import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/** What goes into the extension bundle; a build older than any of these is stale. */
const SOURCES = ['entrypoints', 'components', 'core', 'page', 'storage', 'messaging', 'public', 'wxt.config.ts', 'manifest.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when `buildDir` is missing or older than a source file. */
export function isBuildStale(buildDir: string): boolean {
  const manifest = join(buildDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const builtAt = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > builtAt);
}

/** Runs `wxt build` with the given arguments in the repository root, output to the terminal. */
export function wxtBuild(args: string[]): void {
  execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
}
