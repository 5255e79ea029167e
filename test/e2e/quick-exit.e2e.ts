/**
 * The quick exit end to end on the demo site, in the system Chromium with its back/forward cache on
 * (Playwright turns it off by default), under the demo's strict CSP. `node --import tsx
 * test/e2e/quick-exit.e2e.ts` after `npm run build:cdn`; part of `npm run e2e`. The exit's neutral page
 * (https://www.weather.gov/) is answered by the test itself: nothing leaves the machine.
 *
 * Scenarios:
 * 1. control: without an exit, Back from another page restores /request-training from the cache with
 *    what was typed still in it; this is what the exit must prevent, and it proves the cache is in play;
 * 2. a person types into the request form, goes on to another page of the site and exits there (the
 *    exit replaces that page in the history); Back returns to the form page, which shows no typed
 *    answer and no overlay, in English and in Spanish;
 * 3. the same with a checklist note on /resources: nothing comes back, not even through the browser's own
 *    form restore when the page is loaded again;
 * 4. a second tab of the site with the form open: when the first tab exits, its widgets hide and show
 *    nothing typed, and its session storage holds nothing of ours;
 * 5. on a 360 px phone, scrolled into the form: the fixed Exit button is on screen and exits.
 * The last line is `N passed, N failed`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createDemoServer, type DemoServer } from '../../demo/app.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';

const EXIT_URL = 'https://www.weather.gov/';
const EXIT_PAGE = '<!doctype html><html lang="en"><title>Weather</title><h1>Local forecast</h1></html>';
const NAME = 'Dana Reyes';
const EMAIL = 'dana.reyes@example.org';
const NOTE = 'Board agreed in March';

const LABELS = {
  en: { path: '/request-training', other: '/resources', name: 'Your full name', email: 'Email address', exit: 'Emergency Exit this page' },
  es: {
    path: '/es/request-training',
    other: '/es/resources',
    name: 'Su nombre completo',
    email: 'Correo electrónico',
    exit: 'Emergencia Salir de esta página',
  },
} as const;
type Lang = keyof typeof LABELS;

/**
 * Runs in the page (a string: tsx's helpers do not exist there). Waits for the widgets, then returns what
 * a person could see of them: their text and field values through every shadow root, whether the exit's
 * overlay is there, whether each widget is rendered, and how this page was last shown.
 */
const PROBE = `async () => {
  await Promise.all(['si-hotline-banner', 'si-ta-request'].map((tag) => customElements.whenDefined(tag)));
  const widgets = [...document.querySelectorAll('si-hotline-banner, si-ta-request')];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  const seen = [];
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.shadowRoot) walk(node.shadowRoot);
      if ((node.localName === 'input' || node.localName === 'textarea') && node.value) seen.push(node.value);
    }
    seen.push(root.textContent || '');
  };
  walk(document);
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    seen: seen.join(' '),
    overlay: document.querySelector('body > [data-si-quick-exit]') !== null,
    visible: Object.fromEntries(widgets.map((widget) => [widget.localName, widget.checkVisibility()])),
    restored: window.__siRestored === true,
    notRestored: JSON.stringify(navigation && navigation.notRestoredReasons ? navigation.notRestoredReasons.reasons : null),
    siKeys: [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((key) => key.startsWith('si:')),
  };
}`;
interface Seen {
  seen: string;
  overlay: boolean;
  visible: Record<string, boolean>;
  restored: boolean;
  notRestored: string;
  siKeys: string[];
}

/** A context whose pages note a restore from the back/forward cache, and where the exit page is answered locally. */
async function newContext(browser: Browser, origin: string, viewport = { width: 1024, height: 800 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(`addEventListener('pageshow', (event) => { window.__siRestored = event.persisted; });`);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === EXIT_URL) return route.fulfill({ status: 200, contentType: 'text/html', body: EXIT_PAGE });
    if (new URL(url).origin === origin) return route.continue();
    return route.abort();
  });
  return context;
}

