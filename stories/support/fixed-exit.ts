/**
 * For the stories that show the fixed Exit button: scrolls the page until the quick exit's own button
 * is out of view and waits (a few frames at most) for the fixed one to appear.
 */
export async function scrollUntilFixedExit(quickExit: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await quickExit.updateComplete;
  const button = quickExit.shadowRoot!.querySelector('[part~="button"]')!;
  window.scrollTo(0, button.getBoundingClientRect().bottom + window.scrollY + window.innerHeight);
  for (let frame = 0; frame < 120 && !quickExit.shadowRoot!.querySelector('[part~="fixed-button"]'); frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await quickExit.updateComplete;
  }
  if (!quickExit.shadowRoot!.querySelector('[part~="fixed-button"]')) throw new Error('The fixed Exit button did not appear once the page was scrolled.');
}
