/**
 * The intake against DESIGN.md "The endpoint contract" over real HTTP, on both engines: PGlite (in
 * memory, and in a data folder for the restart) and a real PostgreSQL server, a throwaway cluster this
 * file starts and stops by its process id (postgres-cluster.ts). Then what only a server can do: two
 * receiver instances on one PostgreSQL taking the same submissions at once, and PostgreSQL itself
 * restarting under the receiver.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { migrate, MIGRATIONS, openDatabase, REFERENCE_PATTERN, SubmissionStore, type DatabaseOptions } from '../../src/receiver/index.js';
import { taRequestEnvelope } from '../../src/schemas/index.js';
import { post, receiverOn, suiteCleanup, taRequest, tempDir, type Problem } from './helpers.js';
import { PostgresCluster, skipWithoutPostgres } from './postgres-cluster.js';

const postgresSkip = skipWithoutPostgres();
let cluster: PostgresCluster | undefined;
before(async () => {
  if (!postgresSkip) cluster = await PostgresCluster.start();
});
after(() => cluster?.stop());

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = (await response.json()) as Problem;
  assert.equal(problem.status, status);
  assert.ok(Array.isArray(problem.errors));
  return problem;
}
const fields = (problem: Problem) => problem.errors.map((error) => error.field);
/** The typical answers are a training request's: a request of another kind leaves out the event questions. */
const withoutEvent = { audiences: undefined, audienceSize: undefined, format: undefined, length: undefined, preferredDates: undefined };

interface Engine {
  name: string;
  skip: string | false;
  /** Options for a fresh, empty database; `persistent` for one that outlives a close (the restart). */
  database(t: { after(fn: () => unknown): void }, persistent: boolean): Promise<DatabaseOptions>;
}

const ENGINES: Engine[] = [
  {
    name: 'PGlite',
    skip: false,
    database: async (t, persistent) => (persistent ? { dataDir: join(await tempDir(t), 'receiver') } : {}),
  },
  {
    name: 'PostgreSQL',
    skip: postgresSkip,
    database: async () => ({ databaseUrl: await cluster!.createDatabase() }),
  },
];

it('the test helper builds a body the package schema accepts', () => {
  // Guards every other test: if the schema moves on, this fails first and says why.
  const result = taRequestEnvelope.safeParse(taRequest());
  assert.deepEqual(result.success ? [] : result.error.issues, []);
});

