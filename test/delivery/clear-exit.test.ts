/**
 * What happens to a submission that waits when the person clears the form (`discard()`: cancelled,
 * gone from the outbox, never sent) or leaves with a quick exit (`sendWaitingOnExit()`: sent once with
 * keepalive, synchronously, before the wipe; then let go). The widgets' own tests go through the
 * buttons; these pin the controller's part.
 */
import { expect } from '@open-wc/testing';
import { sendWaitingOnExit } from '../../src/core/delivery/exit.js';
import { KEEPALIVE_LIMIT } from '../../src/core/delivery/request.js';
import { WidgetStorage, wipeAllStoredData } from '../../src/core/storage.js';
import { registerStubEndpoint, reply, type StubCall } from '../shared/stub-network.js';
import { LATENCY_MS } from './harness.js';
import { answers, rig, type Rig } from './rig.js';

const rigs: Rig[] = [];
async function make(...args: Parameters<typeof rig>): Promise<Rig> {
  const made = await rig(...args);
  rigs.push(made);
  return made;
}
afterEach(() => {
  rigs.splice(0).forEach((made) => made.host.remove());
  wipeAllStoredData();
});

const outbox = (mode: 'session' | 'local' | 'none' = 'session') => new WidgetStorage(mode).keys('outbox:');
const busy = { kind: 'status', status: 503, retryAfter: { seconds: 20 } } as const;

describe('clearing the form: discard()', () => {
  it('cancels a queued submission: out of the outbox, its retry never happens', async () => {
    const { controller, endpoint, clock } = await make();
    endpoint.faults = [busy];
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(controller.waiting).to.equal(true);
    expect(outbox()).to.have.length(1);
    expect(controller.discard()).to.equal('cancelled');
    expect(controller.waiting).to.equal(false);
    expect(controller.status).to.deep.equal({ state: 'idle' });
    expect(outbox()).to.deep.equal([]);
    await clock.advance(3 * 24 * 60 * 60 * 1000);
    rigs[0].target.dispatchEvent(new Event('online'));
    await clock.advance(60_000);
    expect(endpoint.requests, 'only the first attempt, before the clear').to.have.length(1);
    expect(endpoint.stored.size).to.equal(0);
  });

  it('aborts a request that is out, and says it may still arrive', async () => {
    const { controller, endpoint, clock } = await make();
    endpoint.faults = [{ kind: 'hang', reaches: true }];
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(controller.busy).to.equal(true);
    expect(controller.discard()).to.equal('on-its-way');
    expect(endpoint.requests[0].init.signal!.aborted).to.equal(true);
    expect(outbox()).to.deep.equal([]);
    await clock.advance(10 * 60_000);
    expect(endpoint.requests).to.have.length(1);
    expect(controller.status).to.deep.equal({ state: 'idle' });
  });

  it('answers "none" when nothing waits, and drops a refused submission’s answers too', async () => {
    const { controller, endpoint, clock } = await make();
    expect(controller.discard()).to.equal('none');
    endpoint.faults = [{ kind: 'status', status: 403 }];
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(outbox(), 'a refusal keeps the answers').to.have.length(1);
    expect(controller.waiting, 'but nothing waits to be sent').to.equal(false);
    expect(controller.discard()).to.equal('none');
    expect(outbox()).to.deep.equal([]);
  });

  it('after a clear, the same answers make a new submission with a new key', async () => {
    const { controller, endpoint, clock } = await make();
    endpoint.faults = [busy];
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    controller.discard();
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(endpoint.requests).to.have.length(2);
    expect(endpoint.requests[1].key).to.not.equal(endpoint.requests[0].key);
    expect(controller.status.state).to.equal('sent');
  });
});

