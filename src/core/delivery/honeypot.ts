/**
 * The honeypot: a text field no person sees or reaches (visually hidden, `aria-hidden`, out of the tab
 * order, never autofilled). A bot that fills every field fills it; the controller sends its value in
 * `spam.honeypot` with the fill time, and the receiver judges. No captcha, no third party.
 * Render it inside the form, in a shadow root that adopts `sharedStyles` (for `.visually-hidden`).
 */
import { html, type TemplateResult } from 'lit';

export function renderHoneypot(label: string): TemplateResult {
  return html`<div class="visually-hidden" aria-hidden="true">
    <label for="si-hp">${label}</label>
    <input id="si-hp" name="si-hp" type="text" data-si-honeypot tabindex="-1" autocomplete="off" value="" />
  </div>`;
}