for (const engine of ENGINES) {
  describe(`the intake on ${engine.name}`, { skip: engine.skip }, () => {
    const cleanup = suiteCleanup();
    let store: SubmissionStore;
    let receiver: { url: string };
    before(async () => {
      store = await SubmissionStore.open(await engine.database(cleanup, false));
      cleanup.after(() => store.close());
      receiver = await receiverOn(cleanup, store);
    });
    after(() => cleanup.run());

    it('stores a valid body once and answers 201 with a short reference', async () => {
      const body = taRequest({ requesterName: '  Jordan Alvarez  ' }, { spam: { honeypot: '', fillMs: 41_000 } });
      const response = await post(receiver, body);
      assert.equal(response.status, 201);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const { reference } = (await response.json()) as { reference: string };
      assert.match(reference, REFERENCE_PATTERN);

      const record = await store.get(body.id);
      assert.ok(record);
      assert.equal(record.reference, reference);
      assert.equal(record.type, 'ta-request');
      assert.equal(record.schemaVersion, 2);
      assert.equal(record.status, 'new');
      assert.equal(record.note, null);
      // The validated envelope: text trimmed, everything else as sent.
      assert.deepEqual(record.envelope, { ...body, data: { ...body.data, requesterName: 'Jordan Alvarez' } });
    });

    it('answers the same Idempotency-Key and bytes as the first time, and keeps one record', async () => {
      const body = taRequest();
      const first = await post(receiver, body);
      const again = await post(receiver, body);
      assert.deepEqual([first.status, again.status], [201, 201]);
      assert.deepEqual(await again.json(), await first.json());
      const listed = (await store.list({ limit: 500 })).filter((record) => record.id === body.id);
      assert.equal(listed.length, 1);
    });

    it('stores eight copies sent at once a single time, and gives each the same reference', async () => {
      const body = taRequest();
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(receiver, body)));
      assert.deepEqual(
        answers.map((response) => response.status),
        Array(8).fill(201),
      );
      const references = new Set(await Promise.all(answers.map(async (response) => ((await response.json()) as { reference: string }).reference)));
      assert.equal(references.size, 1);
      assert.equal((await store.list({ limit: 500 })).filter((record) => record.id === body.id).length, 1);
    });

    it('refuses a key reused for other bytes and keeps the first record', async () => {
      const body = taRequest();
      const { reference } = (await (await post(receiver, body)).json()) as { reference: string };
      const problem = await problemOf(await post(receiver, { ...body, data: { ...body.data, county: 'Another' } }), 422);
      assert.deepEqual(fields(problem), ['envelope.id']);
      const record = await store.get(body.id);
      assert.equal(record?.reference, reference);
      assert.equal(record?.envelope.data && (record.envelope.data as { county: string }).county, body.data.county);
    });

    it('answers an invalid body 422 naming each field, in the body’s language, and stores nothing', async () => {
      const body = taRequest({ email: 'not-an-email', preferredDates: ['2027-03-15', 'soon'], requesterName: '   ' }, { locale: 'fr' });
      const problem = await problemOf(await post(receiver, body), 422);
      assert.deepEqual(fields(problem).sort(), ['email', 'envelope.locale', 'preferredDates.1', 'requesterName']);
      for (const error of problem.errors) assert.ok(error.message.length > 0 && error.message !== 'Invalid input', `a real message for ${error.field}`);
      assert.equal(await store.get(body.id), undefined);

      const english = await problemOf(await post(receiver, taRequest({ email: 'x' })), 422);
      const spanish = await problemOf(await post(receiver, taRequest({ email: 'x' }, { locale: 'es' })), 422);
      assert.deepEqual(fields(spanish), ['email']);
      assert.notEqual(spanish.errors[0].message, english.errors[0].message);
    });

    it('stores requests that ask only what they need: no event questions without training, no county beyond one county', async () => {
      const bodies = [
        taRequest({ requestTypes: ['technical-assistance'], neededBy: '2027-01-15', ...withoutEvent }),
        taRequest({ requestTypes: ['consultation'], ...withoutEvent, area: 'statewide', county: undefined, cohort: 'Central Valley cohort' }),
        taRequest({
          area: 'tribal-nation',
          county: undefined,
          areaDetail: 'Juniper Hollow Band',
          topics: ['labor-trafficking', 'other'],
          topicOther: 'Farm work',
        }),
      ];
      for (const body of bodies) {
        assert.equal((await post(receiver, body)).status, 201, JSON.stringify(body.data));
        assert.deepEqual((await store.get(body.id))?.envelope, JSON.parse(JSON.stringify(body)), 'stored as sent');
      }
    });

    it('refuses a version 1 request, and one without what its own answers call for, naming the field', async () => {
      const refused = [
        [taRequest({ area: undefined }, { schemaVersion: 1 }), ['envelope.schemaVersion', 'area']],
        [taRequest({ county: undefined }), ['county']],
        [taRequest({ topics: ['other'] }), ['topicOther']],
        [taRequest({ preferredDates: undefined }), ['envelope.data']],
        [taRequest({ requestTypes: ['consultation'], ...withoutEvent, neededBy: '2027-02-30' }), ['neededBy']],
      ] as const;
      for (const [body, named] of refused) {
        assert.deepEqual(fields(await problemOf(await post(receiver, body), 422)), named, JSON.stringify(body.data));
        assert.equal(await store.get(body.id), undefined);
      }
    });

    it('refuses an unknown type on envelope.type, a non-object body, bad JSON and bad UTF-8', async () => {
      assert.deepEqual(fields(await problemOf(await post(receiver, taRequest({}, { type: 'not-a-type' })), 422)), ['envelope.type']);
      const key = crypto.randomUUID();
      await problemOf(await post(receiver, '[1, 2]', { key }), 422);
      await problemOf(await post(receiver, '{"type": "ta-request",', { key }), 400);
      const latin1 = await fetch(new URL('api/submissions', receiver.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), // {"é":1} in Latin-1
      });
      assert.equal((await problemOf(latin1, 400)).detail, 'The body is not valid UTF-8.');
      assert.equal(await store.get(key), undefined);
    });

    it('answers 415 to other media types and accepts application/json with a charset', async () => {
      await problemOf(await post(receiver, taRequest(), { contentType: 'text/plain' }), 415);
      await problemOf(await post(receiver, taRequest(), { contentType: 'application/x-www-form-urlencoded' }), 415);
      assert.equal((await post(receiver, taRequest(), { contentType: 'application/json; charset=utf-8' })).status, 201);
    });

    it('refuses a missing, malformed or mismatched Idempotency-Key on envelope.id', async () => {
      for (const key of [null, 'not-a-uuid', crypto.randomUUID()]) {
        const body = taRequest();
        assert.deepEqual(fields(await problemOf(await post(receiver, body, { key }), 422)), ['envelope.id'], `key ${key}`);
        assert.equal(await store.get(body.id), undefined);
      }
    });

    it('refuses a filled honeypot on honeypot and keeps nothing; an empty one is a person', async () => {
      const bot = taRequest({}, { spam: { honeypot: 'https://spam.example', fillMs: 900 } });
      assert.deepEqual(fields(await problemOf(await post(receiver, bot), 422)), ['honeypot']);
      assert.equal(await store.get(bot.id), undefined);
      assert.equal((await post(receiver, taRequest({}, { spam: { honeypot: '', fillMs: 45_000 } }))).status, 201);
    });

    it('refuses text PostgreSQL cannot store (a NUL, half a surrogate pair) on its field, in Spanish too', async () => {
      for (const [value, locale] of [
        ['Jordan\u0000', 'en'],
        ['\ud800Jordan', 'es'],
      ] as const) {
        const body = taRequest({ requesterName: value }, { locale });
        const problem = await problemOf(await post(receiver, body), 422);
        assert.deepEqual(fields(problem), ['requesterName']);
        assert.match(problem.errors[0].message, locale === 'es' ? /no se puede guardar/ : /cannot be saved/);
        assert.equal(await store.get(body.id), undefined);
      }
    });

    it('accepts unknown properties (a newer widget) and never stores them', async () => {
      const junk = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`junk${index}`, 'x'.repeat(90)]));
      const body = { ...taRequest({ futureQuestion: { nested: true } }), channel: 'kiosk', ...junk };
      assert.ok(JSON.stringify(body).length > 55_000);
      assert.equal((await post(receiver, body)).status, 201);
      const record = await store.get(body.id);
      assert.ok(record);
      assert.deepEqual(Object.keys(record.envelope).sort(), ['createdAt', 'data', 'id', 'locale', 'schemaVersion', 'source', 'type']);
      assert.equal('futureQuestion' in (record.envelope.data as object), false);
    });

    it('keeps every record across a restart and answers a late retry from the store', async (t) => {
      const options = await engine.database(t, true);
      const first = await SubmissionStore.open(options);
      const firstReceiver = await receiverOn(t, first);
      const body = taRequest({ agency: 'Juniper Hollow Schools & Youth Services' });
      const { reference } = (await (await post(firstReceiver, body)).json()) as { reference: string };
      await firstReceiver.close();
      await first.close();

      const second = await SubmissionStore.open(options);
      t.after(() => second.close());
      const secondReceiver = await receiverOn(t, second);
      assert.deepEqual(
        (await second.list()).map((record) => record.reference),
        [reference],
      );
      const again = await post(secondReceiver, body);
      assert.equal(again.status, 201);
      assert.deepEqual(await again.json(), { reference });
      assert.equal(await second.count(), 1);
    });

    it('lists newest first, a page at a time, and deletes what is past its retention', async (t) => {
      const fresh = await SubmissionStore.open(await engine.database(t, false));
      t.after(() => fresh.close());
      const freshReceiver = await receiverOn(t, fresh);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const body = taRequest({ agency: `Agency ${i}` });
        ids.push(body.id);
        assert.equal((await post(freshReceiver, body)).status, 201);
      }
      const firstPage = await fresh.list({ limit: 2 });
      const secondPage = await fresh.list({ limit: 2, after: firstPage[1] });
      const lastPage = await fresh.list({ limit: 2, after: secondPage[1] });
      assert.deepEqual(
        [...firstPage, ...secondPage, ...lastPage].map((record) => record.id),
        [...ids].reverse(),
      );
      assert.equal(await fresh.deleteReceivedBefore(new Date(Date.now() - 60_000)), 0);
      assert.equal(await fresh.deleteReceivedBefore(new Date(Date.now() + 60_000)), 5);
      assert.equal(await fresh.count(), 0);
    });

    it('brings a database of the first version up to the inbox’s, keeping what it stored', async (t) => {
      const options = await engine.database(t, true);
      const db = await openDatabase(options);
      try {
        assert.equal(await migrate(db, MIGRATIONS.slice(0, 1)), 1);
        const body = taRequest();
        await db.query(
          `INSERT INTO si_submissions (id, reference, type, schema_version, body_sha256, envelope) VALUES ($1, 'SI-2222-3333', 'ta-request', 1, decode(repeat('ab', 32), 'hex'), $2::jsonb)`,
          [body.id, JSON.stringify(body)],
        );
        assert.equal(await migrate(db), 2);
        assert.deepEqual(await db.query('SELECT reference, status FROM si_submissions'), [{ reference: 'SI-2222-3333', status: 'new' }]);
        await assert.rejects(db.query("UPDATE si_submissions SET status = 'lost'"), /si_submissions_status_known/, 'only the five statuses');
      } finally {
        await db.close();
      }
    });

    it('applies its migrations once, and refuses a database a newer receiver has migrated', async (t) => {
      const options = await engine.database(t, true);
      const db = await openDatabase(options);
      try {
        assert.equal(await migrate(db), 2);
        assert.equal(await migrate(db), 2);
        assert.deepEqual(await db.query('SELECT version, name FROM si_migrations ORDER BY version'), [
          { version: 1, name: 'submissions' },
          { version: 2, name: 'inbox' },
        ]);
        await db.query("INSERT INTO si_migrations (version, name) VALUES (99, 'from the future')");
        await assert.rejects(migrate(db), /version 99, newer than this receiver knows \(2\)/);
      } finally {
        await db.close();
      }
    });
  });
}

