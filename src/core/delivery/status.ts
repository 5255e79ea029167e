/**
 * The delivery status every posting widget shows: a `role="status"` live region that is always in the
 * DOM (so screen readers hear each change), and a "Try again now" button beside it (not inside it, so
 * the button's name is not read with every message) when trying again can help.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../i18n.js';
import type { deliveryEn } from './delivery.strings.js';
import type { EndpointProblem } from './endpoint-policy.js';
import type { DeliveryStatus, SubmissionController } from './submission-controller.js';

const ENDPOINT_DETAIL: Record<EndpointProblem, string> = {
  missing: 'no endpoint is set',
  invalid: 'the endpoint is not a clean URL',
  scheme: 'the endpoint is not https',
  insecure: 'http is only allowed for localhost, 127.0.0.1 and [::1]',
  credentials: 'the endpoint carries a user name or password',
};

/** The endpoint's problem, if any, ready for `renderConfigMessage()`; sending stays off while there is one. */
export function endpointProblems<D>(controller: SubmissionController<D>, t: Translation<typeof deliveryEn>): Array<{ message: string; detail: string }> {
  const { problem } = controller.endpoint;
  return problem ? [{ message: problem === 'missing' ? t.endpointMissing : t.endpointRefused, detail: `Sending is off: ${ENDPOINT_DETAIL[problem]}.` }] : [];
}

export function deliveryMessage(status: DeliveryStatus, t: Translation<typeof deliveryEn>): string {
  switch (status.state) {
    case 'sending':
      return t.deliverySending;
    case 'sent':
      return status.reference ? t.deliverySentReference(status.reference) : t.deliverySent;
    case 'queued': {
      const waiting =
        status.reason === 'offline'
          ? t.deliveryOffline
          : status.retryAt !== undefined
            ? t.deliveryRetrying
            : status.saved
              ? t.deliveryWaitingSaved
              : t.deliveryWaiting;
      return `${waiting} ${t.deliveryExitNote}`;
    }
    case 'failed':
      if (status.reason === 'rejected') return t.deliveryRejected;
      // A redirect is the endpoint's configuration, like a missing endpoint: nothing the person can fix.
      if (status.reason === 'endpoint' || status.reason === 'redirect') return t.deliveryNoEndpoint;
      return t.deliveryRefused(status.status ?? 0);
    default:
      return '';
  }
}

export function renderDeliveryStatus<D>(controller: SubmissionController<D>, t: Translation<typeof deliveryEn>): TemplateResult {
  const { status } = controller;
  const canRetry = (status.state === 'queued' && status.retryAt === undefined) || (status.state === 'failed' && status.reason === 'refused');
  return html`<div part="status" class="delivery-status" role="status" data-state=${status.state}>${deliveryMessage(status, t)}</div>
    ${canRetry ? html`<button part="retry" class="button" type="button" @click=${() => controller.retry()}>${t.deliveryRetry}</button>` : nothing}`;
}
