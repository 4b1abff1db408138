// npm runs `prepare` on every `npm ci`. A full install builds; a production install (`npm ci --omit=dev`)
// has no TypeScript or esbuild, so it keeps the build it was given in dist/ rather than failing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (existsSync(join(root, 'node_modules', 'typescript'))) {
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(status ?? 1);
}
if (!existsSync(join(root, 'dist', 'src', 'server', 'main.js'))) {
  console.error('dist/ is missing and the build tools are not installed: run `npm ci && npm run build` first (see README, "Production").');
  process.exit(1);
}
console.log('Production install: using the build in dist/.');
