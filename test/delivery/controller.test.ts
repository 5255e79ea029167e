/**
 * SubmissionController as a host page and a person see it: the exact request, the events and their
 * order, the in-flight lock, retries and their bounds, aborting when the widget leaves the page, the
 * outbox in each persist mode, and the status the widget renders.
 */
import { expect } from '@open-wc/testing';
import type { PersistMode } from '../../src/core/config.js';
import { deliveryEn } from '../../src/core/delivery/delivery.strings.js';
import { deliveryEs } from '../../src/core/delivery/delivery.strings.es.js';
import { endpointProblems } from '../../src/core/delivery/status.js';
import { LIBRARY_VERSION } from '../../src/core/delivery/envelope.js';
import type { SiQueuedEvent, SiSubmitErrorEvent, SiSubmitEvent, SiSubmittedEvent } from '../../src/core/events.js';
import { STORAGE_PREFIX, WidgetStorage, wipeAllStoredData } from '../../src/core/storage.js';
import type { Envelope } from '../../src/schemas/envelope.js';
import { envelopeSchemas } from '../../src/schemas/index.js';
import { TA_REQUEST_SCHEMA_VERSION } from '../../src/schemas/ta-request-values.js';
import { assertAccessible } from '../shared/axe.js';
import { flush, LATENCY_MS, START } from './harness.js';
import { answers, ENDPOINT, retryButton, rig, statusText, type Answers, type Rig } from './rig.js';

type Seen = { name: string; detail: Record<string, unknown> };

function listen(host: EventTarget): Seen[] {
  const seen: Seen[] = [];
  for (const name of ['si-submit', 'si-queued', 'si-submitted', 'si-submit-error']) {
    host.addEventListener(name, (event) => seen.push({ name, detail: (event as CustomEvent).detail as Record<string, unknown> }));
  }
  return seen;
}

/** A "not sent yet" message as the status region shows it: with what a quick exit would do. */
function waitingText(t: typeof deliveryEn, message: 'deliveryRetrying' | 'deliveryWaitingSaved' | 'deliveryOffline' | 'deliveryWaiting'): string {
  return `${t[message]} ${t.deliveryExitNote}`;
}

function outboxKeys(mode: PersistMode): string[] {
  return new WidgetStorage(mode).keys('outbox:');
}

/** The answers waiting in the outbox for ENDPOINT (newest last): what the widget still has to deliver. */
function waitingAnswers(mode: PersistMode = 'session'): Answers[] {
  const storage = new WidgetStorage(mode);
  return storage
    .keys('outbox:ta-request:')
    .map((key) => storage.get<{ endpoint: string; body: string }>(key)!)
    .filter((entry) => entry.endpoint === ENDPOINT)
    .map((entry) => JSON.parse(entry.body) as Envelope<Answers>)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((payload) => payload.data);
}

function rawKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)!).filter((key) => key.startsWith(`${STORAGE_PREFIX}outbox:`));
}

const rigs: Rig[] = [];
async function make(...args: Parameters<typeof rig>): Promise<Rig> {
  const made = await rig(...args);
  rigs.push(made);
  return made;
}

afterEach(() => {
  rigs.splice(0).forEach((made) => made.host.remove());
  document.querySelectorAll('delivery-host').forEach((host) => host.remove());
  wipeAllStoredData();
});

