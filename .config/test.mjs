// `npm test`: lint (eslint and prettier), the manifest, type-check, browser tests (with coverage), the node tests (receiver,
// manifest, package entries) and the WordPress plugin's checks, in that order.
// Every step runs even when an earlier one fails, and the last line is `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

rmSync('test-results', { recursive: true, force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env: process.env });
  return result.status === 0;
}

function addCounts(file) {
  if (!existsSync(file)) return false;
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  return true;
}

const npx = 'npx';
// custom-elements.json is an analysis of the sources, not a build: Storybook's preview and the manifest
// tests read it, so a fresh clone makes it here.
if (!run('custom-elements.json', npx, ['cem', 'analyze', '--config', '.config/custom-elements-manifest.config.mjs'])) totals.failed++;
// Lint and type-check are checks, not tests: a failure counts as one failed check.
if (!run('lint', 'npm', ['run', '--silent', 'lint'])) totals.failed++;
if (!run('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json'])) totals.failed++;

const browserOk = run('browser tests', npx, ['wtr', '--config', '.config/web-test-runner.config.mjs', '--coverage']);
if (!addCounts('test-results/browser.json')) totals.failed++;
else if (!browserOk && totals.failed === 0) totals.failed++; // e.g. the coverage threshold was missed

/** Runs the node tests in `folders` (Node 20's runner does not find .ts files in a folder by itself: name them). */
function nodeTests(title, folders, resultFile) {
  const files = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `${folder}/${name}`),
  );
  const ok = run(title, 'node', [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter=./.config/node-summary-reporter.mjs',
    '--test-reporter-destination=stdout',
    `--test-reporter-destination=${resultFile}`,
    ...files,
  ]);
  if (!addCounts(resultFile)) totals.failed++;
  else if (!ok && totals.failed === 0) totals.failed++;
}

nodeTests('node tests: the receiver, the manifest, each package entry', ['test/receiver', 'test/node'], 'test-results/node.json');
// The WordPress plugin without WordPress: php -l, its attribute rules, the generated allow-list, the zip
// writer and the translations. The plugin inside a real WordPress is `npm run e2e:wordpress` (after a build).
nodeTests('WordPress plugin checks', ['test/wordpress'], 'test-results/wordpress.json');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
