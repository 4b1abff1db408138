// Bundles the chat widget (src/widget/main.ts) into dist/public/widget.js and prints its size.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'dist', 'public', 'widget.js');
const MAX_GZIP_BYTES = 30 * 1024;

/** `import css from './widget.css'` → the stylesheet, minified, as a string (the widget adopts it in its shadow root). */
const cssAsText = {
  name: 'css-as-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true, target: ['chrome90', 'firefox90', 'safari14'] });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

const result = await build({
  entryPoints: [join(root, 'src', 'widget', 'main.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
  plugins: [cssAsText],
  banner: { js: '/* microneedling chat widget (c) MIT; bundles DOMPurify (Apache-2.0 OR MPL-2.0) */' },
});

const code = result.outputFiles[0].contents;
mkdirSync(dirname(outFile), { recursive: true });
// Write then rename: parallel test workers may build at the same time, and a reader never sees half a file.
const tmp = `${outFile}.${process.pid}.tmp`;
writeFileSync(tmp, code);
renameSync(tmp, outFile);

const raw = readFileSync(outFile).length;
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`widget.js: ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${kb(MAX_GZIP_BYTES)}) -> ${outFile.slice(root.length + 1)}`);
if (gzipped > MAX_GZIP_BYTES) {
  console.error('widget.js is over its size budget');
  process.exit(1);
}
