/**
 * axe with the tags DESIGN.md fixes (WCAG 2.0–2.2 A and AA, best practice). chai-a11y-axe cannot be
 * told which tags to run, so the check calls axe-core itself and lists every violation it finds.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

import { AXE_TAGS } from './axe-tags.js';

export { AXE_TAGS };

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Throws with every violation's rule, help text and target when `element` is not accessible. */
export async function assertAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  if (results.violations.length === 0) return;
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `  at ${JSON.stringify(node.target)}: ${node.failureSummary}`).join('\n')}`,
  );
  throw new Error(`Accessibility violations:\n${report.join('\n')}`);
}
