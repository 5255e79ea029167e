/**
 * Nothing lost, nothing doubled, under random fault schedules (fast-check). Each schedule is a person
 * submitting (with repeated clicks, editing in between) while the network and the endpoint misbehave:
 * lost requests, lost answers (stored but the browser never hears), hangs past the timeout, every
 * retryable status with `Retry-After` as seconds, as a date, or garbage, a few permanent refusals,
 * going offline and online, reloading mid-flight (a new controller on the same storage), and the
 * element leaving the page and coming back. The fake endpoint deduplicates by key, as real ones should.
 *
 * A quarter of the schedules (persist="local") have a second tab: it opens and closes, adopts what
 * waits in the shared outbox, and the person submits in either tab, editing in one while the other holds
 * the submission being replaced. Each tab has its own claims, timers and window; they share
 * localStorage, the clock, the endpoint and the Web Locks. Storage events reach the other tab after
 * each step in some schedules and never in others (a tab frozen in the background), so the re-read of
 * the entry before every attempt is what holds.
 *
 * Checked after every step and at the end:
 * - lost: a submission left the outbox without being stored, and not because the person submitted
 *   changed answers that replaced it; or, once the network recovers, one is neither stored nor
 *   visibly refused with its answers still available;
 * - duplicated: one set of answers stored twice (two keys for one submission);
 * - replaced and still sent: a request with a submission's key started, in any tab, after the person
 *   replaced it with changed answers (one already out may still arrive: its bytes were on their way);
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
import { FakeClock, FakeEndpoint, FakeLocks, seededRandom, type Fault } from '../delivery/harness.js';
import { answers, rig, type Answers, type Rig } from '../delivery/rig.js';

type Action =
  | { do: 'submit'; edit: boolean; clicks: number }
  | { do: 'wait'; ms: number }
  | { do: 'offline' }
  | { do: 'online' }
  | { do: 'reload' }
  | { do: 'remove' }
  | { do: 'reattach' }
  /** With a second tab: the person submits there, or the tab opens (or reloads) or closes. */
  | { do: 'submit-in-tab'; edit: boolean; clicks: number }
  | { do: 'open-tab' }
  | { do: 'close-tab' };

interface Schedule {
  persist: PersistMode;
  /** A second tab on the same localStorage (only with persist="local"), and whether storage events reach the other tab. */
  tabs: boolean;
  storageEvents: boolean;
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

/** The person in a second tab: submitting there (often with edits), opening, reloading and closing it. */
const tabAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 12, arbitrary: action },
  { weight: 4, arbitrary: fc.record({ do: fc.constant('submit-in-tab' as const), edit: fc.boolean(), clicks: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 3, arbitrary: fc.constant<Action>({ do: 'open-tab' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'close-tab' }) },
);

const schedule: fc.Arbitrary<Schedule> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      persist: fc.constantFrom<PersistMode>('none', 'session', 'local'),
      tabs: fc.constant(false),
      storageEvents: fc.constant(false),
      seed: fc.integer(),
      faults: fc.array(fault, { maxLength: 14 }),
      actions: fc.array(action, { minLength: 1, maxLength: 14 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      persist: fc.constant<PersistMode>('local'),
      tabs: fc.constant(true),
      storageEvents: fc.boolean(),
      seed: fc.integer(),
      faults: fc.array(fault, { maxLength: 18 }),
      // The second tab opens early, so most schedules have both tabs holding a submission.
      actions: fc.array(tabAction, { minLength: 1, maxLength: 18 }).map((actions) => [{ do: 'open-tab' } as Action, ...actions]),
    }),
  },
);

interface Result {
  lost: string[];
  duplicated: string[];
  broken: string[];
  requests: number;
  /** Reloads and removals while a request was out. */
  midFlight: number;
  /** Submissions replaced by an edit while the other tab held them too. */
  replacedAcrossTabs: number;
  /** Times a tab waited for another to finish sending an entry. */
  lockWaits: number;
}

