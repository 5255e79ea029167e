/**
 * `npm run build`'s last step: the WordPress plugin as WordPress installs it,
 * `dist/wordpress/survivor-informed-widgets.zip`, one folder `survivor-informed-widgets/` holding
 * src/cms/wordpress (the PHP, the block editor script, the Spanish .po and its compiled .mo) and
 * `assets/`, the plugin's own copy of the CDN build's loader, its chunks and reserve.css (not the
 * one-file build, which the plugin does not use), with licenses.txt for the packages bundled in it.
 * Nothing from any other site.
 *
 * It refuses to pack when includes/elements.php no longer matches the built custom-elements.json, so a
 * zip never ships an allow-list that lags behind the elements. Run after the CDN build:
 * `tsx .config/wordpress/pack.ts`; it prints every file with its size, and the zip's size.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePo, writeMo } from './gettext.js';
import { renderElementsPhp } from './elements.js';
import { zip, type ZipEntry } from './zip.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = join(root, 'src/cms/wordpress');
const CDN = join(root, 'dist/cdn');
export const PLUGIN_SLUG = 'survivor-informed-widgets';
export const ZIP_PATH = join(root, 'dist/wordpress', `${PLUGIN_SLUG}.zip`);

/** The packages whose code the CDN build bundles into assets/, whose licenses ask to travel with it. */
export const BUNDLED_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'zod'];

/** licenses.txt: each bundled package's license, as its package ships it. */
export function licensesText(): string {
  const sections = BUNDLED_PACKAGES.map((name) => {
    const license = readFileSync(join(root, 'node_modules', name, 'LICENSE'), 'utf8').trim();
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return `${name} ${version}\n${'-'.repeat(name.length + version.length + 1)}\n${license}\n`;
  });
  return `The files in assets/ bundle code from these packages, under their own licenses:\n\n${sections.join('\n')}`;
}

/** The CDN files the plugin ships: the loader, its chunks and reserve.css. */
export function cdnFilesForPlugin(names: readonly string[]): string[] {
  return names.filter((name) => (name.endsWith('.js') || name.endsWith('.css')) && name !== 'survivor-informed-widgets.js').sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** The plugin's files: path inside the plugin folder → bytes. */
export function pluginFiles(): Map<string, Buffer> {
  if (!existsSync(join(CDN, 'loader.js'))) throw new Error('dist/cdn/loader.js is missing: build the CDN files first (npm run build).');
  const manifestPath = join(root, 'dist/custom-elements.json');
  const manifest = existsSync(manifestPath) ? manifestPath : join(root, 'custom-elements.json');
  const elementsPhp = readFileSync(join(SOURCE, 'includes/elements.php'), 'utf8');
  if (renderElementsPhp(JSON.parse(readFileSync(manifest, 'utf8'))) !== elementsPhp) {
    throw new Error('src/cms/wordpress/includes/elements.php is out of date with custom-elements.json: run `npm run wordpress:generate`.');
  }
  const files = new Map<string, Buffer>();
  for (const file of filesUnder(SOURCE)) files.set(relative(SOURCE, file).split('\\').join('/'), readFileSync(file));
  for (const [path, bytes] of [...files]) {
    if (path.endsWith('.po')) files.set(path.replace(/\.po$/, '.mo'), writeMo(parsePo(bytes.toString('utf8'))));
  }
  for (const name of cdnFilesForPlugin(readdirSync(CDN))) files.set(`assets/${name}`, readFileSync(join(CDN, name)));
  files.set('licenses.txt', Buffer.from(licensesText()));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The zip entries: the plugin folder, its sub-folders, then its files. */
export function zipEntries(files: Map<string, Buffer>): ZipEntry[] {
  const folders = new Set<string>([`${PLUGIN_SLUG}/`]);
  for (const path of files.keys()) {
    const parts = path.split('/').slice(0, -1);
    parts.forEach((_, index) => folders.add(`${PLUGIN_SLUG}/${parts.slice(0, index + 1).join('/')}/`));
  }
  return [...[...folders].sort().map((name) => ({ name })), ...[...files].map(([path, data]) => ({ name: `${PLUGIN_SLUG}/${path}`, data }))];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const files = pluginFiles();
    const archive = zip(zipEntries(files));
    rmSync(join(root, 'dist/wordpress'), { recursive: true, force: true });
    mkdirSync(join(root, 'dist/wordpress'), { recursive: true });
    writeFileSync(ZIP_PATH, archive);
    for (const [path, data] of files) console.log(`  ${PLUGIN_SLUG}/${path}  ${data.length} B`);
    console.log(`${relative(root, ZIP_PATH)}: ${files.size} files, ${statSync(ZIP_PATH).size} bytes`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
