/**
 * Two endpoint behaviours that used to go wrong: a redirect (post/redirect/get) was read as "could not
 * reach" and retried for three days although every attempt was stored; an endpoint slower than the fixed
 * 15 s timeout was never heard. Now a redirect is a configuration error (never followed, never retried
 * by itself, one console line for the site's team), and the timeout grows with each attempt.
 */
import { expect } from '@open-wc/testing';
import { deliveryEn } from '../../src/core/delivery/delivery.strings.js';
import { attemptTimeout } from '../../src/core/delivery/retry-policy.js';
import type { SiSubmitErrorEvent } from '../../src/core/events.js';
import { WidgetStorage, wipeAllStoredData } from '../../src/core/storage.js';
import { FakeClock, FakeEndpoint, LATENCY_MS } from './harness.js';
import { answers, ENDPOINT, rig, statusText, type Rig } from './rig.js';

const rigs: Rig[] = [];
async function make(...args: Parameters<typeof rig>): Promise<Rig> {
  const made = await rig(...args);
  rigs.push(made);
  return made;
}

let warnings: unknown[][] = [];
const warn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
});
afterEach(() => {
  console.warn = warn;
  rigs.splice(0).forEach((made) => made.host.remove());
  wipeAllStoredData();
});

const waiting = () => new WidgetStorage('session').keys('outbox:ta-request:').map((key) => new WidgetStorage('session').get<{ failed?: unknown }>(key)!);

describe('a redirect answer', () => {
  for (const [what, fault] of [
    ['a 303 after storing it (post/redirect/get, as a browser sees it with redirect: manual)', { kind: 'opaque-redirect', reaches: true }],
    ['a 303 the widget can read (no Location)', { kind: 'status', status: 303, stores: true }],
    ['a 301 that stores nothing', { kind: 'status', status: 301 }],
  ] as const) {
    it(`is a configuration error, not retried and not queued: ${what}`, async () => {
      const { controller, host, endpoint, clock, target } = await make();
      const errors: SiSubmitErrorEvent[] = [];
      host.addEventListener('si-submit-error', (event) => errors.push(event));
      endpoint.faults = [fault];
      const status = controller.submit(answers());
      await clock.advance(LATENCY_MS);
      const readable = fault.kind === 'status' ? fault.status : undefined;
      const known = readable === undefined ? {} : { status: readable };
      expect(await status).to.deep.equal({ state: 'failed', reason: 'redirect', ...known, errors: [] });
      expect(endpoint.requests[0].init.redirect, 'never followed').to.equal('manual');
      target.dispatchEvent(new Event('online'));
      await clock.advance(3 * 24 * 60 * 60 * 1000);
      expect(endpoint.requests, 'one request: no retries, not on the online event either').to.have.length(1);
      expect(errors.map((event) => event.detail)).to.deep.equal([{ payload: errors[0].detail.payload, reason: 'redirect', ...known, errors: [] }]);
      await host.updateComplete;
      expect(statusText(host)).to.equal(deliveryEn.deliveryNoEndpoint);
      expect(warnings, 'one console line for the site’s team').to.have.length(1);
      expect(String(warnings[0][0]))
        .to.contain(ENDPOINT)
        .and.to.contain(`answered with a redirect (HTTP ${readable ?? '3xx'})`);
    });
  }

  it('keeps the answers through a reload without sending them again, until the person sends again', async () => {
    const first = await make();
    first.endpoint.faults = [{ kind: 'opaque-redirect', reaches: true }];
    void first.controller.submit(answers('Ines'));
    await first.clock.advance(LATENCY_MS);
    expect(waiting()).to.have.length(1);
    expect(waiting()[0].failed).to.deep.equal({ errors: [], reason: 'redirect' });
    const second = await first.reload();
    rigs.push(second);
    await second.clock.advance(10 * 60_000);
    expect(second.controller.status).to.deep.equal({ state: 'failed', reason: 'redirect', errors: [] });
    expect(second.endpoint.requests, 'not on load').to.have.length(1);
    // The site fixed its endpoint; the person presses Send again: the same key and bytes.
    void second.controller.submit(answers('Ines'));
    await second.clock.advance(LATENCY_MS);
    expect(second.controller.status.state).to.equal('sent');
    expect(second.endpoint.requests[1].key).to.equal(second.endpoint.requests[0].key);
    expect(second.endpoint.requests[1].body).to.equal(second.endpoint.requests[0].body);
    expect(second.endpoint.stored.size, 'the receiver had it once all along').to.equal(1);
    expect(waiting()).to.deep.equal([]);
  });
});

describe('the per-attempt timeout', () => {
  it('starts at 15 s and doubles with each attempt, up to 60 s', () => {
    expect([1, 2, 3, 4, 5, 9].map((attempt) => attemptTimeout(attempt, 15_000, 60_000))).to.deep.equal([15_000, 30_000, 60_000, 60_000, 60_000, 60_000]);
    expect(attemptTimeout(1, 5_000, 1_000), 'a bound below the first never shortens it').to.equal(5_000);
  });

  it('gives each attempt of a round more time: 15 s, 30 s, 60 s, 60 s', async () => {
    const clock = new FakeClock();
    const endpoint = new FakeEndpoint(clock);
    endpoint.faults = Array.from({ length: 6 }, () => ({ kind: 'hang' as const, reaches: false }));
    const send = endpoint.fetchFor({});
    const aborted: number[] = [];
    const { controller } = await make(
      {
        fetch: (input, init) => {
          const started = clock.now;
          init?.signal?.addEventListener('abort', () => aborted.push(clock.now - started));
          return send(input, init);
        },
      },
      { clock, endpoint, net: { online: true } },
    );
    void controller.submit(answers());
    await clock.advance(5 * 60_000);
    expect(aborted).to.deep.equal([15_000, 30_000, 60_000, 60_000]);
    expect(controller.status).to.deep.include({ state: 'queued', reason: 'timeout', retryAt: undefined });
  });

  it('hears an endpoint that takes 16 s to answer: the second attempt gets the answer, stored once', async () => {
    const { controller, endpoint, clock } = await make();
    endpoint.latencyMs = 16_000;
    const status = controller.submit(answers());
    await clock.advance(15_000);
    expect(await status, 'the first attempt times out after 15 s').to.deep.include({ state: 'queued', reason: 'timeout' });
    expect(endpoint.stored.size, 'although the receiver had it after 8 s').to.equal(1);
    await clock.advance(60_000);
    expect(controller.status).to.deep.equal({ state: 'sent', reference: 'REF-1' });
    expect(endpoint.requests).to.have.length(2);
    expect(endpoint.requests[1].key).to.equal(endpoint.requests[0].key);
    expect(endpoint.stored.size).to.equal(1);
  });
});
