/**
 * A stand-in receiver for the checklist stories and tests, so every delivery state is reached
 * deterministically without a network. It wraps `window.fetch` once and answers only requests to its own
 * reserved `.test` host; every other request (the ta-request stub's, a content file) passes through.
 *
 * Paths: /accept (201 with a reference), /pending (never answers; aborts when the controller aborts),
 * /unavailable (503 with `Retry-After: 60`, so the send waits a minute), /offline (a network error),
 * /forbidden (403).
 */
export const CHECKLIST_STUB = 'https://checklist-intake.test';

export interface ChecklistStubCall {
  url: string;
  init: RequestInit;
}

/** Every request the stub answered, in order (tests read it; stories ignore it). */
export const checklistStubCalls: ChecklistStubCall[] = [];

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json', ...headers } }),
  );

const answers: Record<string, (signal: AbortSignal | null | undefined) => Promise<Response>> = {
  '/accept': () => json(201, { reference: 'CL-2026-0007' }),
  '/pending': (signal) =>
    new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true })),
  '/unavailable': () => json(503, { title: 'Service unavailable' }, { 'Retry-After': '60' }),
  '/offline': () => Promise.reject(new TypeError('Failed to fetch')),
  '/forbidden': () => json(403, { title: 'Forbidden' }),
};

let installed = false;

/** Installs the stub (once per page). */
export function installChecklistStub(): void {
  if (installed) return;
  installed = true;
  const passOn = window.fetch;
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(`${CHECKLIST_STUB}/`)) return passOn.call(window, input, init);
    checklistStubCalls.push({ url, init });
    const answer = answers[new URL(url).pathname] ?? (() => json(404, { title: 'Not found' }));
    return answer(init.signal);
  };
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The checklist's shadow part (`[part~="…"]`) or element matching `selector`. */
export function partOf<T extends Element = HTMLElement>(checklist: Element, selector: string): T {
  const found = checklist.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <si-checklist>`);
  return found;
}

/** Ticks the given steps (1-based) by clicking their checkboxes, as a person would. */
export async function tick(checklist: Element, ...steps: number[]): Promise<void> {
  const boxes = [...checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
  for (const step of steps) {
    boxes[step - 1]!.click();
    await (checklist as Updating).updateComplete;
  }
}

/** Opens step `step`'s note and types `text` into it. */
export async function writeNote(checklist: Element, step: number, text: string): Promise<void> {
  const toggle = [...checklist.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="note-toggle"]')][step - 1]!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await (checklist as Updating).updateComplete;
  const field = [...checklist.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('[part~="note"]')][step - 1]!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await (checklist as Updating).updateComplete;
}

/** Waits until `check` is true (the stub answers asynchronously). */
export async function until(check: () => boolean, timeoutMs = 4000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for the checklist');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