describe('a quick exit: sendWaitingOnExit()', () => {
  it('sends each waiting submission once with keepalive, the same key and bytes, before it returns, and lets go', async () => {
    const { controller, endpoint, clock } = await make({ persist: () => 'none' });
    endpoint.faults = [busy];
    void controller.submit(answers('Kai'));
    await clock.advance(LATENCY_MS);
    const [first] = endpoint.requests;
    sendWaitingOnExit();
    // No await in between: the request is started synchronously, nothing is waited for.
    expect(endpoint.requests).to.have.length(2);
    const last = endpoint.requests[1];
    expect(last.init.keepalive).to.equal(true);
    expect(last.key).to.equal(first.key);
    expect(last.body).to.equal(first.body);
    expect(last.init.signal, 'nothing can abort it as the page goes').to.equal(undefined);
    expect({ redirect: last.init.redirect, credentials: last.init.credentials, referrerPolicy: last.init.referrerPolicy }).to.deep.equal({
      redirect: 'manual',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    expect(controller.waiting).to.equal(false);
    expect(controller.status).to.deep.equal({ state: 'idle' });
    await clock.advance(10 * 60_000);
    expect(endpoint.requests, 'no retry after the exit').to.have.length(2);
    expect(endpoint.stored.size).to.equal(1);
  });

  it('does not send again what is already out with keepalive, nor what the endpoint refused', async () => {
    const out = await make();
    out.endpoint.faults = [{ kind: 'hang', reaches: true }];
    void out.controller.submit(answers('Out'));
    await out.clock.advance(LATENCY_MS);
    expect(out.endpoint.requests[0].init.keepalive).to.equal(true);

    const refused = await make({}, out);
    out.endpoint.faults = [{ kind: 'status', status: 403 }];
    void refused.controller.submit(answers('Refused'));
    await out.clock.advance(LATENCY_MS);
    expect(refused.controller.status.state).to.equal('failed');

    const requests = out.endpoint.requests.length;
    sendWaitingOnExit();
    expect(out.endpoint.requests).to.have.length(requests);
  });

  it('keeps within the 64 KiB browsers allow for keepalive: the submission on screen goes first', async () => {
    // Two submissions wait in the outbox (two forms sent them earlier); a new page's widget adopts both.
    const older = await make();
    older.endpoint.faults = [busy, busy];
    void older.controller.submit(answers('Older', 'x'.repeat(35 * 1024)));
    await older.clock.advance(LATENCY_MS);
    const newer = await make({}, older);
    void newer.controller.submit(answers('Newer', 'y'.repeat(35 * 1024)));
    await older.clock.advance(LATENCY_MS);
    older.host.remove();
    newer.host.remove();
    older.endpoint.faults = [busy, busy];
    const page = await make({}, older);
    await older.clock.advance(LATENCY_MS);
    expect(page.controller.status, 'it shows the newer one, waiting').to.deep.include({ state: 'queued' });
    const before = older.endpoint.requests.length;
    sendWaitingOnExit();
    const sent = older.endpoint.requests.slice(before);
    expect(sent.reduce((total, request) => total + new TextEncoder().encode(request.body).length, 0)).to.be.below(KEEPALIVE_LIMIT);
    expect(sent.map((request) => JSON.parse(request.body).data.requesterName)).to.deep.equal(['Newer']);
  });

  it('also sends what waits in the outbox with no widget on the page to look after it', async () => {
    const calls: StubCall[] = [];
    registerStubEndpoint('https://exit-intake.test', { '/in': () => reply.json(201, { reference: 'X-1' }) }, calls);
    const id = '00000000-0000-4000-8000-00000000e417';
    const body = JSON.stringify({ type: 'checklist', id, data: {} });
    new WidgetStorage('local').set('outbox:checklist:' + id, { id, type: 'checklist', endpoint: 'https://exit-intake.test/in', body });
    const refusedId = '00000000-0000-4000-8000-00000000e418';
    new WidgetStorage('session').set('outbox:checklist:' + refusedId, {
      id: refusedId,
      type: 'checklist',
      endpoint: 'https://exit-intake.test/in',
      body: '{}',
      failed: { status: 403, errors: [] },
    });
    new WidgetStorage('session').set('outbox:checklist:bad', { id: 'bad', type: 'checklist', endpoint: 'javascript:alert(1)', body: '{}' });
    sendWaitingOnExit();
    expect(calls.map((call) => [call.url, new Headers(call.init.headers).get('Idempotency-Key'), call.init.body, call.init.keepalive])).to.deep.equal([
      ['https://exit-intake.test/in', id, body, true],
    ]);
  });

  it('sends what a widget taken off the page left waiting in memory (persist="none")', async () => {
    const calls: StubCall[] = [];
    registerStubEndpoint('https://exit-memory.test', { '/in': () => reply.json(201, {}) }, calls);
    const { controller, endpoint, clock, host } = await make({ persist: () => 'none', endpoint: () => 'https://exit-memory.test/in' });
    endpoint.faults = [busy];
    void controller.submit(answers('Left behind'));
    await clock.advance(LATENCY_MS);
    host.remove();
    sendWaitingOnExit();
    expect(calls.map((call) => [new Headers(call.init.headers).get('Idempotency-Key'), call.init.body, call.init.keepalive])).to.deep.equal([
      [endpoint.requests[0].key, endpoint.requests[0].body, true],
    ]);
  });

  it('never throws and never waits, whatever fetch does', async () => {
    const { controller, endpoint, clock } = await make({
      fetch: () => {
        throw new TypeError('keepalive budget exceeded');
      },
    });
    endpoint.faults = [busy];
    void controller.submit(answers());
    await clock.advance(LATENCY_MS);
    expect(() => sendWaitingOnExit()).not.to.throw();
    expect(outbox('session'), 'the quick exit wipes it next').to.have.length(1);
  });
});
