/**
 * What a person does on the demo site, end to end in Chromium against the real receiver: request
 * training and find the request on the Received submissions page; and, on each embed page (plain
 * HTML, React 19, Vue 3), see the attributes the page set, switch the language, tick a step and send,
 * with the page's own code receiving the `si-` events. Each journey throws with what went wrong.
 */
import type { Locator, Page } from 'playwright-core';
import { isoDateIn } from '../../stories/support/dates.js';

const TEN_SECONDS = 10_000;

/** The reference must be listed on the Received submissions page, under the right kind. */
async function expectListed(page: Page, origin: string, reference: string, kind: string): Promise<void> {
  await page.goto(`${origin}/submissions`);
  const entry = page.locator('li.submission', { has: page.getByRole('heading', { name: reference }) });
  await entry.waitFor({ timeout: TEN_SECONDS });
  const text = await entry.innerText();
  if (!text.includes(kind)) throw new Error(`the submissions page lists ${reference} without "${kind}": ${text}`);
}

/**
 * A county partner fills a request form (in English) by label and sends it; returns the reference the
 * confirmation shows. The earliest date is 120 days ahead, past any page's notice up to 90 days.
 */
export async function fillAndSendTaRequest(form: Locator): Promise<string> {
  await form.getByLabel('Your full name').fill('Dana Reyes');
  await form.getByLabel('Your job title or role').fill('CSEC program coordinator');
  await form.getByLabel('Name of your agency or organization').fill('Juniper Hollow County Probation');
  await form.getByLabel('Type of organization').selectOption({ label: 'County or city government agency' });
  await form.getByLabel('County or region').fill('Juniper Hollow County');
  await form.getByLabel('Email address').fill('dana.reyes@example.org');
  await form.getByRole('checkbox', { name: 'Training' }).check();
  await form.locator('[name="topics"]').first().check();
  await form.locator('[name="audiences"]').first().check();
  await form.locator('[name="audienceSize"]').first().check();
  await form.locator('[name="format"]').first().check();
  await form.locator('[name="length"]').first().check();
  await form.locator('[name="date1"]').fill(isoDateIn(120));
  await form.locator('[name="goals"]').fill('Probation officers can recognize signs of exploitation and know our MDT referral steps.');
  await form.getByRole('button', { name: 'Send request' }).click();

  const sent = form.getByRole('heading', { name: 'Request sent' });
  await sent.waitFor({ timeout: TEN_SECONDS }).catch(async () => {
    throw new Error(`the form did not say "Request sent"; it shows: ${(await form.innerText()).slice(0, 600)}`);
  });
  const reference = (await form.locator('.reference').innerText()).trim();
  if (!/^SI-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)) throw new Error(`the confirmation shows "${reference}", not a reference`);
  return reference;
}

/** A county partner fills the request form on /request-training by label, sends it, and it is stored. */
export async function requestTrainingJourney(page: Page, origin: string): Promise<string> {
  await page.goto(`${origin}/request-training`);
  const reference = await fillAndSendTaRequest(page.locator('si-ta-request'));
  await expectListed(page, origin, reference, 'ta-request');
  return reference;
}

/** On an embed page: the framework's attributes and language switch reach the checklist, its events reach the framework. */
export async function embedJourney(page: Page, origin: string, path: string): Promise<string> {
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
  await expectListed(page, origin, reference, 'checklist');
  return reference;
}
