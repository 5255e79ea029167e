/**
 * The CDN loader defines the widgets a page uses, those a CMS or framework adds later too, and
 * leaves the rest unloaded. This file runs in its own page, so nothing else has defined elements.
 */
import { expect, fixture, html } from '@open-wc/testing';

function definedWithin(tag: string, ms = 5000): Promise<boolean> {
  return Promise.race([customElements.whenDefined(tag).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

describe('the CDN loader', () => {
  it('defines the elements on the page, then those added later, and no others', async () => {
    const badge = await fixture(html`<si-values-badge values="survivor-informed"></si-values-badge>`);
    expect(customElements.get('si-values-badge')).to.equal(undefined);

    await import('../src/loader.js');
    expect(await definedWithin('si-values-badge'), 'present before the loader ran').to.equal(true);
    expect(badge.shadowRoot, 'the badge upgraded and rendered').to.not.equal(null);
    expect(customElements.get('si-ta-request'), 'absent from the page, so not loaded').to.equal(undefined);
    expect(customElements.get('si-checklist')).to.equal(undefined);

    // Inserted after the loader ran, nested inside other markup, as a CMS block would be.
    const block = document.createElement('section');
    block.append(document.createElement('div'));
    block.firstElementChild!.append(document.createElement('si-checklist'));
    document.body.append(block);
    expect(await definedWithin('si-checklist'), 'added later').to.equal(true);
    expect(customElements.get('si-ta-request')).to.equal(undefined);
    block.remove();
  });
});
