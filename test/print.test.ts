/**
 * Printing one widget alone (src/core/print.ts), seen through Chromium's print media emulation: with
 * the isolation on, the host page's banner, header, text and other widgets are not on paper and the
 * widget is; with it off, print media shows the whole page again. Both printing widgets use it from
 * their Print button.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { isolateForPrint, printAlone } from '../src/core/print.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-checklist/define.js';
import '../src/elements/si-hotline-banner/define.js';
import '../src/elements/si-self-assessment/define.js';
import { fill } from '../stories/support/self-assessment-stub.js';
import { settle } from './shared/story-sweep.js';
import { $, text } from './shared/dom.js';

/** A county page: a banner, a header, text, and both widgets inside the main column. */
async function hostPage(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div class="page">
    <si-hotline-banner></si-hotline-banner>
    <header class="site-header"><p>Example County</p><nav><a href="/">Home</a></nav></header>
    <main style="padding: 2rem; border: 4px solid black">
      <h1>Resources</h1>
      <p class="lead">Tools for your team.</p>
      <section class="column">
        <h2>Checklist</h2>
        <si-checklist persist="none" org="Example County"></si-checklist>
      </section>
      <h2>Self-assessment</h2>
      <si-self-assessment persist="none"></si-self-assessment>
    </main>
    <footer>Footer</footer>
  </div>`);
  await settle(page);
  return page;
}

const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true });

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  fixtureCleanup();
  wipeAllStoredData();
});

describe('printing a widget alone', () => {
  it('hides everything but the widget on paper, and gives the page back afterwards', async () => {
    const page = await hostPage();
    const checklist = page.querySelector('si-checklist')!;
    const others = ['si-hotline-banner', '.site-header', 'h1', '.lead', '.column > h2', 'si-self-assessment', 'footer'].map((selector) =>
      page.querySelector(selector)!,
    );

    await emulateMedia({ media: 'print' });
    expect(others.map(visible), 'a print from the browser’s menu shows the whole page').to.deep.equal(others.map(() => true));

    const end = isolateForPrint(checklist);
    try {
      expect(others.map(visible), 'nothing of the host page is on paper').to.deep.equal(others.map(() => false));
      expect(visible(checklist)).to.equal(true);
      expect(visible($(checklist, '[part~="title"]')!)).to.equal(true);
      expect(text($(checklist, '[part~="title"]'))).to.equal('Checklist for a survivor-informed practice');
      const main = page.querySelector('main')!;
      expect(getComputedStyle(main).borderTopWidth, 'the ancestors’ own boxes are not printed either').to.equal('0px');
      expect(getComputedStyle(main).visibility).to.equal('hidden');
      await emulateMedia({ media: 'screen' });
      expect(others.map(visible), 'the screen never changes').to.deep.equal(others.map(() => true));
      await emulateMedia({ media: 'print' });
    } finally {
      end();
    }
    expect(others.map(visible), 'afterwards, print shows the whole page again').to.deep.equal(others.map(() => true));
    expect(document.querySelectorAll('[data-si-print]')).to.have.length(0);
    expect(document.adoptedStyleSheets).to.have.length(0);
    end(); // twice is harmless
  });

  it('isolates one widget at a time', async () => {
    const page = await hostPage();
    const checklist = page.querySelector('si-checklist')!;
    const assessment = page.querySelector('si-self-assessment')!;
    await emulateMedia({ media: 'print' });
    const first = isolateForPrint(checklist);
    const second = isolateForPrint(assessment);
    expect([visible(checklist), visible(assessment)]).to.deep.equal([false, true]);
    first(); // the first one's end no longer touches the second's marks
    expect([visible(checklist), visible(assessment)]).to.deep.equal([false, true]);
    second();
    expect([visible(checklist), visible(assessment)]).to.deep.equal([true, true]);
  });

  it('calls print() with the isolation on, and ends it on afterprint (or at the next key press, where no afterprint comes)', async () => {
    const page = await hostPage();
    const checklist = page.querySelector('si-checklist')!;
    const print = window.print;
    let during: string | null = null;
    try {
      window.print = () => void (during = checklist.getAttribute('data-si-print'));
      printAlone(checklist);
      expect(during).to.equal('widget');
      expect(checklist.getAttribute('data-si-print'), 'still on until the print is over').to.equal('widget');
      window.dispatchEvent(new Event('afterprint'));
      expect(checklist.hasAttribute('data-si-print')).to.equal(false);

      printAlone(checklist);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      expect(checklist.hasAttribute('data-si-print')).to.equal(false);
    } finally {
      window.print = print;
    }
  });

  it('is what the checklist’s and the self-assessment’s Print buttons use', async () => {
    const page = await hostPage();
    const checklist = page.querySelector('si-checklist')!;
    const assessment = page.querySelector('si-self-assessment')!;
    const print = window.print;
    const seen: string[] = [];
    window.print = () => void seen.push([...document.querySelectorAll('[data-si-print="widget"]')].map((element) => element.localName).join());
    try {
      [...checklist.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="actions"] button')].find((button) => text(button) === 'Print')!.click();
      await checklist.updateComplete;
      await fill(assessment as HTMLElement & { updateComplete: Promise<unknown> });
      assessment.shadowRoot!.querySelector<HTMLButtonElement>('[data-print]')!.click();
    } finally {
      window.print = print;
    }
    expect(seen).to.deep.equal(['si-checklist', 'si-self-assessment']);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('puts the results on paper without the self-assessment’s controls', async () => {
    const page = await hostPage();
    const assessment = page.querySelector('si-self-assessment')!;
    await fill(assessment as HTMLElement & { updateComplete: Promise<unknown> });
    const end = isolateForPrint(assessment);
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) => visible($(assessment, selector)!);
      expect(shown('[part~="overall"]')).to.equal(true);
      expect(shown('[part~="table"]')).to.equal(true);
      expect(shown('[part~="gap"]')).to.equal(true);
      expect(['[part~="stepper"]', '[part~="report-actions"]', '[part~="footer"]', '#org-name', '[part~="progress"]'].map(shown)).to.deep.equal([
        false,
        false,
        false,
        false,
        false,
      ]);
    } finally {
      end();
    }
  });
});
