// Minifies the CSS inside lit's css`` templates at build time. Bundlers minify the JavaScript around
// a template literal but leave its text alone, so every widget shipped its styles with their
// indentation and comments. The styles hold no ${} interpolations (the check below refuses any), so
// each template is a whole stylesheet that lightningcss can parse and print minified.
import { readFile } from 'node:fs/promises';
import { transform } from 'lightningcss';

// A stylesheet template starts a line after its backtick; this skips css`…` mentioned in comments.
const CSS_TEMPLATE = /\bcss`(\n[^`]*)`/g;
const STYLE_SOURCE = /[\\/]src[\\/].*\.ts$/;

/** The source with every css`` template minified; other code is untouched. */
export function minifyCssTemplates(source, filename) {
  if (!source.includes('css`')) return source;
  return source.replace(CSS_TEMPLATE, (whole, text) => {
    if (text.includes('${') || text.includes('\\')) {
      throw new Error(`${filename}: a css\`\` template with an interpolation or escape cannot be minified safely`);
    }
    const { code } = transform({ filename, code: Buffer.from(text), minify: true });
    return `css\`${code.toString()}\``;
  });
}

/** For Vite (the npm and CDN builds). */
export function minifyLitCssVite() {
  return {
    name: 'minify-lit-css',
    enforce: 'pre',
    transform(source, id) {
      if (!STYLE_SOURCE.test(id)) return null;
      const minified = minifyCssTemplates(source, id);
      return minified === source ? null : { code: minified, map: null };
    },
  };
}

/** For esbuild (the size benchmark builds each element alone with it). */
export function minifyLitCssEsbuild() {
  return {
    name: 'minify-lit-css',
    setup(build) {
      build.onLoad({ filter: STYLE_SOURCE }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const minified = minifyCssTemplates(source, path);
        return minified === source ? undefined : { contents: minified, loader: 'ts' };
      });
    },
  };
}
