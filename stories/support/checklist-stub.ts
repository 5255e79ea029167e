/**
 * A stand-in receiver for the checklist stories and tests, so every delivery state is reached
 * deterministically without a network, on the shared stand-in network (test/shared/stub-network.ts).
 *
 * Paths: /accept (201 with a reference), /pending (never answers; aborts when the controller aborts),
 * /unavailable (503 with `Retry-After: 60`, so the send waits a minute), /offline (a network error),
 * /forbidden (403).
 */
import { registerStubEndpoint, reply, type StubCall } from '../../test/shared/stub-network.js';

export const CHECKLIST_STUB = 'https://checklist-intake.test';

/** Every request the stub answered, in order (tests read it; stories ignore it). */
export const checklistStubCalls: StubCall[] = [];

/** Installs the stub (once per page). */
export function installChecklistStub(): void {
  registerStubEndpoint(
    CHECKLIST_STUB,
    {
      '/accept': () => reply.json(201, { reference: 'CL-2026-0007' }),
      '/pending': ({ signal }) => reply.never(signal),
      '/unavailable': () => reply.json(503, { title: 'Service unavailable' }, { 'Retry-After': '60' }),
      '/offline': () => reply.networkError(),
      '/forbidden': () => reply.json(403, { title: 'Forbidden' }),
    },
    checklistStubCalls,
  );
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
