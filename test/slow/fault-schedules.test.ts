/**
 * Nothing lost, nothing doubled, under random fault schedules (fast-check). Each schedule is a person
 * submitting (with repeated clicks, editing in between) while the network and the endpoint misbehave:
 * lost requests, lost answers (stored but the browser never hears), hangs past the timeout, every
 * retryable status with `Retry-After` as seconds, as a date, or garbage, a few permanent refusals,
 * going offline and online, reloading mid-flight (a new controller on the same storage), and the
 * element leaving the page and coming back. The fake endpoint deduplicates by key, as real ones should.
 *
 * Checked after every step and at the end:
 * - lost: a submission left the outbox without being stored, and not because the person submitted
 *   changed answers that replaced it; or, once the network recovers, one is neither stored nor
 *   visibly refused with its answers still available;
 * - duplicated: one set of answers stored twice (two keys for one submission);
 * - and: one key per set of answers, byte-identical bodies per key, `id` equal to the key.
 *
 * With persist="none" a reload here finds the module's memory (the test page never really reloads);
 * in a real reload nothing survives with "none", by design.
 */
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import '../shared/property-seed.js';
import type { PersistMode } from '../../src/core/config.js';
import type { SiSubmitEvent } from '../../src/core/events.js';
import { WidgetStorage, wipeAllStoredData } from '../../src/core/storage.js';
import type { OutboxEntry } from '../../src/core/delivery/outbox.js';
import { FakeClock, FakeEndpoint, seededRandom, type Fault } from '../delivery/harness.js';
import { answers, rig, type Answers, type Rig } from '../delivery/rig.js';

type Action =
  | { do: 'submit'; edit: boolean; clicks: number }
  | { do: 'wait'; ms: number }
  | { do: 'offline' }
  | { do: 'online' }
  | { do: 'reload' }
  | { do: 'remove' }
  | { do: 'reattach' };

interface Schedule {
  persist: PersistMode;
  seed: number;
  faults: Fault[];
  actions: Action[];
}

const retryAfter = fc.option(
  fc.oneof(
    fc.record({ seconds: fc.integer({ min: 0, max: 200 }) }),
    fc.record({ dateIn: fc.integer({ min: -30, max: 200 }) }),
    fc.record({ garbage: fc.constantFrom('soon', '-1', '1.5', '', 'Mon, 99 Foo 2026', 'ma\u00f1ana', '1e3', 'NaN') }),
  ),
  { nil: undefined },
);

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Fault>({ kind: 'ok' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'lost-request' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'lost-response' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hang' as const), reaches: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(408, 409, 425, 429, 500, 502, 503, 504), retryAfter }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      status: fc.constantFrom(400, 403, 404, 422),
      errors: fc.option(fc.constant<Array<{ field: string; message: string }>>([{ field: 'requesterName', message: 'Check the name' }]), { nil: undefined }),
    }),
  },
);

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ do: fc.constant('submit' as const), edit: fc.boolean(), clicks: fc.integer({ min: 1, max: 10 }) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      do: fc.constant('wait' as const),
      ms: fc.oneof(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 300_000 })),
    }),
  },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'offline' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'online' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'reload' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'remove' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'reattach' }) },
);

const schedule: fc.Arbitrary<Schedule> = fc.record({
  persist: fc.constantFrom<PersistMode>('none', 'session', 'local'),
  seed: fc.integer(),
  faults: fc.array(fault, { maxLength: 14 }),
  actions: fc.array(action, { minLength: 1, maxLength: 14 }),
});

interface Result {
  lost: string[];
  duplicated: string[];
  broken: string[];
  requests: number;
  /** Reloads and removals while a request was out. */
  midFlight: number;
}

