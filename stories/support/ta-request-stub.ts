/**
 * A stand-in receiver for the TA request stories and tests, so every delivery state can be reached
 * deterministically without a network, on the shared stand-in network (test/shared/stub-network.ts).
 *
 * Paths: /accept (201 with a reference), /pending (never answers; aborts when the controller aborts),
 * /unavailable (503), /offline (a network error), /forbidden (403), /reject (422 with field errors),
 * /flaky (503 the first time it sees an Idempotency-Key, 201 after), /held (503 until `releaseHeld()`, 201 after),
 * /see-other (stores nothing and answers 303 with a Location, as a post/redirect/get endpoint would).
 */
import { registerStubEndpoint, reply, type StubCall } from '../../test/shared/stub-network.js';
import { isoDateIn } from './dates.js';

export const STUB_ENDPOINT = 'https://ta-intake.test';

/** Every request the stub answered, in order (tests read it; stories ignore it). */
export const stubCalls: StubCall[] = [];
const flakySeen = new Set<string>();
let holding = true;

/** Lets /held accept what it has been refusing (`false` makes it refuse again). */
export function releaseHeld(release = true): void {
  holding = !release;
}

/** Installs the stub (once per page). */
export function installStubEndpoint(): void {
  registerStubEndpoint(
    STUB_ENDPOINT,
    {
      '/accept': () => reply.json(201, { reference: 'TA-2026-0142' }),
      '/pending': ({ signal }) => reply.never(signal),
      '/unavailable': () => reply.json(503, { title: 'Service unavailable' }),
      '/offline': () => reply.networkError(),
      '/forbidden': () => reply.json(403, { title: 'Forbidden' }),
      '/flaky': ({ key }) => {
        if (flakySeen.has(key)) return reply.json(201, { reference: 'TA-2026-0143' });
        flakySeen.add(key);
        return reply.json(503, { title: 'Busy' });
      },
      '/held': () => (holding ? reply.json(503, { title: 'Busy' }) : reply.json(201, { reference: 'TA-2026-0144' })),
      '/see-other': () => Promise.resolve(new Response(null, { status: 303, headers: { Location: '/thank-you' } })),
      '/reject': () =>
        reply.json(422, {
          title: 'Some answers need a change',
          errors: [
            { field: '/data/email', message: 'This email address cannot receive mail' },
            { field: '/data/preferredDates/1', message: 'We are closed on this date' },
          ],
        }),
    },
    stubCalls,
  );
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The form's control for `name` (and `value`, for a checkbox or radio). */
export function control<T extends HTMLElement = HTMLInputElement>(form: Element, name: string, value?: string): T {
  const selector = value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${CSS.escape(value)}"]`;
  const found = form.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No control ${selector}`);
  return found;
}

/** Types into a field or chooses from a list the way a browser reports it (input, then change). */
export async function answer(form: Element, name: string, value: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(form, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await (form as Updating).updateComplete;
}

/** Ticks a checkbox or picks a radio button by clicking it, as a person would. */
export async function pick(form: Element, name: string, ...values: string[]): Promise<void> {
  for (const value of values) {
    control(form, name, value).click();
    await (form as Updating).updateComplete;
  }
}

/** Presses Continue (the step's submit button) and waits for the next page. */
export async function next(form: Element): Promise<void> {
  const button = form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue-button"]');
  if (!button) throw new Error('No Continue button on this page');
  button.focus();
  button.click();
  await (form as Updating).updateComplete;
}

/** The page the form shows: its heading's text without "Step n of 4". */
export function currentStep(form: Element): string {
  const title = form.shadowRoot!.querySelector('#step-heading');
  return (title?.textContent ?? '').replace(/^\s*(Step \d of|Paso \d de) \d\s*/, '').trim();
}

export interface FillOptions {
  consultant?: boolean;
  /** The work is statewide: no county question. */
  statewide?: boolean;
  /** Ask for technical assistance instead of training: the third page asks by when, not the event questions. */
  technicalAssistance?: boolean;
}

/** Answers the first page (the county from region CA's list, unless statewide) and moves on. */
export async function fillAboutYou(form: Element, options: FillOptions = {}): Promise<void> {
  await answer(form, 'requesterName', 'Dana Reyes');
  await answer(form, 'requesterRole', 'CSEC program coordinator');
  await answer(form, 'agency', 'Madera County Department of Social Services');
  await answer(form, 'organizationType', 'local-government');
  if (options.statewide) {
    await pick(form, 'area', 'statewide');
  } else {
    await pick(form, 'area', 'county');
    await answer(form, 'county', 'Madera');
  }
  await answer(form, 'email', 'dana.reyes@example.org');
  await next(form);
}

/** Answers the second page and moves on. */
export async function fillYourNeed(form: Element, options: FillOptions = {}): Promise<void> {
  await pick(form, 'requestTypes', options.technicalAssistance ? 'technical-assistance' : 'training', ...(options.consultant ? ['survivor-consultant'] : []));
  if (options.consultant) await pick(form, 'canMatchFunds', 'not-sure');
  await pick(form, 'topics', 'trauma-informed-approach', 'multidisciplinary-teams');
  await answer(form, 'goals', 'Staff can recognize signs of exploitation and know our MDT referral steps.');
  await next(form);
}

/** Answers the third page and moves on to "Check your answers". */
export async function fillWhenAndHow(form: Element, options: FillOptions = {}): Promise<void> {
  if (options.technicalAssistance) {
    await answer(form, 'neededBy', isoDateIn(30));
  } else {
    await pick(form, 'audiences', 'child-welfare', 'probation');
    await pick(form, 'audienceSize', '26-50');
    await pick(form, 'format', 'hybrid');
    await pick(form, 'length', 'under-3-hours');
    await answer(form, 'date1', isoDateIn(120));
  }
  await next(form);
}

/** Answers every required question on the three pages and arrives on "Check your answers". */
export async function fillValidRequest(form: Element, options: FillOptions = {}): Promise<void> {
  await fillAboutYou(form, options);
  await fillYourNeed(form, options);
  await fillWhenAndHow(form, options);
}

/** Presses the send button on the check page (which, as with a mouse or a key, has focus) and waits for the form to settle. */
export async function send(form: Element): Promise<void> {
  const button = form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]');
  if (!button) throw new Error('No send button: the form is not on its check page');
  button.focus();
  button.click();
  await (form as Updating).updateComplete;
}
