// Browser tests: web-test-runner in the system Chromium (Debian's package; no downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export default {
  rootDir: root,
  // test/receiver and test/wordpress run under Node (npm test runs them), test/e2e on its own.
  files: ['test/**/*.test.ts', '!test/receiver/**', '!test/wordpress/**', '!test/e2e/**'],
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
