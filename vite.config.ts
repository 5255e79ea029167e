/**
 * Two builds of one source:
 * - `vite build --mode cdn`: one file with everything inlined (lit too), for a single script tag.
 * - `vite build` (the npm build): unbundled ESM, one module per source file, lit and zod left to the
 *   host's bundler so a page never ships two copies of lit.
 */
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

const elementEntries = Object.fromEntries(
  readdirSync('src/elements', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => [`elements/${entry.name}/define`, `src/elements/${entry.name}/define.ts`]),
);

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'survivor-informed-widgets.js' },
        // English is in the one file; Spanish loads lazily from the chunks beside it (DESIGN.md, budgets).
        // Vite's library mode keeps whitespace in ES output; a file for script tags wants it all minified.
        rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js', minify: true } },
      },
    };
  }
  return {
    build: {
      outDir: 'dist/esm',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: { index: 'src/index.ts', 'schemas/index': 'src/schemas/index.ts', ...elementEntries }, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
