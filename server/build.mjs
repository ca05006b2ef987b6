import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under `path` (a file or a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

/** Builds the app with Vite when dist/ is missing or older than any of its inputs. */
export function ensureBuilt(projectRoot) {
  const built = join(projectRoot, 'dist', 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...INPUTS.map((input) => newest(join(projectRoot, input))));
  if (builtAt >= sourcesAt) return;
  console.log(builtAt ? 'The app changed since the last build; building it…' : 'Building the app…');
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed; see above.');
}
