/**
 * Bytes against DESIGN.md's budgets: each element alone with everything it pulls in (lit, zod/mini,
 * delivery), minified, gzip and brotli; and the one-file CDN build as `npm run build:cdn` writes it.
 * Spanish loads lazily, so only the English path is counted, as the budgets say.
 * Run: `npm run bench:size` (builds the CDN file first). It prints; it asserts nothing.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { minifyLitCssEsbuild } from '../../.config/minify-lit-css.mjs';

const KiB = 1024;
const budgets: Record<string, number> = {
  'si-hotline-banner': 9 * KiB, // with the quick exit it contains
  'si-ta-request': 20 * KiB,
  'cdn (every element)': 35 * KiB,
};
const elements = ['si-hotline-banner', 'si-quick-exit', 'si-values-badge', 'si-checklist', 'si-ta-request', 'si-self-assessment'];

function sizes(code: Uint8Array): { raw: number; gzip: number; brotli: number } {
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

async function elementAlone(tag: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [`src/elements/${tag}/define.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    splitting: true, // the lazily loaded Spanish catalogs become their own chunks and are not counted
    outdir: 'dist/bench',
    write: false,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    plugins: [minifyLitCssEsbuild()], // as the npm and CDN builds do
  });
  const entry = result.outputFiles.find((file) => file.path.endsWith('/define.js'));
  if (!entry) throw new Error(`no output for ${tag}`);
  return entry.contents;
}

const rows: Array<[string, ReturnType<typeof sizes>]> = [];
for (const tag of elements) rows.push([tag, sizes(await elementAlone(tag))]);
rows.push(['cdn (every element)', sizes(readFileSync('dist/cdn/survivor-informed-widgets.js'))]);

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
console.log('what                   minified      gzip    brotli   budget (gzip)');
for (const [name, size] of rows) {
  const budget = budgets[name];
  const verdict = budget === undefined ? '' : `${kib(budget)} ${size.gzip <= budget ? 'met' : `OVER by ${kib(size.gzip - budget)}`}`;
  console.log(`${name.padEnd(22)} ${kib(size.raw).padStart(9)} ${kib(size.gzip).padStart(9)} ${kib(size.brotli).padStart(9)}   ${verdict}`);
}