describe('the request', () => {
  it('posts exactly the contract: method, headers, fetch options and the envelope', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const { controller, host, clock } = await make({
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init! });
        return new Response(JSON.stringify({ reference: 'SI-7K2M-Q9XP' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    });
    await clock.advance(4200); // the person takes a while to fill the form
    const status = await controller.submit(answers());
    expect(status).to.deep.equal({ state: 'sent', reference: 'SI-7K2M-Q9XP' });
    expect(calls).to.have.length(1);
    const [{ url, init }] = calls;
    expect(url).to.equal(ENDPOINT);
    const { signal, body, ...options } = init;
    expect(options).to.deep.equal({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': '00000000-0000-4000-8000-0000000f4241' },
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      keepalive: true,
    });
    expect(signal).to.be.instanceOf(AbortSignal);
    const envelope = JSON.parse(body as string) as Envelope<Answers>;
    expect(envelope).to.deep.equal({
      type: 'ta-request',
      schemaVersion: TA_REQUEST_SCHEMA_VERSION,
      id: (init.headers as Record<string, string>)['Idempotency-Key'],
      createdAt: new Date(START + 4200).toISOString(),
      locale: 'en',
      source: { widget: 'si-ta-request', version: LIBRARY_VERSION, page: 'https://county.example.gov/services/training' },
      spam: { honeypot: '', fillMs: 4200 },
      data: answers(),
    });
    expect(envelopeSchemas['ta-request'].safeParse(envelope).success, 'a valid ta-request envelope').to.equal(true);
    expect(Object.keys(envelope), 'the body keeps one key order').to.deep.equal([
      'type',
      'schemaVersion',
      'id',
      'createdAt',
      'locale',
      'source',
      'spam',
      'data',
    ]);
    await host.updateComplete;
    expect(statusText(host)).to.equal(deliveryEn.deliverySentReference('SI-7K2M-Q9XP'));
  });

  it('sends one key and byte-identical bytes on every attempt', async () => {
    const { controller, endpoint, clock } = await make();
    endpoint.faults = [
      { kind: 'status', status: 503 },
      { kind: 'lost-request' },
      { kind: 'hang', reaches: false },
      { kind: 'status', status: 429, retryAfter: { seconds: 1 } },
      { kind: 'lost-response' },
    ];
    void controller.submit(answers('Ana', 'ñ — “quotes” 🙂'));
    await clock.advance(120_000);
    expect(endpoint.requests.length).to.equal(6);
    expect(new Set(endpoint.requests.map((request) => request.key)).size).to.equal(1);
    expect(new Set(endpoint.requests.map((request) => request.body)).size).to.equal(1);
    expect(JSON.parse(endpoint.requests[0].body).id).to.equal(endpoint.requests[0].key);
    expect(endpoint.stored.size, 'stored once although it arrived twice').to.equal(1);
    expect(controller.status.state).to.equal('sent');
  });

  it('adds only <si-config> headers, never overriding its own, and same-origin credentials only when allowed', async () => {
    const { controller, endpoint, clock } = await make({
      config: () => ({
        credentials: 'same-origin',
        headers: { 'X-CSRF-Token': 'tok-123', 'idempotency-key': 'mine', 'Content-Type': 'text/plain', 'Bad Header': 'x', 'X-Split': 'a\r\nSet-Cookie: x=1' },
      }),
    });
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    const { init, key } = endpoint.requests[0];
    expect(init.headers).to.deep.equal({ 'X-CSRF-Token': 'tok-123', 'Content-Type': 'application/json', 'Idempotency-Key': key });
    expect(init.credentials).to.equal('same-origin');
  });

  it('asks for keepalive only when the body is under 60 KB', async () => {
    const { controller, endpoint, clock } = await make();
    void controller.submit(answers('Big', 'x'.repeat(61 * 1024)));
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests[0].init.keepalive).to.equal(false);
    controller.reset();
    void controller.submit(answers('Small', 'x'.repeat(58 * 1024)));
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests[1].init.keepalive).to.equal(true);
  });

  it('sends the honeypot value and the fill time for the receiver to judge', async () => {
    const { controller, host, endpoint, clock } = await make();
    const trap = host.shadowRoot!.querySelector<HTMLInputElement>('input[data-si-honeypot]')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    expect(trap.labels?.[0]?.textContent).to.equal(deliveryEn.honeypotLabel);
    trap.value = 'http://spam.example';
    await clock.advance(900);
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(JSON.parse(endpoint.requests[0].body).spam).to.deep.equal({ honeypot: 'http://spam.example', fillMs: 900 });
  });
});