/** One tab: its page (a widget on it), and what the person sees there. */
interface Tab {
  page: Rig;
  attached: boolean;
  /** What the form shows; the widget clears it once those answers are accepted. */
  screen?: Answers;
  /**
   * The answers of the submission the widget's status is about, until they are accepted: what a widget
   * puts back on screen after a reload (its draft), and what it sends again when the person presses Send
   * without editing. After a reload it is the newest submission waiting in the outbox, as the
   * controller adopts it.
   */
  pending?: Answers;
  /** This tab's claims: what "this page" looks after. */
  claims: Set<string>;
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
  const locks = new FakeLocks();
  const storage = new WidgetStorage(plan.persist, () => clock.now);
  const outbox = () => new Map(storage.keys('outbox:ta-request:').map((key) => [key.split(':')[2], storage.get<OutboxEntry>(key)!]));
  const lost: string[] = [];
  const broken: string[] = [];
  /** Submission id → the answers' version, from si-submit. */
  const versionOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  /** Submissions the person replaced by submitting changed answers while they were the form's current one. */
  const replaced = new Set<string>();
  /** When each was replaced (as the number of requests by then): none may start after, in any tab, unless the person sends those answers again. */
  const replacedAt = new Map<string, number>();
  let alive = new Set<string>();
  let versions = 0;
  let replacedAcrossTabs = 0;

  const look = (when: string) => {
    const now = new Set(outbox().keys());
    for (const id of alive) if (!now.has(id) && !endpoint.stored.has(id) && !replaced.has(id)) lost.push(`${id} left the outbox undelivered (${when})`);
    alive = now;
  };
  let submitted: string[] = [];
  const newestWaiting = (): Answers | undefined =>
    [...outbox().values()]
      .map((entry) => JSON.parse(entry.body) as { createdAt: string; data: Answers })
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .at(-1)?.data;

  const tabs: Tab[] = [];
  /** Opens a tab, or reloads it: a new controller on the same storage (and, for the first tab, the same page's memory). */
  const open = async (tab?: Tab): Promise<Tab> => {
    const self: Tab = tab ?? ({ attached: true, claims: plan.tabs ? new Set() : undefined } as unknown as Tab);
    const options = {
      persist: () => plan.persist,
      random: seededRandom(plan.seed + tabs.length),
      ...(self.claims ? { claims: self.claims } : {}),
      onDelivered: (payload: { data: Answers }) => {
        if (self.screen?.requesterName === payload.data.requesterName) self.screen = undefined;
        self.pending = undefined;
      },
    };
    self.page = tab ? await tab.page.reload(options) : await rig(options, { clock, endpoint, net, locks });
    self.page.host.addEventListener('si-submit', (event: SiSubmitEvent) => {
      const { id, data } = event.detail.payload as { id: string; data: Answers };
      if (idOf.has(data.requesterName)) broken.push(`${data.requesterName} announced twice`);
      versionOf.set(id, data.requesterName);
      idOf.set(data.requesterName, id);
      submitted.push(id);
      self.pending = data;
    });
    self.attached = true;
    self.screen = undefined;
    // A tab that opens (or reloads) shows the newest submission waiting in the outbox, as its controller adopts it.
    self.pending = newestWaiting();
    return self;
  };
  const close = (tab: Tab) => {
    // The tab goes away: its timers and answers die with it; so does any lock it held.
    if (tab.page.controller.busy) midFlight++;
    clock.kill(tab.page.owner);
    tab.page.host.remove();
    tabs.splice(tabs.indexOf(tab), 1);
  };
  const submitIn = (tab: Tab, edit: boolean, clicks: number) => {
    if (!tab.attached) return;
    if (edit || !tab.screen) tab.screen = (!edit && tab.pending) || answers(`v${++versions}`);
    // Sending replaced answers again (a tab still showing them) is the person's own request.
    const again = idOf.get(tab.screen.requesterName);
    if (again) replacedAt.delete(again);
    const before = tab.pending?.requesterName;
    submitted = [];
    for (let click = 0; click < clicks; click++) void tab.page.controller.submit(tab.screen);
    if (submitted.length > 1) broken.push(`${clicks} clicks announced ${submitted.length} submissions`);
    if (submitted.length && before && before !== tab.screen.requesterName) {
      replaced.add(idOf.get(before)!);
      replacedAt.set(idOf.get(before)!, endpoint.requests.length);
      if (tabs.length > 1 && tabs.some((other) => other !== tab && other.page.controller.waiting)) replacedAcrossTabs++;
    }
  };
  const storageEvents = () => {
    if (!plan.storageEvents) return;
    for (const tab of tabs) tab.page.target.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
  };

