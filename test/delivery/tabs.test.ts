/**
 * Two tabs on one outbox (`persist="local"`): each tab is a controller with its own claims, its own
 * window (where its `storage` events arrive) and timers, sharing localStorage, the clock, the endpoint
 * and the Web Locks. The case that doubled a record: tab A queues X, tab B adopts it, the person edits in
 * A and sends Y; A drops X, but B still sent X. Now B reads the entry again before every attempt (and a
 * storage event makes it let go at once), and one tab holds an entry's lock while it sends.
 */
import { expect } from '@open-wc/testing';
import type { Envelope } from '../../src/schemas/envelope.js';
import { STORAGE_PREFIX, wipeAllStoredData } from '../../src/core/storage.js';
import { FakeClock, FakeEndpoint, FakeLocks, LATENCY_MS, type Fault } from './harness.js';
import { answers, rig, type Answers, type Rig } from './rig.js';

const opened: Rig[] = [];
afterEach(() => {
  opened.splice(0).forEach((tab) => tab.host.remove());
  wipeAllStoredData();
});

interface Browser {
  clock: FakeClock;
  endpoint: FakeEndpoint;
  locks: FakeLocks;
  net: { online: boolean };
}

const busy30: Fault = { kind: 'status', status: 503, retryAfter: { seconds: 30 } };

function browser(faults: Fault[] = []): Browser {
  const clock = new FakeClock();
  const endpoint = new FakeEndpoint(clock);
  endpoint.faults = faults;
  return { clock, endpoint, locks: new FakeLocks(), net: { online: true } };
}

/** A tab: its own claims (what "this page" looks after), on the browser's shared storage and locks. */
async function tab(shared: Browser): Promise<Rig> {
  const made = await rig({ persist: () => 'local', claims: new Set() }, shared);
  opened.push(made);
  return made;
}

/** What a storage event tells the other tabs when `key` changed (the browser fires it in every tab but the one that wrote). */
function storageEvent(to: Rig, key: string | null): void {
  to.target.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
}

const outboxKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(`${STORAGE_PREFIX}outbox:`));
const storedNames = (endpoint: FakeEndpoint) =>
  [...endpoint.stored.values()].map((record) => (JSON.parse(record.body) as Envelope<Answers>).data.requesterName);
const keyOf = (endpoint: FakeEndpoint, name: string) => endpoint.requests.find((request) => JSON.parse(request.body).data.requesterName === name)?.key;