describe('events and the lock', () => {
  it('a cancelled si-submit sends and stores nothing: the host takes over', async () => {
    const { controller, host, endpoint, clock } = await make();
    let payload: Envelope | undefined;
    host.addEventListener('si-submit', (event: SiSubmitEvent) => {
      payload = event.detail.payload;
      event.preventDefault();
    });
    const status = await controller.submit(answers());
    await clock.advance(60_000);
    expect(status).to.deep.equal({ state: 'idle' });
    expect(payload?.data).to.deep.equal(answers());
    expect(endpoint.requests).to.have.length(0);
    expect(outboxKeys('session')).to.deep.equal([]);
  });

  it('fires si-submit, si-queued, si-submitted in order, with their details, bubbling out of shadow roots', async () => {
    const { controller, host, clock } = await make();
    const seen = listen(document);
    rigs[0].endpoint.faults = [{ kind: 'status', status: 503, retryAfter: { seconds: 2 } }];
    const first = controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(await first).to.deep.equal({ state: 'queued', reason: 'server', retryAt: START + LATENCY_MS + 2000, saved: true });
    await host.updateComplete;
    expect(statusText(host)).to.equal(waitingText(deliveryEn, 'deliveryRetrying'));
    await clock.advance(2000 + LATENCY_MS);
    expect(seen.map((event) => event.name)).to.deep.equal(['si-submit', 'si-queued', 'si-submitted']);
    const id = (seen[0].detail.payload as Envelope).id;
    expect(seen[1].detail).to.deep.include({ reason: 'server', retryAt: START + LATENCY_MS + 2000 });
    expect((seen[1].detail.payload as Envelope).id).to.equal(id);
    expect(seen[2].detail).to.deep.include({ status: 201, reference: 'REF-1' });
    expect((seen[2].detail.payload as Envelope).id).to.equal(id);
  });

  it('ten clicks (or a held Enter) while sending make one request, and the same answers are never sent twice', async () => {
    const { controller, endpoint, clock } = await make();
    const results = Array.from({ length: 10 }, () => controller.submit(answers()));
    expect(controller.busy).to.equal(true);
    await clock.advance(LATENCY_MS);
    const statuses = await Promise.all(results);
    expect(statuses.every((status) => status.state === 'sent')).to.equal(true);
    for (let press = 0; press < 10; press++) void controller.submit(answers());
    await clock.advance(60_000);
    expect(endpoint.requests).to.have.length(1);
    expect(endpoint.stored.size).to.equal(1);
  });

  it('"Try again" and online events while a request is out send nothing more', async () => {
    const { controller, endpoint, clock, target: online } = await make();
    void controller.submit(answers());
    for (let press = 0; press < 5; press++) {
      controller.retry();
      online.dispatchEvent(new Event('online'));
    }
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests).to.have.length(1);
    expect(controller.status.state).to.equal('sent');
  });

  it('changed answers while a request is out make a new submission at once; the earlier one is kept only if that attempt delivers it', async () => {
    const delivered = await make();
    void delivered.controller.submit(answers('First'));
    await flush(); // the first is out (it has its lock and has been fetched)
    const second = delivered.controller.submit(answers('Second'));
    await delivered.clock.advance(LATENCY_MS * 3);
    expect((await second).state).to.equal('sent');
    expect(delivered.endpoint.requests.map((request) => JSON.parse(request.body).data.requesterName)).to.deep.equal(['First', 'Second']);
    expect(delivered.endpoint.stored.size, 'the first was already on its way and arrived').to.equal(2);
    delivered.host.remove();
    wipeAllStoredData();

    const failed = await make();
    failed.endpoint.faults = [{ kind: 'lost-request' }];
    void failed.controller.submit(answers('First'));
    await flush();
    void failed.controller.submit(answers('Second'));
    expect(outboxKeys('session'), 'both wait while the first is out').to.have.length(2);
    await failed.clock.advance(10 * 60_000);
    expect(
      [...failed.endpoint.stored.values()].map((record) => JSON.parse(record.body).data.requesterName),
      'the replaced answers are not sent again',
    ).to.deep.equal(['Second']);
    expect(failed.endpoint.requests).to.have.length(2);
    expect(outboxKeys('session')).to.deep.equal([]);
  });

  it('the same answers after a failure keep their key; changed answers replace the waiting submission', async () => {
    const { controller, endpoint, clock } = await make({ maxAttempts: 1 });
    endpoint.faults = [{ kind: 'lost-request' }, { kind: 'lost-request' }, { kind: 'lost-request' }];
    void controller.submit(answers('Kim'));
    await clock.advance(LATENCY_MS);
    void controller.submit(answers('Kim'));
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests[0].key).to.equal(endpoint.requests[1].key);
    expect(endpoint.requests[0].body).to.equal(endpoint.requests[1].body);
    const first = endpoint.requests[0].key;
    expect(outboxKeys('session')).to.deep.equal([`outbox:ta-request:${first}`]);
    void controller.submit(answers('Kim', 'with a correction'));
    await clock.advance(LATENCY_MS);
    const second = endpoint.requests[2].key;
    expect(second).to.not.equal(first);
    expect(outboxKeys('session'), 'the old answers were replaced, not kept to be sent later').to.deep.equal([`outbox:ta-request:${second}`]);
  });

  it('puts a 400/422 problem+json errors list on the fields and does not retry', async () => {
    const { controller, host, endpoint, clock } = await make();
    const seen = listen(host);
    endpoint.faults = [
      {
        kind: 'status',
        status: 422,
        errors: [
          { field: 'name', message: 'Enter the requester’s name' },
          { field: '/data/topics/0', message: 'Choose a topic' },
          { field: 'data.note', message: 'Too long' },
          { field: 'envelope.id', message: 'Bad id' },
        ],
      },
    ];
    const result = controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect((await result).state).to.equal('failed');
    expect(controller.status).to.deep.include({
      errors: [
        { field: 'name', message: 'Enter the requester’s name' },
        { field: 'topics.0', message: 'Choose a topic' },
        { field: 'note', message: 'Too long' },
        { field: 'envelope.id', message: 'Bad id' },
      ],
    });
    await clock.advance(10 * 60_000);
    expect(endpoint.requests).to.have.length(1);
    expect(seen.map((event) => event.name)).to.deep.equal(['si-submit', 'si-submit-error']);
    expect(seen[1].detail).to.deep.include({ status: 422, reason: 'rejected' });
    expect(waitingAnswers(), 'the answers stay available').to.deep.equal([answers()]);
    await host.updateComplete;
    expect(statusText(host)).to.equal(deliveryEn.deliveryRejected);
    expect(retryButton(host)).to.equal(null);
  });

  it('treats another 4xx as permanent: no automatic retry, answers kept, a way to try again', async () => {
    const { controller, host, endpoint, clock } = await make();
    const errors: SiSubmitErrorEvent[] = [];
    host.addEventListener('si-submit-error', (event) => errors.push(event));
    endpoint.faults = [{ kind: 'status', status: 403 }];
    void controller.submit(answers());
    await clock.advance(10 * 60_000);
    target(rigs[0]).dispatchEvent(new Event('online'));
    await clock.advance(10 * 60_000);
    expect(endpoint.requests).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ status: 403, reason: 'refused', errors: [] });
    await host.updateComplete;
    expect(statusText(host)).to.equal(deliveryEn.deliveryRefused(403));
    retryButton(host)!.click();
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests).to.have.length(2);
    expect(endpoint.requests[1].key).to.equal(endpoint.requests[0].key);
    expect(controller.status.state).to.equal('sent');
  });

  it('calls onDelivered with the accepted payload: then the widget may clear the form', async () => {
    const delivered: Array<[Envelope<Answers>, string | undefined]> = [];
    const { controller, clock, endpoint } = await make({ onDelivered: (payload, reference) => delivered.push([payload, reference]) });
    endpoint.faults = [{ kind: 'lost-request' }];
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(delivered, 'not while it is only queued').to.have.length(0);
    expect(waitingAnswers()).to.deep.equal([answers()]);
    await clock.advance(60_000);
    expect(delivered).to.have.length(1);
    expect(delivered[0][0].data).to.deep.equal(answers());
    expect(delivered[0][1]).to.equal('REF-1');
    expect(waitingAnswers()).to.deep.equal([]);
  });
});

