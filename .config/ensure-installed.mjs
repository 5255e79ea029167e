// Runs before `npm start` and `npm test`, so each is one command on a fresh clone: installs the
// locked dependencies when they are missing or older than the lockfile, and says how to get Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing the locked dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const needsBrowser = process.argv.includes('--browser');
const chromium = process.env.CHROME_PATH || spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim();
if (needsBrowser && !chromium) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium (apt-get install -y chromium)…');
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  } else {
    console.error('The tests need Chromium. On Debian or Ubuntu: sudo apt-get install -y chromium (or set CHROME_PATH).');
    process.exit(1);
  }
}
