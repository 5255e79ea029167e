/**
 * Every page of the inbox as a coordinator meets it in Chromium (playwright-core and the system's
 * browser), in English and Spanish: axe with the project's tags on each page and state (sign-in, its
 * errors, the list, its filter errors, each kind of request, a note too long, the delete confirmation,
 * the audit log, a missing page), no sideways scrolling at 320 px nor at 200 % text, a visible focus
 * in forced-colours mode, and a request triaged with the keyboard alone.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SubmissionStore } from '../../src/receiver/index.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { AXE_TAGS } from '../shared/axe-tags.js';
import { post, receiverOn, suiteCleanup, type TestReceiver } from './helpers.js';
import { addAccount, checklistRequest, PASSWORD, selfAssessmentRequest, taRequest } from './inbox-helpers.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const cleanup = suiteCleanup();
let browser: Browser;
let store: SubmissionStore;
let receiver: TestReceiver;
const ids: Record<string, string> = {};

before(async () => {
  store = await SubmissionStore.open();
  cleanup.after(() => store.close());
  await addAccount(store);
  receiver = await receiverOn(cleanup, store, { timeZone: 'America/Los_Angeles' });
  for (const [name, body] of [
    ['ta', taRequest({ goals: 'Line one.\nLine two, with a long unbroken word: supercalifragilisticexpialidocious-and-then-some-more-text.' })],
    [
      'assistance',
      taRequest({
        requestTypes: ['technical-assistance', 'survivor-consultant'],
        canMatchFunds: 'not-sure',
        area: 'several-counties',
        county: undefined,
        areaDetail: 'Alder Creek, Madera and a county with a rather long name',
        cohort: 'Central Valley cohort',
        topics: ['trauma-informed-approach', 'other'],
        topicOther: 'Protocols for labor trafficking on farms and in packing houses',
        neededBy: '2027-01-15',
        ...{ audiences: undefined, audienceSize: undefined, format: undefined, length: undefined, preferredDates: undefined },
      }),
    ],
    ['checklist', checklistRequest()],
    ['assessment', selfAssessmentRequest()],
  ] as const) {
    assert.equal((await post(receiver, body)).status, 201);
    ids[name] = body.id;
  }
  for (let i = 0; i < 26; i++) await post(receiver, taRequest({ agency: `Agency number ${i} of a county with a rather long name` }));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  cleanup.after(() => browser.close());
});
after(() => cleanup.run());

/** axe's violations on the page, one line each (empty when it passes). */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no script at all) does not govern.
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })`,
  )) as {
    violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
  };
  return results.violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** How far the page scrolls sideways, in CSS pixels (0: it reflows). */
const sideways = (page: Page) => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>;

async function signIn(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.goto(new URL(`inbox/sign-in?lang=${lang}`, receiver.url).toString());
  await page.getByLabel(lang === 'es' ? 'Nombre de la cuenta' : 'Account name').fill('dana');
  await page.getByLabel(lang === 'es' ? 'Contraseña' : 'Password').fill(PASSWORD);
  await page.getByRole('button', { name: lang === 'es' ? 'Iniciar sesión' : 'Sign in' }).click();
  await page.waitForURL(/\/inbox\/(\?|$)/);
}

/** Each page and state: how to reach it once signed in (or not), and what its main heading says. */
const STATES: Array<{ name: string; signedIn: boolean; go(page: Page, lang: 'en' | 'es'): Promise<unknown> }> = [
  { name: 'sign-in', signedIn: false, go: (page, lang) => page.goto(new URL(`inbox/sign-in?lang=${lang}`, receiver.url).toString()) },
  {
    name: 'sign-in, wrong password',
    signedIn: false,
    go: async (page, lang) => {
      await page.goto(new URL(`inbox/sign-in?lang=${lang}`, receiver.url).toString());
      await page.locator('#username').fill('dana');
      await page.locator('#password').fill('not the password');
      await page.locator('form[action="/inbox/sign-in"] button').click();
      await page.locator('.error-summary').waitFor();
    },
  },
  { name: 'sign-in, session ended', signedIn: false, go: (page, lang) => page.goto(new URL(`inbox/sign-in?ended=1&lang=${lang}`, receiver.url).toString()) },
  { name: 'list', signedIn: true, go: (page) => page.goto(new URL('inbox/', receiver.url).toString()) },
  { name: 'list, second page', signedIn: true, go: (page) => page.goto(new URL('inbox/?page=2', receiver.url).toString()) },
  { name: 'list, filter errors', signedIn: true, go: (page) => page.goto(new URL('inbox/?from=2026-02-30&reference=nope', receiver.url).toString()) },
  { name: 'list, nothing matches', signedIn: true, go: (page) => page.goto(new URL('inbox/?status=declined', receiver.url).toString()) },
  { name: 'training request', signedIn: true, go: (page) => page.goto(new URL(`inbox/requests/${ids.ta}`, receiver.url).toString()) },
  { name: 'technical-assistance request', signedIn: true, go: (page) => page.goto(new URL(`inbox/requests/${ids.assistance}`, receiver.url).toString()) },
  { name: 'checklist results', signedIn: true, go: (page) => page.goto(new URL(`inbox/requests/${ids.checklist}`, receiver.url).toString()) },
  { name: 'self-assessment results', signedIn: true, go: (page) => page.goto(new URL(`inbox/requests/${ids.assessment}`, receiver.url).toString()) },
  {
    name: 'a note too long',
    signedIn: true,
    go: async (page) => {
      await page.goto(new URL(`inbox/requests/${ids.ta}`, receiver.url).toString());
      await page.locator('#note').fill('x'.repeat(4010));
      await page.locator('form[action^="/inbox/requests/"] button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
    },
  },
  { name: 'saved', signedIn: true, go: (page) => page.goto(new URL(`inbox/requests/${ids.ta}?saved=1`, receiver.url).toString()) },
  { name: 'delete confirmation', signedIn: true, go: (page) => page.goto(new URL(`inbox/requests/${ids.checklist}/delete`, receiver.url).toString()) },
  { name: 'audit log', signedIn: true, go: (page) => page.goto(new URL('inbox/audit', receiver.url).toString()) },
  { name: 'a missing page', signedIn: true, go: (page) => page.goto(new URL('inbox/nowhere', receiver.url).toString()) },
];

for (const lang of ['en', 'es'] as const) {
  describe(`the inbox's pages in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
    for (const state of STATES) {
      it(`${state.name}: passes axe, reflows at 320 px and at 200 % text, and shows focus in forced colours`, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang === 'es' ? 'es-US' : 'en-US' });
        try {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
          if (state.signedIn) await signIn(page, lang);
          await state.go(page, lang);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          assert.equal(await page.locator('h1').count(), 1, 'one main heading');
          assert.deepEqual(await axeViolations(page), []);

          await page.setViewportSize({ width: 320, height: 800 });
          assert.equal(await sideways(page), 0, 'no sideways scrolling at 320 px');
          await page.setViewportSize({ width: 640, height: 800 });
          await page.evaluate(`document.documentElement.style.fontSize = '200%'`);
          assert.equal(await sideways(page), 0, 'no sideways scrolling at 200 % text (640 px: 1280 at 200 % zoom)');
          assert.deepEqual(await axeViolations(page), [], 'at 200 % text');

          await page.emulateMedia({ forcedColors: 'active' });
          await page.keyboard.press('Tab');
          const focus = (await page.evaluate(
            `(() => { const el = document.activeElement; const style = getComputedStyle(el); return { text: el.textContent.trim(), outline: style.outlineStyle + ' ' + style.outlineWidth }; })()`,
          )) as { text: string; outline: string };
          // A page with an error summary or a confirmation puts the focus there at once (autofocus); Tab goes on from it.
          if ((await page.locator('[autofocus]').count()) === 0) {
            assert.equal(focus.text, lang === 'es' ? 'Saltar al contenido principal' : 'Skip to main content', 'the skip link comes first');
          }
          assert.match(focus.outline, /^solid [1-9]/, 'a visible focus outline in forced colours');
          // The page's own status (401 for a wrong password, 404, 422) is logged by Chromium; a CSP refusal says "Refused to".
          const expected = /^Failed to load resource: the server responded with a status of (401|404|422) /;
          assert.deepEqual(
            errors.filter((error) => !expected.test(error)),
            [],
            'no console errors (a CSP refusal would be one)',
          );
        } finally {
          await context.close();
        }
      });
    }
  });
}