function target(made: Rig): EventTarget {
  return made.target;
}

describe('retries', () => {
  it('retries network errors, timeouts, 408, 409, 425, 429 and 5xx', async () => {
    for (const fault of [
      { kind: 'lost-request' as const },
      { kind: 'hang' as const, reaches: false },
      ...[408, 409, 425, 429, 500, 502, 503, 504].map((status) => ({ kind: 'status' as const, status })),
    ]) {
      const { controller, endpoint, clock, host } = await make();
      endpoint.faults = [fault];
      void controller.submit(answers());
      await clock.advance(60_000);
      expect(endpoint.requests.length, JSON.stringify(fault)).to.equal(2);
      expect(controller.status.state, JSON.stringify(fault)).to.equal('sent');
      host.remove();
    }
  });

  it('aborts an attempt after the per-attempt timeout', async () => {
    const { controller, endpoint, clock } = await make({ timeoutMs: 5000 });
    endpoint.faults = [{ kind: 'hang', reaches: true }];
    const queued = controller.submit(answers());
    await clock.advance(4999);
    expect(controller.status.state).to.equal('sending');
    await clock.advance(1);
    expect(await queued).to.deep.include({ state: 'queued', reason: 'timeout' });
    expect(endpoint.requests[0].init.signal!.aborted).to.equal(true);
    await clock.advance(60_000);
    expect(endpoint.stored.size).to.equal(1);
    expect(controller.status.state).to.equal('sent');
  });

  it('honours Retry-After in seconds and as an HTTP date, capped, and ignores garbage', async () => {
    // The gap between the two requests: the answer's latency plus the wait, or the date itself.
    const cases = [
      { retryAfter: { seconds: 7 }, gap: LATENCY_MS + 7000 },
      { retryAfter: { dateIn: 20 }, gap: 20_000 },
      { retryAfter: { seconds: 3600 }, gap: LATENCY_MS + 60_000 },
      { retryAfter: { dateIn: 86_400 }, gap: LATENCY_MS + 60_000 },
    ];
    for (const { retryAfter, gap } of cases) {
      const { controller, endpoint, clock, host } = await make();
      endpoint.faults = [{ kind: 'status', status: 429, retryAfter }];
      void controller.submit(answers());
      await clock.advance(200_000);
      expect(endpoint.requests.length).to.equal(2);
      expect(endpoint.requests[1].at - endpoint.requests[0].at, JSON.stringify(retryAfter)).to.equal(gap);
      host.remove();
    }
    const { controller, endpoint, clock } = await make({ random: () => 0.999 });
    endpoint.faults = [{ kind: 'status', status: 503, retryAfter: { garbage: 'in a bit' } }];
    void controller.submit(answers());
    await clock.advance(200_000);
    expect(endpoint.requests[1].at - endpoint.requests[0].at - LATENCY_MS, 'garbage: the backoff decides (under 1 s)').to.be.below(1000);
  });

  it("stops after the attempt budget, waits visibly, and tries again on the person's request", async () => {
    const { controller, endpoint, clock, host } = await make();
    endpoint.faults = Array.from({ length: 6 }, () => ({ kind: 'status' as const, status: 500 }));
    void controller.submit(answers());
    await clock.advance(30 * 60_000);
    expect(endpoint.requests).to.have.length(6);
    expect(controller.status).to.deep.equal({ state: 'queued', reason: 'server', retryAt: undefined, saved: true });
    await host.updateComplete;
    expect(statusText(host)).to.equal(waitingText(deliveryEn, 'deliveryWaitingSaved'));
    await assertAccessible(host);
    retryButton(host)!.click();
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests).to.have.length(7);
    expect(controller.status.state).to.equal('sent');
    await host.updateComplete;
    expect(retryButton(host)).to.equal(null);
  });

  it('stops when the total time budget is spent, even with attempts left', async () => {
    const { controller, endpoint, clock } = await make({ maxElapsedMs: 120_000 });
    endpoint.faults = Array.from({ length: 6 }, () => ({ kind: 'status' as const, status: 503, retryAfter: { seconds: 50 } }));
    void controller.submit(answers());
    await clock.advance(30 * 60_000);
    expect(endpoint.requests).to.have.length(3);
    expect(controller.status).to.deep.include({ state: 'queued', retryAt: undefined });
  });

  it('offline, tries once and then waits for the online event (or the person) instead of retrying on a timer', async () => {
    const { controller, endpoint, clock, net, target: online, host } = await make();
    net.online = false;
    endpoint.online = false;
    const seen = listen(host);
    const first = controller.submit(answers());
    await clock.advance(1);
    expect(await first).to.deep.equal({ state: 'queued', reason: 'offline', retryAt: undefined, saved: true });
    await host.updateComplete;
    expect(statusText(host)).to.equal(waitingText(deliveryEn, 'deliveryOffline'));
    expect(retryButton(host), 'navigator.onLine can be wrong: the person may try anyway').to.exist;
    await clock.advance(10 * 60_000);
    expect(endpoint.requests).to.have.length(1);
    net.online = true;
    endpoint.online = true;
    online.dispatchEvent(new Event('online'));
    await clock.advance(LATENCY_MS);
    expect(endpoint.stored.size).to.equal(1);
    expect(endpoint.requests).to.have.length(2);
    expect(seen.map((event) => event.name)).to.deep.equal(['si-submit', 'si-queued', 'si-submitted']);
    expect((seen[1].detail as { reason: string }).reason).to.equal('offline');
  });

  it('a wrong navigator.onLine does not stop a real attempt', async () => {
    const { controller, endpoint, clock, net } = await make();
    net.online = false; // the browser says offline, but the network works
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(controller.status.state).to.equal('sent');
    expect(endpoint.stored.size).to.equal(1);
  });

  it('a waiting submission is sent again by the online event', async () => {
    const { controller, endpoint, clock, target: online } = await make({ maxAttempts: 2 });
    endpoint.faults = [{ kind: 'lost-request' }, { kind: 'lost-request' }];
    void controller.submit(answers());
    await clock.advance(10 * 60_000);
    expect(controller.status).to.deep.include({ state: 'queued', retryAt: undefined });
    online.dispatchEvent(new Event('online'));
    await clock.advance(LATENCY_MS);
    expect(controller.status.state).to.equal('sent');
    expect(endpoint.requests).to.have.length(3);
  });
});

