// Browser tests: web-test-runner in the system Chromium (Debian's package; no downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const onlySomeFiles = process.argv.includes('--files');

export default {
  rootDir: root,
  // The unit tests, then the slow suites, each its own group with a longer timeout, so a failure names
  // its group and a loaded machine slows them down without failing them. `--files …` runs just those.
  // test/receiver, test/node and test/wordpress run under Node (npm test runs them), test/e2e on its own.
  files: ['test/**/*.test.ts', '!test/slow/**', '!test/receiver/**', '!test/node/**', '!test/wordpress/**', '!test/e2e/**'],
  groups: onlySomeFiles
    ? []
    : [
        { name: 'slow-story-sweep', files: 'test/slow/story-sweep.test.ts', testFramework: { config: { timeout: 60000 } } },
        { name: 'slow-attribute-fuzz', files: 'test/slow/fuzz.test.ts', testFramework: { config: { timeout: 60000 } } },
        { name: 'slow-fault-schedules', files: 'test/slow/fault-schedules.test.ts', testFramework: { config: { timeout: 120000 } } },
      ],
  nodeResolve: { exportConditions: ['production'] },
  // One file at a time: a second tab in the background stalls dynamic imports and frames in headless Chromium.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: [
          ...CHROMIUM_ARGS,
          // Test files run side by side in tabs; a background tab must not be throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 0, branches: 0, functions: 0, lines: 85 },
  },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter('browser')],
};
