/**
 * `npm run build:embeds`: the React 19 and Vue 3 embed pages, built into dist/embeds and served by the
 * demo server under /embeds/. They import the library by its package name, as an app would; the alias
 * points that name at the sources so the pages need no npm build first.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLitCssVite } from '../../.config/minify-lit-css.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/embeds/',
  plugins: [minifyLitCssVite()],
  resolve: {
    alias: [
      { find: /^survivor-informed-widgets\/(si-[a-z-]+)\/define\.js$/, replacement: here('../../src/elements/$1/define.ts') },
      { find: /^survivor-informed-widgets$/, replacement: here('../../src/index.ts') },
    ],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: here('../../dist/embeds'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { react: here('react.html'), vue: here('vue.html') } },
  },
});