describe('leaving the page and coming back', () => {
  it('aborts the request in flight and its timers when the element is removed, and resumes with the same bytes', async () => {
    const { controller, endpoint, clock, host } = await make();
    void controller.submit(answers());
    await clock.advance(LATENCY_MS / 4);
    expect(clock.pendingTimers, 'the fake server, the fake network and the attempt timeout').to.equal(3);
    host.remove();
    await flush();
    expect(endpoint.requests[0].init.signal!.aborted).to.equal(true);
    expect(clock.pendingTimers, 'the attempt timeout is cleared; only the fake server and network are still busy').to.equal(2);
    await clock.advance(10 * 60_000);
    expect(endpoint.requests).to.have.length(1);
    document.body.append(host);
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests).to.have.length(2);
    expect(endpoint.requests[1].body).to.equal(endpoint.requests[0].body);
    expect(endpoint.stored.size).to.equal(1);
    expect(controller.status.state).to.equal('sent');
  });

  it('a new page picks up what waits for its type and endpoint, sends the same bytes, and restores the answers', async () => {
    const first = await make();
    first.net.online = first.endpoint.online = false;
    void first.controller.submit(answers('Rosa'));
    await first.clock.advance(LATENCY_MS);
    const otherType = new WidgetStorage('session');
    otherType.set('outbox:self-assessment:x', { id: 'x', type: 'self-assessment', endpoint: ENDPOINT, body: '{}' });
    otherType.set('outbox:ta-request:y', { id: 'y', type: 'ta-request', endpoint: 'https://elsewhere.example.org/in', body: '{}' });
    const second = await first.reload();
    rigs.push(second);
    await second.clock.advance(1);
    expect(waitingAnswers()).to.deep.equal([answers('Rosa')]);
    expect(second.controller.status).to.deep.include({ state: 'queued', reason: 'offline' });
    second.net.online = second.endpoint.online = true;
    second.target.dispatchEvent(new Event('online'));
    await second.clock.advance(LATENCY_MS);
    expect(second.endpoint.requests, 'one try from each page while offline, then the one that arrives').to.have.length(3);
    expect(new Set(second.endpoint.requests.map((request) => request.body)).size).to.equal(1);
    expect(JSON.parse(second.endpoint.requests[2].body).data).to.deep.equal(answers('Rosa'));
    expect(second.controller.status.state).to.equal('sent');
    expect(outboxKeys('session').sort(), 'other types and endpoints are left alone').to.deep.equal(['outbox:self-assessment:x', 'outbox:ta-request:y']);
  });

  it('a refused submission survives a reload with its answers, and is not sent again by itself', async () => {
    const first = await make();
    first.endpoint.faults = [{ kind: 'status', status: 422, errors: [{ field: 'name', message: 'Check the name' }] }];
    void first.controller.submit(answers('Lee'));
    await first.clock.advance(LATENCY_MS);
    const second = await first.reload();
    rigs.push(second);
    await second.host.updateComplete;
    expect(second.controller.status).to.deep.equal({
      state: 'failed',
      reason: 'rejected',
      status: 422,
      errors: [{ field: 'name', message: 'Check the name' }],
    });
    expect(waitingAnswers()).to.deep.equal([answers('Lee')]);
    second.target.dispatchEvent(new Event('online'));
    await second.clock.advance(10 * 60_000);
    expect(second.endpoint.requests).to.have.length(1);
    second.controller.reset();
    expect(outboxKeys('session'), 'starting over drops it').to.deep.equal([]);
  });
});