describe('two tabs, an edit in one', () => {
  it('A queues X, B adopts it, the person edits in A and sends Y: only Y is recorded, once (with the storage event)', async () => {
    const busy: Fault = { kind: 'status', status: 503, retryAfter: { seconds: 30 } };
    const shared = browser([busy, busy]);
    const a = await tab(shared);
    void a.controller.submit(answers('X'));
    await shared.clock.advance(LATENCY_MS);
    expect(a.controller.status).to.deep.include({ state: 'queued', reason: 'server' });

    const b = await tab(shared);
    await shared.clock.advance(0);
    expect(b.controller.waiting, 'B adopted X from the shared outbox').to.equal(true);
    expect(b.controller.status.state, 'B tried X once when it opened').to.not.equal('idle');
    await shared.clock.advance(LATENCY_MS);
    const xKey = keyOf(shared.endpoint, 'X');
    const xRequests = () => shared.endpoint.requests.filter((request) => request.key === xKey).length;
    const before = xRequests();

    shared.endpoint.faults = [busy];
    void a.controller.submit(answers('Y'));
    await shared.clock.advance(0);
    expect(outboxKeys(), 'A dropped X at once: it was not out').to.have.length(1);
    storageEvent(b, `${STORAGE_PREFIX}outbox:ta-request:${xKey}`);
    expect(b.controller.waiting, 'B let go of X on the storage event').to.equal(false);
    expect(b.controller.status).to.deep.equal({ state: 'idle' });

    await shared.clock.advance(10 * 60_000);
    expect(xRequests(), 'X was never sent again').to.equal(before);
    expect(storedNames(shared.endpoint)).to.deep.equal(['Y']);
    expect(a.controller.status.state).to.equal('sent');
    expect(outboxKeys()).to.deep.equal([]);
  });

  it('without a storage event (a tab frozen in the background), B reads the entry before its retry and sends nothing', async () => {
    const shared = browser([
      { kind: 'status', status: 503, retryAfter: { seconds: 60 } },
      { kind: 'status', status: 503, retryAfter: { seconds: 60 } },
    ]);
    const a = await tab(shared);
    void a.controller.submit(answers('X'));
    await shared.clock.advance(LATENCY_MS);
    const b = await tab(shared);
    await shared.clock.advance(LATENCY_MS);
    const requestsBefore = shared.endpoint.requests.length;
    expect(requestsBefore, 'A’s first try and B’s try on opening').to.equal(2);

    void a.controller.submit(answers('Y'));
    await shared.clock.advance(10 * 60_000);
    expect(storedNames(shared.endpoint)).to.deep.equal(['Y']);
    expect(
      shared.endpoint.requests.slice(requestsBefore).map((request) => JSON.parse(request.body).data.requesterName),
      'after the edit, only Y went out',
    ).to.deep.equal(['Y']);
    expect(b.controller.waiting).to.equal(false);
  });

  it('one tab sends an entry at a time: the other waits for the lock, reads it again, and finds it delivered', async () => {
    const shared = browser([
      { kind: 'status', status: 503, retryAfter: { seconds: 10 } },
      { kind: 'status', status: 503, retryAfter: { seconds: 10 } },
    ]);
    const a = await tab(shared);
    void a.controller.submit(answers('X'));
    await shared.clock.advance(LATENCY_MS);
    const b = await tab(shared);
    await shared.clock.advance(LATENCY_MS);
    // Both retry X after 10 s, at the same moment; A's request is slow.
    shared.endpoint.latencyMs = 5_000;
    await shared.clock.advance(10_000 + LATENCY_MS);
    await shared.clock.advance(10_000);
    expect(shared.locks.waits, 'the second tab waited for the first').to.be.at.least(1);
    const xKey = keyOf(shared.endpoint, 'X');
    const tries = shared.endpoint.requests.filter((request) => request.key === xKey);
    expect(tries, 'two tries when each tab opened, then one delivery: never two at once').to.have.length(3);
    expect(storedNames(shared.endpoint)).to.deep.equal(['X']);
    expect([a.controller.status.state, b.controller.status.state].sort()).to.deep.equal(['idle', 'sent']);
    expect(outboxKeys()).to.deep.equal([]);
  });

  it('the tab that did not deliver sends the same answers again under the same key, and is answered from the store', async () => {
    const shared = browser([{ kind: 'status', status: 503, retryAfter: { seconds: 10 } }]);
    const a = await tab(shared);
    void a.controller.submit(answers('X'));
    await shared.clock.advance(LATENCY_MS);
    const b = await tab(shared);
    await shared.clock.advance(LATENCY_MS);
    expect(b.controller.status.state, 'B delivered X when it opened').to.equal('sent');
    storageEvent(a, null);
    expect(a.controller.status, 'A let go').to.deep.equal({ state: 'idle' });
    // The person, in A, presses Send again on the same answers.
    void a.controller.submit(answers('X'));
    await shared.clock.advance(LATENCY_MS);
    expect(a.controller.status).to.deep.equal({ state: 'sent', reference: 'REF-1' });
    const xKey = keyOf(shared.endpoint, 'X');
    expect(new Set(shared.endpoint.requests.map((request) => request.key))).to.deep.equal(new Set([xKey]));
    expect(new Set(shared.endpoint.requests.map((request) => request.body)).size, 'byte-identical').to.equal(1);
    expect(shared.endpoint.stored.size).to.equal(1);
  });

  it('a submission replaced while its request was out is adopted by no other tab or new page, and never sent again', async () => {
    const shared = browser([{ kind: 'hang', reaches: false }, busy30]);
    const a = await tab(shared);
    void a.controller.submit(answers('X'));
    await shared.clock.advance(0);
    expect(a.controller.busy, 'X is out').to.equal(true);
    void a.controller.submit(answers('Y'));
    await shared.clock.advance(LATENCY_MS);
    expect(outboxKeys(), 'X stays while its request is out (it may still arrive)').to.have.length(2);
    const b = await tab(shared);
    await shared.clock.advance(10 * 60_000);
    const xKey = keyOf(shared.endpoint, 'X');
    expect(
      shared.endpoint.requests.filter((request) => request.key === xKey),
      'X: only the request that was out',
    ).to.have.length(1);
    expect(storedNames(shared.endpoint)).to.deep.equal(['Y']);
    expect(b.controller.status.state === 'sent' || a.controller.status.state === 'sent').to.equal(true);
  });

  it('a refusal in one tab shows in the other, which does not send it again', async () => {
    const shared = browser([
      { kind: 'status', status: 503, retryAfter: { seconds: 30 } },
      { kind: 'status', status: 503, retryAfter: { seconds: 30 } },
    ]);
    const a = await tab(shared);
    void a.controller.submit(answers('X'));
    await shared.clock.advance(LATENCY_MS);
    const b = await tab(shared);
    await shared.clock.advance(LATENCY_MS);
    shared.endpoint.faults = [{ kind: 'status', status: 403 }];
    a.controller.retry();
    await shared.clock.advance(LATENCY_MS);
    expect(a.controller.status).to.deep.include({ state: 'failed', reason: 'refused', status: 403 });
    const requests = shared.endpoint.requests.length;
    storageEvent(b, null);
    expect(b.controller.status).to.deep.include({ state: 'failed', reason: 'refused', status: 403 });
    await shared.clock.advance(10 * 60_000);
    expect(shared.endpoint.requests).to.have.length(requests);
  });
});
