// A node:test reporter that yields one JSON line of counts, for `npm test`'s closing line.
export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) totals.skipped++;
      else totals.passed++;
    }
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') totals.failed++;
  }
  yield JSON.stringify(totals);
}