describe('the outbox', () => {
  for (const mode of ['none', 'session', 'local'] as const) {
    it(`persist="${mode}" keeps an undelivered submission ${mode === 'none' ? 'in memory only' : `in ${mode}Storage`}, and removes it once delivered`, async () => {
      const { controller, endpoint, clock } = await make({ persist: () => mode });
      endpoint.online = false;
      void controller.submit(answers());
      await clock.advance(LATENCY_MS);
      expect(outboxKeys(mode)).to.have.length(1);
      expect(rawKeys(sessionStorage)).to.have.length(mode === 'session' ? 1 : 0);
      expect(rawKeys(localStorage)).to.have.length(mode === 'local' ? 1 : 0);
      if (mode !== 'none') {
        const stored = JSON.parse((mode === 'local' ? localStorage : sessionStorage).getItem(rawKeys(mode === 'local' ? localStorage : sessionStorage)[0])!);
        expect(stored.expiresAt).to.equal(START + 3 * 24 * 60 * 60 * 1000);
        expect(stored.value.endpoint).to.equal(ENDPOINT);
        expect(stored.value.body).to.be.a('string');
        expect(controller.status).to.deep.include({ saved: true });
      } else {
        expect(controller.status).to.deep.include({ saved: false });
      }
      endpoint.online = true;
      rigs[0].target.dispatchEvent(new Event('online'));
      await clock.advance(LATENCY_MS);
      expect(controller.status.state).to.equal('sent');
      expect(outboxKeys(mode)).to.deep.equal([]);
      expect(rawKeys(sessionStorage).length + rawKeys(localStorage).length).to.equal(0);
    });
  }

  it('expired entries are dropped, not sent', async () => {
    const first = await make({ persist: () => 'local', outboxTtlMs: 60 * 60_000 });
    first.net.online = first.endpoint.online = false;
    void first.controller.submit(answers());
    await first.clock.advance(LATENCY_MS);
    first.clock.kill(first.owner);
    first.host.remove();
    first.clock.now += 60 * 60_000 + 1;
    first.net.online = first.endpoint.online = true;
    const triedOffline = first.endpoint.requests.length;
    const second = await make({ persist: () => 'local' }, first);
    await second.clock.advance(60_000);
    expect(second.endpoint.requests).to.have.length(triedOffline);
    expect(rawKeys(localStorage)).to.deep.equal([]);
    expect(second.controller.status).to.deep.equal({ state: 'idle' });
  });

  it('wiped entries (quick exit, "clear my data") are gone', async () => {
    const first = await make({ persist: () => 'local' });
    first.net.online = first.endpoint.online = false;
    void first.controller.submit(answers());
    await first.clock.advance(LATENCY_MS);
    first.clock.kill(first.owner);
    first.host.remove();
    wipeAllStoredData();
    first.net.online = first.endpoint.online = true;
    const triedOffline = first.endpoint.requests.length;
    const second = await make({ persist: () => 'local' }, first);
    await second.clock.advance(60_000);
    expect(second.endpoint.requests).to.have.length(triedOffline);
    expect(waitingAnswers('local')).to.deep.equal([]);
  });

  it('drops a damaged entry instead of sending it', async () => {
    const storage = new WidgetStorage('session');
    storage.set('outbox:ta-request:00000000-0000-4000-8000-00000000dead', {
      id: '00000000-0000-4000-8000-00000000dead',
      type: 'ta-request',
      endpoint: ENDPOINT,
      body: '{not json',
    });
    storage.set('outbox:ta-request:bad', { id: 'bad', type: 'ta-request', endpoint: ENDPOINT });
    const { endpoint, clock } = await make();
    await clock.advance(60_000);
    expect(endpoint.requests).to.have.length(0);
    expect(outboxKeys('session')).to.deep.equal([]);
  });
});

