/**
 * Waits until `check()` holds, looking again every few milliseconds: for what settles on its own time
 * (a stand-in endpoint's answer, a lazily loaded language). It returns as soon as the check holds, so a
 * loaded machine only makes it wait longer, never fail, within the generous limit.
 */
export async function until(check: () => boolean, what = 'the expected state', timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
