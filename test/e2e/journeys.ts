/**
 * What people do on the demo site, end to end in Chromium against the real receiver: a county partner
 * requests training, and the coordinator signs in to the inbox, finds it, marks it scheduled and
 * exports it; and, on each embed page (plain HTML, React 19, Vue 3), a person sees the attributes the
 * page set, switches the language, ticks a step and sends, with the page's own code receiving the
 * `si-` events, and the result is in the inbox. Each journey throws with what went wrong.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { isoDateIn } from '../../stories/support/dates.js';

const TEN_SECONDS = 10_000;

/** Signs in to the inbox as the demo's coordinator (with the password the server printed), in this page. */
async function signIn(page: Page, origin: string, password: string): Promise<void> {
  await page.goto(`${origin}/inbox/`);
  if (!page.url().includes('/inbox/sign-in')) return; // already signed in in this page's context
  await page.getByLabel('Account name').fill('coordinator');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor({ timeout: TEN_SECONDS });
}

/** The reference must be in the coordinator's inbox, under the right kind; opens it. */
async function expectInInbox(page: Page, origin: string, password: string, reference: string, kind: string): Promise<void> {
  await signIn(page, origin, password);
  await page.getByLabel('Reference').fill(reference);
  await page.getByRole('button', { name: 'Show requests' }).click();
  const entry = page.locator('li.request', { has: page.getByRole('link', { name: reference }) });
  await entry.waitFor({ timeout: TEN_SECONDS });
  const text = await entry.innerText();
  if (!text.includes(kind)) throw new Error(`the inbox lists ${reference} without "${kind}": ${text}`);
  await entry.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor({ timeout: TEN_SECONDS });
}

/** Presses Continue and waits for the next page's heading, or throws with what the page shows instead. */
async function continueTo(form: Locator, step: string): Promise<void> {
  await form.getByRole('button', { name: 'Continue', exact: true }).click();
  await form
    .getByRole('heading', { name: new RegExp(`^Step \\d of 4 ${step}$`) })
    .waitFor({ timeout: TEN_SECONDS })
    .catch(async () => {
      throw new Error(`Continue did not lead to "${step}"; the form shows: ${(await form.innerText()).slice(0, 600)}`);
    });
}

/**
 * A county partner fills a request form (in English) by label, page by page, checks the answers and
 * sends; returns the reference the confirmation shows. The earliest date is 120 days ahead, past any
 * page's planning time up to 90 days.
 */
export async function fillAndSendTaRequest(form: Locator): Promise<string> {
  await fillTaRequestToCheck(form);
  await form.getByRole('button', { name: 'Send request' }).click();

  const sent = form.getByRole('heading', { name: 'Request sent' });
  await sent.waitFor({ timeout: TEN_SECONDS }).catch(async () => {
    throw new Error(`the form did not say "Request sent"; it shows: ${(await form.innerText()).slice(0, 600)}`);
  });
  const reference = (await form.locator('.reference').innerText()).trim();
  if (!/^SI-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)) throw new Error(`the confirmation shows "${reference}", not a reference`);
  return reference;
}

/** Answers the request form's three pages (in English) by label and arrives on "Check your answers". */
export async function fillTaRequestToCheck(form: Locator): Promise<void> {
  await form.getByLabel('Your full name').fill('Dana Reyes');
  await form.getByLabel('Your job title or role').fill('CSEC program coordinator');
  await form.getByLabel('Name of your agency or organization').fill('Juniper Hollow County Probation');
  await form.getByLabel('Type of organization').selectOption({ label: 'County or city government agency' });
  await form.getByRole('radio', { name: 'In one county' }).check();
  const county = form.getByLabel('Which county?');
  if ((await county.evaluate((control) => control.localName)) === 'select') await county.selectOption({ index: 1 });
  else await county.fill('Juniper Hollow County');
  await form.getByLabel('Email address').fill('dana.reyes@example.org');
  await continueTo(form, 'What you need');

  await form.getByRole('checkbox', { name: 'Training', exact: true }).check();
  await form.locator('[name="topics"]').first().check();
  await form
    .getByLabel('What do you need, and what should it achieve?')
    .fill('Probation officers can recognize signs of exploitation and know our MDT referral steps.');
  await continueTo(form, 'When and how');

  await form.locator('[name="audiences"]').first().check();
  await form.locator('[name="audienceSize"]').first().check();
  await form.locator('[name="format"]').first().check();
  await form.locator('[name="length"]').first().check();
  await form.getByLabel('First choice').fill(isoDateIn(120));
  await continueTo(form, 'Check your answers before sending');

  const answers = await form.locator('[part~="answers"]').allInnerTexts();
  if (!answers.join('\n').includes('Juniper Hollow County Probation'))
    throw new Error(`the check page does not show the answers: ${answers.join(' | ').slice(0, 400)}`);
}

/** A county partner fills the request form on /request-training by label, sends it, and it is stored. */
export async function requestTrainingJourney(page: Page, origin: string, password: string): Promise<string> {
  await page.goto(`${origin}/request-training`);
  const reference = await fillAndSendTaRequest(page.locator('si-ta-request'));
  await expectInInbox(page, origin, password, reference, 'Training or assistance request');
  const answers = await page.locator('.answers').first().innerText();
  if (!answers.includes('Dana Reyes') || !answers.includes('Juniper Hollow County Probation')) throw new Error(`the request shows: ${answers.slice(0, 400)}`);

  await page.getByRole('radio', { name: 'Scheduled' }).check();
  await page.getByLabel('Note').fill('Booked with the probation training unit.');
  await page.getByRole('button', { name: 'Save status and note' }).click();
  await page.getByText('The status and note are saved.').waitFor({ timeout: TEN_SECONDS });

  await page.getByRole('link', { name: 'Back to the requests' }).click();
  await page.getByLabel('Status').selectOption('scheduled');
  await page.getByRole('button', { name: 'Show requests' }).click();
  const download = page.waitForEvent('download', { timeout: TEN_SECONDS });
  await page.getByRole('link', { name: /as a spreadsheet \(CSV\)/ }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const row = csv.split('\r\n').find((line) => line.startsWith(`${reference},`));
  if (!row || !row.includes(',Scheduled,Booked with the probation training unit.,') || !row.includes('Dana Reyes')) {
    throw new Error(`the exported CSV has no scheduled row for ${reference}:\n${csv.slice(0, 800)}`);
  }
  return reference;
}

/** On an embed page: the framework's attributes and language switch reach the checklist, its events reach the framework. */
export async function embedJourney(page: Page, origin: string, path: string, password: string): Promise<string> {
  await page.goto(origin + path);
  const checklist = page.locator('si-checklist');
  const log = page.locator('#events');
  await checklist.getByText(/^Sending gives Juniper Hollow County Probation which steps you checked and every note/).waitFor({ timeout: TEN_SECONDS });

  await page.getByRole('button', { name: 'Ver en español' }).click();
  await checklist.getByRole('button', { name: 'Enviar su lista' }).waitFor({ timeout: TEN_SECONDS });

  await checklist.getByRole('checkbox').first().check();
  await log.getByText('si-change: 1 step(s) checked').waitFor({ timeout: TEN_SECONDS });

  await checklist.getByRole('button', { name: 'Enviar su lista' }).click();
  const submitted = log.getByText(/si-submitted: reference SI-/);
  await submitted.waitFor({ timeout: TEN_SECONDS });
  const reference = /SI-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await submitted.innerText())?.[0];
  if (!reference) throw new Error(`the page's log names no reference: ${await log.innerText()}`);
  await expectInInbox(page, origin, password, reference, 'Checklist results');
  return reference;
}
