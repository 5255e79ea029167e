/**
 * The page script of the delivery end-to-end test: a minimal posting widget that sends through the
 * real SubmissionController (real fetch, timers, storage, Web Locks) to the demo receiver at
 * /api/submissions, keeping its outbox for this tab (`persist="session"`; a widget's default is `none`),
 * and the real quick exit beside it. Bundled by test/e2e/delivery.e2e.ts; served from /cdn/.
 */
import { html, LitElement } from 'lit';
import { deliveryEn } from '../../../src/core/delivery/delivery.strings.js';
import { renderHoneypot } from '../../../src/core/delivery/honeypot.js';
import { renderDeliveryStatus } from '../../../src/core/delivery/status.js';
import { SubmissionController } from '../../../src/core/delivery/submission-controller.js';
import { sharedStyles } from '../../../src/core/styles/shared.js';
import '../../../src/elements/si-quick-exit/define.js';
import type { TaRequestData } from '../../../src/schemas/ta-request.js';
import { TA_REQUEST_SCHEMA_VERSION } from '../../../src/schemas/ta-request-values.js';

export class DeliveryE2e extends LitElement {
  static override styles = sharedStyles;
  readonly controller = new SubmissionController<TaRequestData>(this, {
    type: 'ta-request',
    schemaVersion: TA_REQUEST_SCHEMA_VERSION,
    widget: 'si-ta-request',
    endpoint: () => '/api/submissions',
    // `?persist=local` for the scenario with two tabs on one outbox.
    persist: () => (new URLSearchParams(location.search).get('persist') === 'local' ? 'local' : 'session'),
  });

  protected override render() {
    return html`<form lang="en">${renderHoneypot(deliveryEn.honeypotLabel)} ${renderDeliveryStatus(this.controller, deliveryEn)}</form>`;
  }
}
customElements.define('delivery-e2e', DeliveryE2e);