describe('two receiver instances on one PostgreSQL server', { skip: postgresSkip }, () => {
  it('take 40 submissions, each sent 3 times to both instances at once: 0 lost, 0 doubled', async (t) => {
    const databaseUrl = await cluster!.createDatabase();
    const stores = await Promise.all([SubmissionStore.open({ databaseUrl }), SubmissionStore.open({ databaseUrl })]);
    t.after(() => Promise.all(stores.map((store) => store.close())));
    const instances = await Promise.all(stores.map((store) => receiverOn(t, store)));
    const bodies = Array.from({ length: 40 }, (_, index) => taRequest({ agency: `Agency ${index}` }));
    const answers = await Promise.all(
      bodies.flatMap((body) =>
        instances.flatMap((instance) =>
          Array.from({ length: 3 }, async () => {
            const response = await post(instance, body);
            return { id: body.id, status: response.status, reference: ((await response.json()) as { reference: string }).reference };
          }),
        ),
      ),
    );
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
    for (const body of bodies) {
      const references = new Set(answers.filter((answer) => answer.id === body.id).map((answer) => answer.reference));
      assert.equal(references.size, 1, `one reference for ${body.id}`);
    }
    const stored = await stores[0].list({ limit: 500 });
    assert.equal(stored.length, 40, 'none lost, none doubled');
    assert.deepEqual(new Set(stored.map((record) => record.id)), new Set(bodies.map((body) => body.id)));
    // Every instance answers from the same rows.
    assert.equal(await stores[1].count(), 40);
  });

  it('answers 503 while PostgreSQL is down, so the widget retries, and stores the retry once it is back', async (t) => {
    const store = await SubmissionStore.open({ databaseUrl: await cluster!.createDatabase() });
    t.after(() => store.close());
    const receiver = await receiverOn(t, store);
    const body = taRequest();
    await cluster!.stopServer();
    try {
      const down = await post(receiver, body);
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('retry-after'), '5');
      assert.ok(
        receiver.logs.some((line) => line.includes('could not store')),
        receiver.logs.join('\n'),
      );
    } finally {
      await cluster!.startServer();
    }
    const back = await post(receiver, body);
    assert.equal(back.status, 201);
    assert.equal(await store.count(), 1);
  });
});