describe('the endpoint policy in the widget', () => {
  it('a refused endpoint sends nothing and says why', async () => {
    const { controller, host, endpoint, clock } = await make({ endpoint: () => 'http://intake.example.org/api' });
    const seen = listen(host);
    expect(controller.endpoint).to.deep.equal({ problem: 'insecure' });
    expect(endpointProblems(controller, deliveryEn)).to.deep.equal([
      { message: deliveryEn.endpointRefused, detail: 'Sending is off: http is only allowed for localhost, 127.0.0.1 and [::1].' },
    ]);
    const status = await controller.submit(answers());
    await clock.advance(60_000);
    expect(status).to.deep.equal({ state: 'failed', reason: 'endpoint', errors: [] });
    expect(endpoint.requests).to.have.length(0);
    expect(outboxKeys('session')).to.deep.equal([]);
    expect(
      seen.map((event) => event.name),
      'a host that handles si-submit itself still can',
    ).to.deep.equal(['si-submit', 'si-submit-error']);
    await host.updateComplete;
    expect(statusText(host)).to.equal(deliveryEn.deliveryNoEndpoint);
  });

  it('a missing endpoint is a configuration problem too', async () => {
    const { controller } = await make({ endpoint: () => undefined });
    expect(endpointProblems(controller, deliveryEn).map((problem) => problem.message)).to.deep.equal([deliveryEn.endpointMissing]);
  });
});