async function probe(page: Page): Promise<Seen> {
  await page.waitForFunction(() => document.readyState === 'complete');
  return (await page.evaluate(`(${PROBE})()`)) as Seen;
}

async function typeIntoForm(page: Page, lang: Lang): Promise<void> {
  const form = page.locator('si-ta-request');
  await form.getByLabel(LABELS[lang].name, { exact: true }).fill(NAME);
  await form.getByLabel(LABELS[lang].email, { exact: true }).fill(EMAIL);
}

async function back(page: Page): Promise<void> {
  // A page restored from the cache fires no load event: wait for the commit, then for the page.
  await page.goBack({ waitUntil: 'commit' });
}

async function exitWithTheBanner(page: Page, lang: Lang): Promise<void> {
  await page.locator('si-hotline-banner').getByRole('button', { name: LABELS[lang].exit }).first().click();
  await page.waitForURL(EXIT_URL);
}

type Scenario = (browser: Browser, origin: string, problems: string[]) => Promise<void>;

const scenarios: Record<string, Scenario> = {
  async 'control: without an exit, Back restores the typed form from the back/forward cache'(browser, origin, problems) {
    const context = await newContext(browser, origin);
    const page = await context.newPage();
    await page.goto(origin + LABELS.en.path);
    await typeIntoForm(page, 'en');
    await page.goto(origin + LABELS.en.other);
    await back(page);
    const seen = await probe(page);
    if (!seen.restored)
      problems.push(`the page was not restored from the back/forward cache (${seen.notRestored}), so the scenarios below would prove nothing`);
    if (!seen.seen.includes(NAME)) problems.push('the restored page does not show what was typed');
    await context.close();
  },

  ...Object.fromEntries(
    (['en', 'es'] as const).map((lang): [string, Scenario] => [
      `typed, went on, exited there: Back shows no typed answer and no overlay (${lang})`,
      async (browser, origin, problems) => {
        const context = await newContext(browser, origin);
        const page = await context.newPage();
        await page.goto(origin + LABELS[lang].path);
        await typeIntoForm(page, lang);
        await page.goto(origin + LABELS[lang].other);
        await exitWithTheBanner(page, lang);
        if ((await page.title()) !== 'Weather') problems.push(`the exit did not reach the neutral page: "${await page.title()}"`);
        await back(page);
        if (new URL(page.url()).pathname !== LABELS[lang].path) problems.push(`Back went to ${page.url()}, not the form page`);
        const seen = await probe(page);
        for (const typed of [NAME, EMAIL]) if (seen.seen.includes(typed)) problems.push(`"${typed}" is on screen after Back`);
        if (seen.overlay) problems.push('the exit overlay is still there');
        if (!seen.visible['si-ta-request']) problems.push('the form is not shown');
        if (seen.siKeys.length) problems.push(`stored after the exit: ${seen.siKeys.join(', ')}`);
        console.log(`       (${lang}: ${seen.restored ? 'restored from the back/forward cache' : `loaded again; Chromium says ${seen.notRestored}`})`);
        await context.close();
      },
    ]),
  ),

  async 'a checklist note typed, then an exit on another page: Back brings no note back (no browser form restore either)'(browser, origin, problems) {
    const context = await newContext(browser, origin);
    const page = await context.newPage();
    await page.goto(origin + '/resources');
    const checklist = page.locator('si-checklist');
    await checklist.locator('input[type="checkbox"]').first().check();
    await checklist.locator('[part~="note-toggle"]').first().click();
    await checklist.locator('textarea').first().fill(NOTE);
    await checklist.locator('textarea').first().blur();
    await page.goto(origin + LABELS.en.path);
    await exitWithTheBanner(page, 'en');
    await back(page);
    await page.waitForFunction(() => document.readyState === 'complete');
    const seen = (await page.evaluate(`(async () => {
      await customElements.whenDefined('si-checklist');
      const checklist = document.querySelector('si-checklist');
      await checklist.updateComplete;
      return { answers: JSON.stringify(checklist.answers), text: checklist.shadowRoot.textContent + [...checklist.shadowRoot.querySelectorAll('textarea')].map((t) => t.value).join(' ') };
    })()`)) as { answers: string; text: string };
    if (seen.text.includes(NOTE)) problems.push(`the note is back on screen: ${seen.answers}`);
    if (seen.answers !== JSON.stringify({ checked: [], notes: {} })) problems.push(`answers came back: ${seen.answers}`);
    await context.close();
  },

  async 'another tab of the site: its widgets hide, nothing typed stays on screen or in its session storage'(browser, origin, problems) {
    const context = await newContext(browser, origin);
    const formTab = await context.newPage();
    await formTab.goto(origin + LABELS.en.path);
    // Nothing is stored by default; a host that keeps drafts for the tab sets persist="session".
    await formTab.evaluate(() => document.querySelector('si-ta-request')!.setAttribute('persist', 'session'));
    await typeIntoForm(formTab, 'en');
    const before = await probe(formTab);
    if (before.siKeys.length === 0) problems.push('the form kept no draft in its session storage, so the wipe is not tested');
    const exitTab = await context.newPage();
    await exitTab.goto(origin + LABELS.en.other);
    await exitWithTheBanner(exitTab, 'en');
    await formTab.waitForFunction(() => document.querySelector('si-ta-request')?.matches(':state(exited)'), undefined, { timeout: 10_000 });
    const seen = await probe(formTab);
    for (const typed of [NAME, EMAIL]) if (seen.seen.includes(typed)) problems.push(`"${typed}" is still in the other tab`);
    for (const [tag, visible] of Object.entries(seen.visible)) if (visible) problems.push(`<${tag}> is still shown in the other tab`);
    if (seen.siKeys.length) problems.push(`the other tab still stores ${seen.siKeys.join(', ')}`);
    if (new URL(formTab.url()).pathname !== LABELS.en.path) problems.push('the other tab navigated');
    await context.close();
  },

  async 'on a phone, scrolled into the form: the fixed Exit button is on screen and exits'(browser, origin, problems) {
    const context = await newContext(browser, origin, { width: 360, height: 800 });
    const page = await context.newPage();
    await page.goto(origin + LABELS.en.path);
    await page.locator('si-ta-request').getByLabel(LABELS.en.email, { exact: true }).focus();
    const fixed = page.locator('si-hotline-banner si-quick-exit').locator('[part~="fixed-button"]');
    await fixed.waitFor({ state: 'visible', timeout: 10_000 });
    const box = await fixed.boundingBox();
    if (!box || box.width < 44 || box.height < 44) problems.push(`the fixed button is ${JSON.stringify(box)}, smaller than 44 × 44`);
    else if (box.y < 0 || box.y + box.height > 800 || box.x < 0 || box.x + box.width > 360)
      problems.push(`the fixed button is off screen: ${JSON.stringify(box)}`);
    await fixed.click();
    await page.waitForURL(EXIT_URL);
    await context.close();
  },
};

async function main(): Promise<Array<{ name: string; problems: string[] }>> {
  const dir = mkdtempSync(join(tmpdir(), 'si-quick-exit-e2e-'));
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  const results: Array<{ name: string; problems: string[] }> = [];
  try {
    server = await createDemoServer({ port: 0, dataDir: join(dir, 'receiver'), log: () => undefined });
    const origin = server.url.replace(/\/$/, '');
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
    for (const [name, scenario] of Object.entries(scenarios)) {
      const problems: string[] = [];
      console.log(name);
      try {
        await scenario(browser, origin, problems);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
      results.push({ name, problems });
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

let results: Array<{ name: string; problems: string[] }>;
try {
  results = await main();
} catch (error) {
  results = [{ name: 'set-up', problems: [error instanceof Error ? (error.stack ?? error.message) : String(error)] }];
}
for (const { name, problems } of results) {
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  for (const problem of problems) console.log(`       ${problem}`);
}
const failed = results.filter((result) => result.problems.length > 0).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
