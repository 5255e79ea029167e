/**
 * A minimal posting widget for the delivery tests: it renders the honeypot and the delivery status
 * the way the real forms do, and its controller is attached from the test with injected fakes.
 */
import { html, LitElement, nothing } from 'lit';
import { deliveryEn } from '../../src/core/delivery/delivery.strings.js';
import { renderHoneypot } from '../../src/core/delivery/honeypot.js';
import { renderDeliveryStatus } from '../../src/core/delivery/status.js';
import { SubmissionController, type SubmissionOptions } from '../../src/core/delivery/submission-controller.js';
import { sharedStyles } from '../../src/core/styles/shared.js';

export class DeliveryHost<D = unknown> extends LitElement {
  static override styles = sharedStyles;
  controller?: SubmissionController<D>;
  strings: typeof deliveryEn = deliveryEn;

  /** Attaches a controller (before or after the host joins the page). */
  attach(options: SubmissionOptions<D>): SubmissionController<D> {
    this.controller = new SubmissionController<D>(this, options);
    return this.controller;
  }

  protected override render() {
    return html`<form lang="en" @submit=${(event: Event) => event.preventDefault()}>
      ${renderHoneypot(this.strings.honeypotLabel)}
      ${this.controller ? renderDeliveryStatus(this.controller, this.strings) : nothing}
    </form>`;
  }
}
if (!customElements.get('delivery-host')) customElements.define('delivery-host', DeliveryHost);

declare global {
  interface HTMLElementTagNameMap {
    'delivery-host': DeliveryHost;
  }
}