  tabs.push(await open());
  let midFlight = 0;
  const actions: Action[] = [{ do: 'submit', edit: true, clicks: 1 }, ...plan.actions];
  try {
    for (const step of actions) {
      const first = tabs[0];
      switch (step.do) {
        case 'submit':
          submitIn(first, step.edit, step.clicks);
          break;
        case 'submit-in-tab':
          if (tabs[1]) submitIn(tabs[1], step.edit, step.clicks);
          break;
        case 'open-tab':
          if (tabs[1]) {
            if (tabs[1].page.controller.busy) midFlight++;
            await open(tabs[1]);
          } else tabs.push(await open());
          break;
        case 'close-tab':
          if (tabs[1]) close(tabs[1]);
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
          for (const tab of tabs) tab.page.target.dispatchEvent(new Event('online'));
          break;
        case 'reload':
          if (first.page.controller.busy) midFlight++;
          await open(first);
          break;
        case 'remove':
          if (first.page.controller.busy) midFlight++;
          first.page.host.remove();
          first.attached = false;
          break;
        case 'reattach':
          if (!first.attached) document.body.append(first.page.host);
          first.attached = true;
          break;
      }
      storageEvents();
      await clock.advance(0);
      look(step.do);
    }

    // The network recovers and the person is (back) on the page; a closed second tab is opened again,
    // as a page that is next loaded picks up what waits.
    if (!tabs[0].attached) document.body.append(tabs[0].page.host);
    tabs[0].attached = true;
    if (plan.tabs && !tabs[1]) tabs.push(await open());
    net.online = true;
    endpoint.online = true;
    endpoint.faults = [];
    for (const tab of tabs) tab.page.target.dispatchEvent(new Event('online'));
    await clock.advance(15 * 60_000);
    look('recovery');

    const waiting = outbox();
    const pendingNames = tabs.map((tab) => tab.pending?.requesterName);
    for (const [id, version] of versionOf) {
      if (endpoint.stored.has(id) || replaced.has(id)) continue;
      const entry = waiting.get(id);
      if (!entry) lost.push(`${id} (${version}) is gone`);
      else if (!entry.failed) lost.push(`${id} (${version}) still waits after recovery`);
      else
        for (const [index, tab] of tabs.entries())
          if (pendingNames[index] === version && tab.page.controller.status.state !== 'failed') broken.push(`${id} refused but not shown as failed`);
    }
  } finally {
    for (const tab of tabs) tab.page.host.remove();
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
  // Nothing replaced is sent again: the case of tab B sending X after the person edited in tab A.
  for (const [id, at] of replacedAt) {
    const later = endpoint.requests.slice(at).filter((request) => request.key === id).length;
    if (later) broken.push(`${id} (${versionOf.get(id)}) was sent ${later} times after the person replaced it`);
  }
  for (const [key, bodies] of bodiesByKey) if (bodies.size > 1) broken.push(`${key} was sent with ${bodies.size} different bodies`);
  broken.push(...endpoint.keyReuse.map((key) => `the receiver saw ${key} with another body`));
  const storedVersions = [...endpoint.stored.values()].map((record) => (JSON.parse(record.body) as { data: Answers }).data.requesterName);
  const duplicated = storedVersions.filter((version, index) => storedVersions.indexOf(version) !== index);
  return { lost, duplicated, broken, requests: endpoint.requests.length, midFlight, replacedAcrossTabs, lockWaits: locks.waits };
}

describe('delivery under random fault schedules', () => {
  it('loses nothing and doubles nothing over 1,000 schedules', async function () {
    this.timeout(240_000);
    const totals = { tried: 0, lost: 0, duplicated: 0, requests: 0, midFlight: 0, withTabs: 0, withoutEvents: 0, replacedAcrossTabs: 0, lockWaits: 0 };
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
          if (plan.tabs) totals.withTabs++;
          if (plan.tabs && !plan.storageEvents) totals.withoutEvents++;
          totals.replacedAcrossTabs += result.replacedAcrossTabs;
          totals.lockWaits += result.lockWaits;
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
    console.log(
      `  with two tabs: ${totals.withTabs} schedules (${totals.withoutEvents} without storage events), ${totals.replacedAcrossTabs} edits replacing a submission the other tab also held, ${totals.lockWaits} waits for a lock another page or tab held`,
    );
    expect(totals.tried).to.be.at.least(1000);
    expect(totals.withTabs, 'enough schedules with two tabs').to.be.at.least(150);
    expect(totals.replacedAcrossTabs, 'and edits across tabs among them').to.be.at.least(50);
  });
});
