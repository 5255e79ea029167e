/**
 * Loading the library and rendering every widget builds no zod schema: a page pays for one only when a
 * widget first validates with it (src/core/on-first-use.ts), because building them at import was the
 * largest share of script time on a banner-only page. The request form checks its answers without zod at all. zod calls `__zod_globalConfig.postProcessor` for
 * each schema object it constructs, so counting those calls counts the schemas built.
 * This file runs in its own page, so nothing has imported the library before it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as z from 'zod/mini';

let built = 0;
(globalThis as unknown as { __zod_globalConfig: { postProcessor?: () => void } }).__zod_globalConfig.postProcessor = () => {
  built += 1;
};

async function rendered<T extends Element>(element: T): Promise<T> {
  await customElements.whenDefined(element.localName);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

describe('zod schemas are built on first use', () => {
  it('counts the schemas zod builds (so the check below can fail)', () => {
    built = 0;
    z.string();
    expect(built).to.be.above(0);
  });

  it('builds none while the library loads and every widget renders, nor when the request form checks its answers', async () => {
    built = 0;
    await import('../src/index.js');
    const page = await fixture<HTMLElement>(html`<div>
      <si-hotline-banner></si-hotline-banner>
      <si-values-badge values="survivor-informed"></si-values-badge>
      <si-checklist persist="none"></si-checklist>
      <si-self-assessment persist="none"></si-self-assessment>
      <si-ta-request endpoint="/api/submissions" persist="none"></si-ta-request>
    </div>`);
    for (const element of page.children) await rendered(element);
    expect(built, 'schemas built while loading and rendering').to.equal(0);

    // The form's checks are its own small validator (src/schemas/ta-request-check.ts): zod stays for servers and tests.
    const form = page.querySelector('si-ta-request')!;
    const email = form.shadowRoot!.querySelector<HTMLInputElement>('input[name="email"]')!;
    email.value = 'name @example.org';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue-button"]')!.click();
    await rendered(form);
    expect(form.shadowRoot!.querySelector('#f-email-error')?.textContent).to.contain('in the correct format');
    expect(built, 'no schema built for the form’s checks').to.equal(0);
  });
});