it('a coordinator signs in, opens a request, marks it scheduled with a note and saves, with the keyboard alone', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL('inbox/', receiver.url).toString());
    const focused = () =>
      page.evaluate(`(() => { const el = document.activeElement; return (el.id || el.getAttribute('href') || el.textContent.trim()); })()`) as Promise<string>;
    /** Tabs forward until `target` has focus; every stop shows a focus ring. */
    const tabTo = async (target: (name: string) => boolean, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const name = await focused();
        // Styles follow the focus a frame later in a date field's parts: wait for the ring rather than sample once.
        const ring = await page
          .waitForFunction(
            `(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; })()`,
            undefined,
            { timeout: 2000 },
          )
          .then(
            () => true,
            () => false,
          );
        assert.ok(
          ring,
          `${name} shows where the focus is: ${await page.evaluate(`(() => { const el = document.activeElement; const s = getComputedStyle(el); return [el.outerHTML.slice(0, 80), s.outlineStyle, s.boxShadow, el.matches(':focus'), el.matches(':focus-visible'), document.hasFocus()].join(' | '); })()`)}`,
        );
        if (target(name)) return;
      }
      assert.fail('never reached by Tab');
    };
    await tabTo((name) => name === 'username');
    await page.keyboard.type('dana');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/inbox\/$/);

    // The self-assessment is on the second page: filter the list to it, by keyboard.
    await tabTo((name) => name === 'filter-type');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#filter-type').inputValue(), 'self-assessment');
    // Enter in a text field sends the form, as in any browser form.
    await tabTo((name) => name === 'filter-area', 3);
    await page.keyboard.press('Enter');
    await page.waitForURL(/type=self-assessment/);
    await tabTo((name) => name === `/inbox/requests/${ids.assessment}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/inbox/requests/${ids.assessment}$`));
    await tabTo((name) => name === 'status-new');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'status-scheduled');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'note');
    await page.keyboard.type('Call booked for Monday.');
    await tabTo((name) => name === 'Save status and note', 5);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?saved=1$/);
    // `autofocus` is applied at the browser's next rendering step, which may come after the load event on a busy machine.
    const confirmationFocused = await page
      .waitForFunction(`document.activeElement?.textContent.trim() === 'The status and note are saved.'`, undefined, { timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    assert.ok(confirmationFocused, `the confirmation takes the focus, so a screen reader says it (focus is on ${await focused()})`);
    const record = await store.get(ids.assessment);
    assert.equal(record?.status, 'scheduled');
    assert.equal(record?.note, 'Call booked for Monday.');
  } finally {
    await context.close();
  }
});