describe('the status region', () => {
  it('is always in the DOM, empty when idle, and passes axe in every state, in English and Spanish', async () => {
    const { controller, host, endpoint, clock, net } = await make();
    const region = () => host.shadowRoot!.querySelector('[role="status"]');
    expect(region()).to.exist;
    expect(statusText(host)).to.equal('');
    await assertAccessible(host);

    void controller.submit(answers());
    await host.updateComplete;
    expect(statusText(host)).to.equal(deliveryEn.deliverySending);
    await clock.advance(LATENCY_MS);
    await host.updateComplete;
    expect(statusText(host)).to.equal(deliveryEn.deliverySentReference('REF-1'));
    await assertAccessible(host);

    host.strings = { ...deliveryEn, ...deliveryEs } as typeof deliveryEn;
    controller.reset();
    net.online = endpoint.online = false;
    void controller.submit(answers('Otra'));
    await clock.advance(LATENCY_MS);
    await host.updateComplete;
    expect(statusText(host)).to.equal(waitingText(deliveryEs, 'deliveryOffline'));
    await assertAccessible(host);
    net.online = endpoint.online = true;
    endpoint.faults = [{ kind: 'status', status: 410 }];
    rigs[0].target.dispatchEvent(new Event('online'));
    await clock.advance(LATENCY_MS);
    await host.updateComplete;
    expect(statusText(host)).to.equal(deliveryEs.deliveryRefused(410));
    expect(retryButton(host)!.textContent).to.equal(deliveryEs.deliveryRetry);
    expect(region()!.contains(retryButton(host)), 'the button sits outside the live region').to.equal(false);
    await assertAccessible(host);
  });

  it('says "kept in this page" rather than "saved in this browser" when persist is none', async () => {
    const { controller, host, endpoint, clock } = await make({ persist: () => 'none', maxAttempts: 1 });
    endpoint.faults = [{ kind: 'lost-request' }];
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    await host.updateComplete;
    expect(statusText(host)).to.equal(waitingText(deliveryEn, 'deliveryWaiting'));
  });
});

// Keep the typed event classes in use, so a renamed detail field fails the type-check here too.
export type _Events = [SiQueuedEvent, SiSubmittedEvent];
