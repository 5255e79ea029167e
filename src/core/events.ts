/**
 * Every event a widget dispatches, one typed class per name. Events meant for the host page bubble and
 * are composed, so a listener on `document` hears widgets inside any shadow root.
 */
import type { Envelope } from '../schemas/envelope.js';

const toHost = { bubbles: true, composed: true } as const;

/** Before anything is sent. Cancel it (`preventDefault()`) to take over sending yourself. */
export class SiSubmitEvent extends CustomEvent<{ payload: Envelope }> {
  static readonly eventName = 'si-submit';
  constructor(payload: Envelope) {
    super(SiSubmitEvent.eventName, { ...toHost, cancelable: true, detail: { payload } });
  }
}

/** The endpoint accepted the submission. */
export class SiSubmittedEvent extends CustomEvent<{ payload: Envelope; status: number; reference?: string }> {
  static readonly eventName = 'si-submitted';
  constructor(detail: { payload: Envelope; status: number; reference?: string }) {
    super(SiSubmittedEvent.eventName, { ...toHost, detail });
  }
}

/** Not delivered yet; it waits in the outbox and will be retried. */
export class SiQueuedEvent extends CustomEvent<{ payload: Envelope; reason: string; retryAt?: number }> {
  static readonly eventName = 'si-queued';
  constructor(detail: { payload: Envelope; reason: string; retryAt?: number }) {
    super(SiQueuedEvent.eventName, { ...toHost, detail });
  }
}

export interface FieldError {
  field: string;
  message: string;
}

/** It needs the person: the endpoint rejected a field, or the error is permanent. */
export class SiSubmitErrorEvent extends CustomEvent<{ payload?: Envelope; status?: number; errors: FieldError[]; reason: string }> {
  static readonly eventName = 'si-submit-error';
  constructor(detail: { payload?: Envelope; status?: number; errors: FieldError[]; reason: string }) {
    super(SiSubmitErrorEvent.eventName, { ...toHost, detail });
  }
}

/** A person changed an answer. Never fired for changes made in code. */
export class SiChangeEvent<T = unknown> extends CustomEvent<{ name: string; value: T }> {
  static readonly eventName = 'si-change';
  constructor(detail: { name: string; value: T }) {
    super(SiChangeEvent.eventName, { ...toHost, detail });
  }
}

/** A person dismissed the widget (for example the hotline banner). */
export class SiDismissEvent extends CustomEvent<Record<string, never>> {
  static readonly eventName = 'si-dismiss';
  constructor() {
    super(SiDismissEvent.eventName, { ...toHost, detail: {} });
  }
}

/** The quick exit has started. Not cancelable: nothing may delay an exit. */
export class SiExitEvent extends CustomEvent<{ url: string; trigger: 'button' | 'keyboard' }> {
  static readonly eventName = 'si-exit';
  constructor(detail: { url: string; trigger: 'button' | 'keyboard' }) {
    super(SiExitEvent.eventName, { ...toHost, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'si-submit': SiSubmitEvent;
    'si-submitted': SiSubmittedEvent;
    'si-queued': SiQueuedEvent;
    'si-submit-error': SiSubmitErrorEvent;
    'si-change': SiChangeEvent;
    'si-dismiss': SiDismissEvent;
    'si-exit': SiExitEvent;
  }
}
