// Counts the results web-test-runner saw and writes them where `npm test` adds up its closing line.
// A test file that fails to import counts as one failure, so a broken file is never silently green.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter(label) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const broken = !session.testResults || (session.errors?.length ?? 0) > 0;
        if (broken) totals.failed++;
        count(session.testResults, totals);
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/${label}.json`, JSON.stringify(totals));
    },
  };
}
