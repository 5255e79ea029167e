/**
 * The plugin's PHP without WordPress: `php -l` on every PHP file of the plugin and of its end-to-end
 * harness, and rules.test.php (the attribute rules against the cases the elements are held to, and their
 * helpers), one test per check it prints. Needs the `php` command (Debian: php-cli); without it each test
 * is skipped and says why. The plugin's tests inside a real WordPress run in test/e2e/wordpress.e2e.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const php = spawnSync('php', ['-v'], { encoding: 'utf8' });
const skip = php.status === 0 ? false : 'php is not installed (Debian: apt-get install php-cli)';

function phpFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? phpFiles(join(dir, entry.name)) : entry.name.endsWith('.php') ? [join(dir, entry.name)] : [],
  );
}

describe('php -l', () => {
  const files = [...phpFiles(join(root, 'src/cms/wordpress')), ...phpFiles(join(root, 'test/e2e/wordpress')), ...phpFiles(join(root, 'test/wordpress'))];
  it('finds the plugin’s files', () => assert.ok(files.length >= 12, files.join(', ')));
  for (const file of files) {
    it(relative(root, file), { skip }, () => {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    });
  }
});

describe('the attribute rules in PHP (rules.test.php)', () => {
  const run = skip ? undefined : spawnSync('php', [join(root, 'test/wordpress/rules.test.php')], { encoding: 'utf8' });
  it('runs to the end', { skip }, () => assert.equal(run?.status, 0, run?.stderr));
  const results = (run?.stdout ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { name: string; ok: boolean; detail: string });
  if (!skip) it('checks the fixture’s cases and every element', () => assert.ok(results.length > 140, `${results.length} checks`));
  for (const result of results) it(result.name, () => assert.ok(result.ok, result.detail));
});