export async function runForDebug(plan: Schedule) {
  return run(plan);
}
async function run(plan: Schedule): Promise<Result> {
  wipeAllStoredData();
  const clock = new FakeClock();
  const endpoint = new FakeEndpoint(clock);
  endpoint.faults = [...plan.faults];
  const net = { online: true };
  const storage = new WidgetStorage(plan.persist, () => clock.now);
  const outbox = () => new Map(storage.keys('outbox:ta-request:').map((key) => [key.split(':')[2], storage.get<OutboxEntry>(key)!]));
  const lost: string[] = [];
  const broken: string[] = [];
  /** Submission id → the answers' version, from si-submit. */
  const versionOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  /** Submissions the person replaced by submitting changed answers while they were the form's current one. */
  const replaced = new Set<string>();
  let alive = new Set<string>();
  let versions = 0;
  /** What the form shows; the widget clears it once those answers are accepted. */
  let screen: Answers | undefined;

  const look = (when: string) => {
    const now = new Set(outbox().keys());
    for (const id of alive) if (!now.has(id) && !endpoint.stored.has(id) && !replaced.has(id)) lost.push(`${id} left the outbox undelivered (${when})`);
    alive = now;
  };
  let submitted: string[] = [];
  /**
   * The answers of the submission the widget's status is about, until they are accepted: what a widget
   * puts back on screen after a reload (its draft), and what it sends again when the person presses Send
   * without editing. After a reload it is the newest submission waiting in the outbox, as the
   * controller adopts it.
   */
  let pending: Answers | undefined;
  const newestWaiting = (): Answers | undefined =>
    [...outbox().values()]
      .map((entry) => JSON.parse(entry.body) as { createdAt: string; data: Answers })
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .at(-1)?.data;
  const onSubmit = (event: SiSubmitEvent) => {
    const { id, data } = event.detail.payload as { id: string; data: Answers };
    if (idOf.has(data.requesterName)) broken.push(`${data.requesterName} announced twice`);
    versionOf.set(id, data.requesterName);
    idOf.set(data.requesterName, id);
    submitted.push(id);
    pending = data;
  };
  const open = async (shared?: Rig) => {
    const options = {
      persist: () => plan.persist,
      random: seededRandom(plan.seed),
      onDelivered: (payload: { data: Answers }) => {
        if (screen?.requesterName === payload.data.requesterName) screen = undefined;
        pending = undefined;
      },
    };
    const page = shared ? await shared.reload(options) : await rig(options, { clock, endpoint, net });
    page.host.addEventListener('si-submit', onSubmit);
    if (shared) pending = newestWaiting();
    return page;
  };

  let page = await open();
  let attached = true;
  let midFlight = 0;
  const actions: Action[] = [{ do: 'submit', edit: true, clicks: 1 }, ...plan.actions];
  try {
    for (const step of actions) {
      switch (step.do) {
        case 'submit':
          if (!attached) break;
          {
            if (step.edit || !screen) screen = (!step.edit && pending) || answers(`v${++versions}`);
            const before = pending?.requesterName;
            submitted = [];
            for (let click = 0; click < step.clicks; click++) void page.controller.submit(screen);
            if (submitted.length > 1) broken.push(`${step.clicks} clicks announced ${submitted.length} submissions`);
            if (submitted.length && before && before !== screen.requesterName) replaced.add(idOf.get(before)!);
          }
          break;
        case 'wait':
          await clock.advance(step.ms);
          break;
        case 'offline':
          net.online = false;
          endpoint.online = false;
          break;
        case 'online':
          net.online = true;
          endpoint.online = true;
          page.target.dispatchEvent(new Event('online'));
          break;
        case 'reload':
          if (page.controller.busy) midFlight++;
          page = await open(page);
          attached = true;
          screen = undefined;
          break;
        case 'remove':
          if (page.controller.busy) midFlight++;
          page.host.remove();
          attached = false;
          break;
        case 'reattach':
          if (!attached) document.body.append(page.host);
          attached = true;
          break;
      }
      await clock.advance(0);
      look(step.do);
    }

    // The network recovers and the person is (back) on the page.
    if (!attached) document.body.append(page.host);
    net.online = true;
    endpoint.online = true;
    endpoint.faults = [];
    page.target.dispatchEvent(new Event('online'));
    await clock.advance(15 * 60_000);
    look('recovery');

    const waiting = outbox();
    for (const [id, version] of versionOf) {
      if (endpoint.stored.has(id) || replaced.has(id)) continue;
      const entry = waiting.get(id);
      if (!entry) lost.push(`${id} (${version}) is gone`);
      else if (!entry.failed) lost.push(`${id} (${version}) still waits after recovery`);
      else if (pending?.requesterName === version && page.controller.status.state !== 'failed') broken.push(`${id} refused but not shown as failed`);
    }
  } finally {
    page.host.remove();
  }

  // Nothing doubled: one key per set of answers, the same bytes for every attempt with that key.
  const keysByVersion = new Map<string, Set<string>>();
  const bodiesByKey = new Map<string, Set<string>>();
  for (const request of endpoint.requests) {
    const body = JSON.parse(request.body) as { id: string; data: Answers };
    if (body.id !== request.key) broken.push(`body id ${body.id} is not the key ${request.key}`);
    (keysByVersion.get(body.data.requesterName) ?? keysByVersion.set(body.data.requesterName, new Set()).get(body.data.requesterName)!).add(request.key);
    (bodiesByKey.get(request.key) ?? bodiesByKey.set(request.key, new Set()).get(request.key)!).add(request.body);
  }
  for (const [version, keys] of keysByVersion) if (keys.size > 1) broken.push(`${version} was sent under ${keys.size} keys`);
  for (const [key, bodies] of bodiesByKey) if (bodies.size > 1) broken.push(`${key} was sent with ${bodies.size} different bodies`);
  broken.push(...endpoint.keyReuse.map((key) => `the receiver saw ${key} with another body`));
  const storedVersions = [...endpoint.stored.values()].map((record) => (JSON.parse(record.body) as { data: Answers }).data.requesterName);
  const duplicated = storedVersions.filter((version, index) => storedVersions.indexOf(version) !== index);
  return { lost, duplicated, broken, requests: endpoint.requests.length, midFlight };
}

describe('delivery under random fault schedules', () => {
  it('loses nothing and doubles nothing over 1,000 schedules', async function () {
    this.timeout(240_000);
    const totals = { tried: 0, lost: 0, duplicated: 0, requests: 0, midFlight: 0 };
    const started = performance.now();
    let lastFailure = '';
    await fc
      .assert(
        fc.asyncProperty(schedule, async (plan) => {
          let result: Result;
          try {
            result = await run(plan);
          } catch (error) {
            lastFailure = `${JSON.stringify(plan)} threw ${String(error)}`;
            throw error;
          }
          totals.tried++;
          totals.lost += result.lost.length;
          totals.duplicated += result.duplicated.length;
          totals.requests += result.requests;
          totals.midFlight += result.midFlight;
          if (result.lost.length + result.duplicated.length + result.broken.length) lastFailure = JSON.stringify({ plan, ...result });
          expect(result.lost, 'lost').to.deep.equal([]);
          expect(result.duplicated, 'duplicated').to.deep.equal([]);
          expect(result.broken, 'one key, one body').to.deep.equal([]);
        }),
        { numRuns: 1000 },
      )
      .catch((error: unknown) => {
        console.log(`smallest failing schedule: ${lastFailure}`);
        throw error;
      });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `delivery schedules: ${totals.tried} tried, ${totals.lost} lost, ${totals.duplicated} duplicated (${totals.requests} requests, ${totals.midFlight} reloads or removals mid-flight, ${seconds} s)`,
    );
    expect(totals.tried).to.be.at.least(1000);
  });
});
