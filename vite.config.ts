/**
 * Two builds of one source:
 * - `vite build --mode cdn`: one file with everything inlined (lit too), for a single script tag, and
 *   reserve.css, the rules that keep the widgets' space until they are defined.
 * - `vite build --mode cdn-loader` (after it): `loader.js`, which imports only the elements on the page.
 * - `vite build` (the npm build): unbundled ESM, one module per source file, lit and zod left to the
 *   host's bundler so a page never ships two copies of lit; the receiver (`./receiver` and the
 *   `si-receiver` command) for Node, with its database engines left to the user's install.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyLitCssVite } from './.config/minify-lit-css.mjs';

const elementEntries = Object.fromEntries(
  readdirSync('src/elements', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => [`elements/${entry.name}/define`, `src/elements/${entry.name}/define.ts`]),
);

/** Puts src/reserve.css (the rules that keep space for widgets not yet defined) beside the CDN files. */
function shipReserveCss(): Plugin {
  return {
    name: 'ship-reserve-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'reserve.css', source: readFileSync('src/reserve.css', 'utf8') });
    },
  };
}

/** Names each element's chunk after its tag, so a page's network panel says what it loaded. */
function elementChunkName(chunk: { facadeModuleId: string | null }): string {
  const element = /elements\/(si-[\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '');
  return element ? `${element[1]}-[hash].js` : '[name]-[hash].js';
}

/**
 * Writes into loader.js, in place of its '__SI_ELEMENT_CHUNKS__' placeholder, what each element needs
 * beyond its module: the chunks the module imports, directly or through each other, the English
 * content it imports lazily as it first renders (the `*.en.ts` modules), and its Spanish modules (the
 * `*.es.ts` ones it imports lazily) with their chunks. The loader requests them alongside
 * the element's module instead of one level of imports at a time, which saves a visitor a network round
 * trip per level. (Vite adds no such preloading to library builds.)
 */
function listElementChunks(): Plugin {
  return {
    name: 'list-element-chunks',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const loader = chunks.find((chunk) => chunk.fileName === 'loader.js');
      if (!loader) this.error('loader.js is not in the bundle');
      const byFileName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const withImports = (fileNames: Iterable<string>): Set<string> => {
        const found = new Set<string>();
        const visit = (fileName: string): void => {
          for (const imported of byFileName.get(fileName)?.imports ?? []) {
            if (found.has(imported)) continue;
            found.add(imported);
            visit(imported);
          }
        };
        for (const fileName of fileNames) visit(fileName);
        return found;
      };
      const filesOf: Record<string, { chunks: string[]; spanish: string[] }> = {};
      // An element's module is the chunk the loader imports that holds its define.ts (the quick exit's
      // shares the banner's chunk, CDN_CHUNK_GROUPS).
      const elementChunks = chunks.flatMap((chunk) =>
        loader.dynamicImports.includes(chunk.fileName)
          ? chunk.moduleIds.flatMap((id) => {
              const tag = /elements[\\/](si-[\w-]+)[\\/]define\.ts$/.exec(id)?.[1];
              return tag ? [[tag, chunk] as const] : [];
            })
          : [],
      );
      const lazilyOf = (files: Iterable<string>, pattern: RegExp) =>
        [...files]
          .flatMap((fileName) => byFileName.get(fileName)?.dynamicImports ?? [])
          .filter((fileName) => pattern.test(byFileName.get(fileName)?.facadeModuleId ?? ''));
      for (const [tag, chunk] of elementChunks) {
        const direct = withImports([chunk.fileName]);
        // English content a widget downloads as it first renders (the built-in instrument) comes with its chunks.
        const englishModules = lazilyOf([chunk.fileName, ...direct], /\.en\.ts$/);
        const imported = new Set([...direct, ...englishModules, ...withImports(englishModules)]);
        const spanishModules = lazilyOf([chunk.fileName, ...imported], /\.es\.ts$/);
        const spanish = new Set([...spanishModules, ...withImports(spanishModules)].filter((fileName) => !imported.has(fileName)));
        filesOf[tag] = { chunks: [...imported].sort(), spanish: [...spanish].sort() };
      }
      const placeholder = /(["'`])__SI_ELEMENT_CHUNKS__\1/g;
      if (loader.code.match(placeholder)?.length !== 1) this.error("loader.js should hold '__SI_ELEMENT_CHUNKS__' once");
      loader.code = loader.code.replace(placeholder, () => JSON.stringify(JSON.stringify(filesOf)));
    },
  };
}

/**
 * The loader build's shared chunks. Left to itself the bundler makes one chunk per set of elements that
 * share a module, which gives a banner-only page eight files, each compressed on its own. Grouped: what
 * every widget needs (lit and the base of src/core) is one chunk, and the quick exit travels with the
 * banner, which every page of a county site carries.
 */
const CDN_CHUNK_GROUPS = [
  {
    name: 'core',
    test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|src[\\/]core[\\/](si-element|styles[\\/]shared|i18n|config|define|events|storage|persisted-state|exit-signal|timers|links|strings|text|delivery[\\/](exit|outbox|request))\.ts$/,
    priority: 2,
  },
  {
    name: 'si-hotline-banner',
    test: /src[\\/](elements[\\/](si-hotline-banner|si-quick-exit)[\\/](?!.*\.es\.ts$)|core[\\/]quick-exit\.ts$|content[\\/]hotlines\.ts$)/,
    priority: 1,
  },
];

export default defineConfig(({ mode }) => {
  if (mode === 'cdn-loader') {
    // Built after `--mode cdn` into the same folder: the loader and one module per element, which
    // share lit and the core through common chunks, so a page downloads only the widgets it uses.
    return {
      plugins: [minifyLitCssVite(), listElementChunks()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/loader.ts', formats: ['es'], fileName: () => 'loader.js' },
        rolldownOptions: {
          output: {
            chunkFileNames: elementChunkName,
            minify: true,
            codeSplitting: process.env.SI_SPLIT === '0' ? undefined : { groups: CDN_CHUNK_GROUPS },
          },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [minifyLitCssVite(), shipReserveCss()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'survivor-informed-widgets.js' },
        // English is in the one file; Spanish loads lazily from the chunks beside it (DESIGN.md, budgets).
        // Vite's library mode keeps whitespace in ES output; a file for script tags wants it all minified.
        rolldownOptions: {
          // Code shared by English and the Spanish chunks stays in the one file (which then exports a
          // little more than src/index.ts) instead of going into a chunk of its own that every page loads.
          preserveEntrySignatures: 'allow-extension',
          output: { chunkFileNames: '[name]-[hash].js', minify: true },
        },
      },
    };
  }
  return {
    plugins: [minifyLitCssVite()],
    build: {
      outDir: 'dist/esm',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          'schemas/index': 'src/schemas/index.ts',
          'receiver/index': 'src/receiver/index.ts',
          'receiver/cli': 'src/receiver/cli.ts',
          ...elementEntries,
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/, /^node:/, /^pg$/, /^@electric-sql\/pglite(\/.*)?$/, /^nodemailer(\/.*)?$/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
