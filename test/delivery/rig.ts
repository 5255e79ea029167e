/** One widget on one page with every dependency of its SubmissionController faked. */
import type { PersistMode } from '../../src/core/config.js';
import type { TaRequestData } from '../../src/schemas/ta-request.js';
import { TA_REQUEST_SCHEMA_VERSION } from '../../src/schemas/ta-request-values.js';
import { taAnswers } from '../fixtures/ta-request-payloads.js';
import type { SubmissionOptions } from '../../src/core/delivery/submission-controller.js';
import './host.js';
import type { DeliveryHost } from './host.js';
import { counterUuid, FakeClock, FakeEndpoint, FakeLocks, flush } from './harness.js';

export type Answers = TaRequestData;

let rigs = 0;
export const ENDPOINT = 'https://intake.example.org/api/submissions';
export const PAGE = 'https://county.example.gov/services/training?utm=1&name=Jo#form';

export interface Rig {
  clock: FakeClock;
  endpoint: FakeEndpoint;
  /** The Web Locks every page (and tab) of this rig shares. */
  locks: FakeLocks;
  host: DeliveryHost<Answers>;
  controller: NonNullable<DeliveryHost<Answers>['controller']>;
  target: EventTarget;
  net: { online: boolean };
  owner: object;
  /** A new page (after a reload) on the same storage, clock and endpoint. */
  reload(options?: Partial<SubmissionOptions<Answers>>): Promise<Rig>;
}

export async function rig(
  options: Partial<SubmissionOptions<Answers>> & { persist?: () => PersistMode } = {},
  shared?: Pick<Rig, 'clock' | 'endpoint' | 'net'> & { locks?: FakeLocks },
): Promise<Rig> {
  const clock = shared?.clock ?? new FakeClock();
  const endpoint = shared?.endpoint ?? new FakeEndpoint(clock);
  const net = shared?.net ?? { online: true };
  const locks = shared?.locks ?? new FakeLocks();
  const owner = {};
  const target = new EventTarget();
  const host = document.createElement('delivery-host') as DeliveryHost<Answers>;
  const controller = host.attach({
    type: 'ta-request',
    schemaVersion: TA_REQUEST_SCHEMA_VERSION,
    widget: 'si-ta-request',
    endpoint: () => ENDPOINT,
    locale: () => 'en',
    fetch: endpoint.fetchFor(owner),
    ...clock.timersFor(owner),
    now: () => clock.now,
    random: () => 0.5,
    uuid: counterUuid(++rigs),
    isOnline: () => net.online && endpoint.online,
    onlineTarget: target,
    page: () => PAGE,
    lock: locks.lock,
    // These tests look into the outbox, so it lives in sessionStorage unless a test says otherwise
    // (a widget's default is `none`: this page's memory only).
    persist: () => 'session',
    ...options,
  });
  document.body.append(host);
  await host.updateComplete;
  await flush();
  const self: Rig = {
    clock,
    endpoint,
    locks,
    host,
    controller,
    target,
    net,
    owner,
    async reload(next = options) {
      clock.kill(owner);
      host.remove();
      return rig(next, { clock, endpoint, net, locks });
    },
  };
  return self;
}

/** A valid `ta-request` payload; `name` tells submissions apart, `goals` varies the bytes. */
export const answers = (name = 'Jordan Alvarez', goals?: string): Answers => taAnswers({ requesterName: name, ...(goals ? { goals } : {}) });

export function statusText(host: Element): string {
  return host.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

export function retryButton(host: Element): HTMLButtonElement | null {
  return host.shadowRoot!.querySelector('button[part="retry"]');
}
