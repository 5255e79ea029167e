// `npm run check:package` (after `npm run build`): is the package ready for npm?
//  - publint finds nothing to fix in package.json and the files it points to;
//  - @arethetypeswrong/cli finds types for every entry, each element's define.js included (ESM only:
//    the package has no CommonJS build, on purpose, so the CommonJS and node10 views are left out);
//  - `npm pack --dry-run` lists no tests, stories, demo, sources, config or WordPress zip (a release of its own), and every exported file;
//  - the one-file CDN build imports no other file up front;
//  - the receiver imports no database engine nor nodemailer up front (all optional peer dependencies).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const problems = [];

function run(title, command, args) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) problems.push(`${title} failed (exit ${result.status})`);
}

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const jsonSchemas = readdirSync('dist/json-schema').filter((name) => name.endsWith('.json'));
const conformance = readdirSync('dist/json-schema/conformance').map((name) => `conformance/${name}`);

run('publint', 'npx', ['publint', '--strict']);
run('types (attw)', 'npx', [
  'attw',
  '--pack',
  '.',
  '--profile',
  'esm-only',
  '--include-entrypoints',
  ...elements.map((tag) => `./${tag}/define.js`),
  ...jsonSchemas.map((file) => `./json-schema/${file}`),
]);

console.log('\n=== npm pack --dry-run');
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
if (pack.status !== 0) {
  problems.push(`npm pack failed: ${pack.stderr}`);
} else {
  const files = JSON.parse(pack.stdout)[0].files.map((file) => file.path);
  const strays = files.filter(
    (path) =>
      /^(src|test|stories|demo|\.config|\.storybook|\.ci|coverage|storybook-static|dist\/wordpress)\//.test(path) || /\.(test|stories|bench)\./.test(path),
  );
  if (strays.length) problems.push(`the package would ship files that are not for users: ${strays.join(', ')}`);
  const expected = [
    'dist/esm/index.js',
    'dist/types/index.d.ts',
    'dist/esm/schemas/index.js',
    'dist/esm/receiver/index.js',
    'dist/esm/receiver/cli.js',
    'dist/types/receiver/index.d.ts',
    'dist/custom-elements.json',
    'dist/cdn/survivor-informed-widgets.js',
    'dist/cdn/loader.js',
    'dist/cdn/reserve.css',
    ...elements.map((tag) => `dist/esm/elements/${tag}/define.js`),
    ...[...jsonSchemas, ...conformance].map((file) => `dist/json-schema/${file}`),
  ];
  const missing = expected.filter((path) => !files.includes(path));
  if (missing.length) problems.push(`the package would lack: ${missing.join(', ')}`);
  console.log(`${files.length} files; none from tests, stories, demo or sources; every exported file present: ${missing.length === 0}`);
}

// The one-file build must stand alone: a static import of a chunk would be one more file that every
// page needs (only the Spanish chunks may load later, by dynamic import).
const oneFile = readFileSync('dist/cdn/survivor-informed-widgets.js', 'utf8');
const staticImports = oneFile.match(/(?:^|[;}\n])\s*import\s*(?:[\w{*][^;]*?from\s*)?["'][^"']+["']/g) ?? [];
if (staticImports.length) problems.push(`dist/cdn/survivor-informed-widgets.js imports other files statically: ${staticImports.join(', ')}`);

// A browser-only user installs neither engine: only the code that opens one may import it, and lazily.
for (const file of readdirSync('dist/esm/receiver')) {
  const code = readFileSync(`dist/esm/receiver/${file}`, 'utf8');
  const engines = code.match(/^\s*import\s[^;]*?["'](?:pg|@electric-sql\/pglite|nodemailer)["']/gm) ?? [];
  if (engines.length) problems.push(`dist/esm/receiver/${file} imports an optional peer dependency statically: ${engines.join(', ')}`);
}

if (problems.length) {
  console.error(`\nThe package is not ready:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nThe package is ready: publint, attw and npm pack found nothing.');
