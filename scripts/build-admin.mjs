// Bundles the admin page's script (src/admin/page/admin.ts) into dist/admin/ with its HTML and CSS.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'admin', 'page');
const outDir = join(root, 'dist', 'admin');

const result = await build({
  entryPoints: [join(source, 'admin.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});

mkdirSync(outDir, { recursive: true });
// Write then rename: parallel test workers may build at the same time, and a reader never sees half a file.
const tmp = join(outDir, `admin.js.${process.pid}.tmp`);
writeFileSync(tmp, result.outputFiles[0].contents);
renameSync(tmp, join(outDir, 'admin.js'));
for (const file of ['admin.html', 'admin.css']) {
  copyFileSync(join(source, file), join(outDir, `${file}.${process.pid}.tmp`));
  renameSync(join(outDir, `${file}.${process.pid}.tmp`), join(outDir, file));
}
console.log(`admin page -> ${outDir.slice(root.length + 1)}`);
