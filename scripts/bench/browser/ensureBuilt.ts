import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure the built files the browser cases load exist, running `npm run build` when one is
 * missing (as `npm run size` does), so a fresh clone can bench alone. Returns false when the build
 * failed. An existing build is measured as it is, even if older than the sources.
 */
export function ensureBuilt(root: string, files: readonly string[]): boolean {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length === 0) return true;
  console.log(`Not built yet (${missing.map((file) => file.replace(`${root}/`, '')).join(', ')}): running npm run build first.`);
  // Build output goes to stderr so stdout stays the tables.
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 'inherit'] });
  return built.status === 0;
}
