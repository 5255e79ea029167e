/**
 * The coordinator's inbox over real HTTP, on both engines (PGlite in memory, and a throwaway
 * PostgreSQL cluster this file starts and stops by its process id): what it refuses without a
 * session or from another site, the sign-in and its limits, the list with its filters and pages, a
 * status, a note, the CSV export, deleting, retention to the second, sessions that end, the audit log,
 * Spanish, and single sign-on through a proxy's header.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Accounts,
  closeServer,
  createInbox,
  INBOX_CONTENT_SECURITY_POLICY,
  keepRetention,
  SubmissionStore,
  toNodeListener,
  type DatabaseOptions,
  type InboxOptions,
} from '../../src/receiver/index.js';
import { anyEnvelopeSchema } from '../../src/schemas/index.js';
import { en as taEn } from '../../src/elements/si-ta-request/si-ta-request.strings.js';
import { post, raw, receiverOn, suiteCleanup, type TestReceiver } from './helpers.js';
import { addAccount, checklistRequest, InboxClient, PASSWORD, selfAssessmentRequest, taRequest } from './inbox-helpers.js';
import { PostgresCluster, skipWithoutPostgres } from './postgres-cluster.js';

const postgresSkip = skipWithoutPostgres();
let cluster: PostgresCluster | undefined;
before(async () => {
  if (!postgresSkip) cluster = await PostgresCluster.start();
});
after(() => cluster?.stop());

const ENGINES: Array<{ name: string; skip: string | false; database(): Promise<DatabaseOptions> }> = [
  { name: 'PGlite', skip: false, database: async () => ({}) },
  { name: 'PostgreSQL', skip: postgresSkip, database: async () => ({ databaseUrl: await cluster!.createDatabase() }) },
];

it('the helpers build checklist and self-assessment bodies the package schema accepts', () => {
  for (const body of [checklistRequest(), selfAssessmentRequest()]) {
    const result = anyEnvelopeSchema.safeParse(body);
    assert.deepEqual(result.success ? [] : result.error.issues, [], body.type);
  }
});

/** The inbox alone on a free port with options a test sets (a clock, a proxy); stopped when the test ends. */
async function serveInbox(t: { after(fn: () => unknown): void }, store: SubmissionStore, options: Partial<InboxOptions> = {}): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  server.on('request', toNodeListener(createInbox({ store, allowedHosts: [`127.0.0.1:${port}`], ...options })));
  t.after(() => closeServer(server));
  return `http://127.0.0.1:${port}/`;
}

/** Sends a request through the intake; returns its id and reference. */
async function send(receiver: { url: string }, body: { id: string } & object): Promise<{ id: string; reference: string }> {
  const response = await post(receiver, body);
  assert.equal(response.status, 201);
  return { id: body.id, reference: ((await response.json()) as { reference: string }).reference };
}

/** What the audit log holds, oldest first, as `action actor reference`. */
async function auditTrail(store: SubmissionStore): Promise<string[]> {
  const rows = await store.db.query<{ action: string; actor: string | null; reference: string | null }>(
    'SELECT action, actor, reference FROM si_audit ORDER BY id',
  );
  return rows.map((row) => [row.action, row.actor ?? '-', row.reference ?? '-'].join(' '));
}

/** Text with its tags taken out and its white space collapsed, to read what a page says. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

for (const engine of ENGINES) {
  describe(`the inbox on ${engine.name}`, { skip: engine.skip }, () => {
    const cleanup = suiteCleanup();
    let store: SubmissionStore;
    let receiver: TestReceiver;
    let stored: { id: string; reference: string };
    before(async () => {
      store = await SubmissionStore.open(await engine.database());
      cleanup.after(() => store.close());
      await addAccount(store);
      receiver = await receiverOn(cleanup, store, { timeZone: 'America/Los_Angeles' });
      stored = await send(receiver, taRequest({ requesterName: 'Robin Quist', county: 'Alder Creek County' }));
    });
    after(() => cleanup.run());

    it('refuses every route without a session: pages send to sign-in, forms change nothing, and nothing of a request shows', async () => {
      const anonymous = new InboxClient(receiver.url);
      for (const path of ['inbox/', `inbox/requests/${stored.id}`, `inbox/requests/${stored.id}/delete`, 'inbox/export.csv', 'inbox/audit', 'inbox/nowhere']) {
        const answer = await anonymous.get(path);
        assert.equal(answer.status, 303, path);
        const location = new URL(answer.headers.get('location')!, receiver.url);
        assert.equal(location.pathname, '/inbox/sign-in', path);
        assert.equal(location.searchParams.get('next'), `/${path}`, `${path} comes back after signing in`);
        assert.equal(answer.text, '', path);
      }
      const forms: Array<[string, Record<string, string>]> = [
        [`inbox/requests/${stored.id}`, { status: 'declined', note: 'x' }],
        [`inbox/requests/${stored.id}/delete`, {}],
        ['inbox/sign-out', {}],
        ['inbox/language', { lang: 'es' }],
      ];
      for (const [path, fields] of forms) {
        const answer = await anonymous.post(path, { csrf: 'guess', ...fields });
        assert.equal(answer.status, 401, path);
        assert.ok(!answer.text.includes('Robin Quist') && !answer.text.includes(stored.reference), `${path} shows nothing of the request`);
        assert.match(answer.text, /<form method="post" action="\/inbox\/sign-in"/, `${path} offers to sign in`);
      }
      const record = await store.get(stored.id);
      assert.equal(record?.status, 'new');
      assert.equal(record?.note, null);
    });

    it('refuses a session used from another site: another Origin, a cross-site fetch, a missing CSRF token', async () => {
      const dana = new InboxClient(receiver.url);
      assert.equal((await dana.signIn()).status, 303);
      const csrf = await dana.csrf(`inbox/requests/${stored.id}`);
      const attempts: Array<[string, Record<string, string>, Record<string, string>]> = [
        ['another origin', { csrf, status: 'declined', note: 'x' }, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }],
        ['another origin, no fetch metadata', { csrf, status: 'declined', note: 'x' }, { Origin: 'https://evil.example', 'Sec-Fetch-Site': '' }],
        ['a sibling site', { csrf, status: 'declined', note: 'x' }, { Origin: receiver.url.slice(0, -1), 'Sec-Fetch-Site': 'same-site' }],
        ['no Origin', { csrf, status: 'declined', note: 'x' }, { Origin: '' }],
        ['Origin null', { csrf, status: 'declined', note: 'x' }, { Origin: 'null' }],
        ['no CSRF token', { status: 'declined', note: 'x' }, {}],
        ['a wrong CSRF token', { csrf: `${csrf.slice(0, -2)}xx`, status: 'declined', note: 'x' }, {}],
      ];
      for (const [what, fields, headers] of attempts) {
        const clean = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));
        const answer = await fetch(new URL(`inbox/requests/${stored.id}`, receiver.url), {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Cookie: dana.cookie!,
            ...('Origin' in headers ? {} : { Origin: dana.origin }),
            ...('Sec-Fetch-Site' in headers ? {} : { 'Sec-Fetch-Site': 'same-origin' }),
            ...clean,
          },
          body: new URLSearchParams(fields).toString(),
        });
        assert.equal(answer.status, 403, what);
      }
      for (const path of ['inbox/', `inbox/requests/${stored.id}`, 'inbox/export.csv', 'inbox/audit']) {
        const answer = await dana.get(path, { 'Sec-Fetch-Site': 'cross-site' });
        assert.equal(answer.status, 403, `${path} from another site`);
        assert.ok(!answer.text.includes('Robin Quist') && !answer.text.includes('SI-'), `${path} shows nothing`);
      }
      const deleteFromElsewhere = await dana.post(
        `inbox/requests/${stored.id}/delete`,
        { csrf },
        { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      );
      assert.equal(deleteFromElsewhere.status, 403);
      assert.equal((await store.get(stored.id))?.status, 'new', 'nothing changed');
    });

    it('answers every route with the security headers, under a CSP without script', async () => {
      const dana = new InboxClient(receiver.url);
      await dana.signIn();
      const answers = [
        await new InboxClient(receiver.url).get('inbox/sign-in'),
        await new InboxClient(receiver.url).get('inbox/'),
        await dana.get('inbox/'),
        await dana.get(`inbox/requests/${stored.id}`),
        await dana.get(`inbox/requests/${stored.id}/delete`),
        await dana.get('inbox/export.csv'),
        await dana.get('inbox/audit'),
        await dana.get('inbox/inbox.css'),
        await dana.get('inbox/nowhere'),
      ];
      for (const answer of answers) {
        assert.equal(answer.headers.get('content-security-policy'), INBOX_CONTENT_SECURITY_POLICY);
        assert.equal(answer.headers.get('cache-control'), 'no-store');
        assert.equal(answer.headers.get('referrer-policy'), 'same-origin');
        assert.equal(answer.headers.get('x-frame-options'), 'DENY');
        assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
        assert.ok(!/<script|\sstyle=|\son[a-z]+=/i.test(answer.text), 'no script, inline style or handler');
      }
      assert.match(INBOX_CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
      assert.match(INBOX_CONTENT_SECURITY_POLICY, /default-src 'none'/);
      assert.equal((await dana.get('inbox/nowhere')).status, 404);
      assert.equal((await raw(receiver.url, { path: '/inbox/sign-in', headers: { Host: 'evil.example' } })).status, 421, 'DNS rebinding');
    });

    it('signs in with the right password only, and says the same for a wrong password and an unknown name', async () => {
      const client = new InboxClient(receiver.url);
      const wrong = await client.signIn('dana', 'not the password at all');
      const unknown = await client.signIn('nobody-here', PASSWORD);
      assert.deepEqual([wrong.status, unknown.status], [401, 401]);
      assert.equal(client.cookie, undefined);
      const message = (html: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0];
      assert.equal(message(wrong.text), message(unknown.text));
      assert.match(textOf(wrong.text), /The account name or password is not right/);
      assert.match(wrong.text, /value="dana"/, 'the name typed is kept');
      assert.ok(!wrong.text.includes('not the password'), 'the password typed is not');

      const right = await client.signIn('  DANA ', PASSWORD);
      assert.equal(right.status, 303);
      assert.equal(right.headers.get('location'), '/inbox/');
      const cookie = right.headers.getSetCookie()[0];
      assert.match(cookie, /^si-inbox=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/, 'loopback: not Secure, no __Host- prefix');
      const token = cookie.split(';')[0].split('=')[1];
      const stored = await store.db.query<{ n: number }>("SELECT count(*)::integer AS n FROM si_sessions WHERE token_hash = sha256(convert_to($1, 'UTF8'))", [
        token,
      ]);
      assert.equal(stored[0].n, 1, 'the session is stored as the token’s SHA-256, never the token');
      assert.equal((await client.get('inbox/')).status, 200);
    });

    it('limits failed sign-ins per account and per client, and lets the account in again once the time has passed', async (t) => {
      let now = Date.now();
      // The limits are counted by each instance, in memory; this one's clock is the test's.
      const limited = { url: await serveInbox(t, store, { now: () => now }) };
      await addAccount(store, 'sam');

      const client = new InboxClient(limited.url);
      for (let i = 0; i < 5; i++) assert.equal((await client.signIn('sam', `wrong password ${i}`)).status, 401, `attempt ${i + 1}`);
      const refused = await client.signIn('sam', PASSWORD);
      assert.equal(refused.status, 429, 'the right password too, once the account is limited');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
      assert.match(textOf(refused.text), /Too many attempts to sign in\. Wait \d+ minutes? and try again\./);
      assert.equal(client.cookie, undefined);
      assert.equal((await new InboxClient(limited.url).signIn('dana', PASSWORD)).status, 303, 'another account from the same client still may');

      now += 15 * 60_000;
      assert.equal((await client.signIn('sam', PASSWORD)).status, 303, 'after 15 minutes');

      // Per client: 20 failures, whatever names they try.
      const guesser = new InboxClient(limited.url);
      for (let i = 0; i < 20; i++) assert.equal((await guesser.signIn(`guess-${i}`, 'wrong password here')).status, 401);
      assert.equal((await guesser.signIn('dana', PASSWORD)).status, 429, 'the client has used its allowance');
      const trail = await auditTrail(store);
      assert.ok(trail.filter((line) => line === 'sign-in-failed sam -').length >= 5, trail.join('\n'));
      assert.ok(trail.includes('sign-in-refused sam -'));
      assert.ok(trail.includes('sign-in-failed - -'), 'an unknown name is logged without the name (it might be a password)');
      const names = await store.db.query<{ actor: string | null }>("SELECT DISTINCT actor FROM si_audit WHERE actor LIKE 'guess-%'");
      assert.deepEqual(names, []);
    });

    it('lists newest first, filters by type, status, area, dates and reference, and pages', async (t) => {
      const own = await SubmissionStore.open(await engine.database());
      t.after(() => own.close());
      await addAccount(own);
      const server = await receiverOn(t, own, { timeZone: 'America/Los_Angeles' });
      const sent = [];
      for (let i = 0; i < 6; i++) sent.push(await send(server, taRequest({ agency: `Agency ${i}`, county: i % 2 ? 'Alder Creek County' : 'San Benito' })));
      // Several counties, named in the detail rather than in `county`; then the whole state, named by neither.
      sent.push(await send(server, taRequest({ agency: 'Agency 6', area: 'several-counties', county: undefined, areaDetail: 'Alder Creek and Madera' })));
      const statewide = await send(server, taRequest({ agency: 'Agency 7', area: 'statewide', county: undefined }));
      const checklist = await send(server, checklistRequest());
      const assessment = await send(server, selfAssessmentRequest());
      // Received just before and just after midnight in Los Angeles on 2026-03-08 (the day clocks change).
      await own.db.query(`UPDATE si_submissions SET received_at = '2026-03-08T07:59:59Z' WHERE id = $1`, [sent[0].id]);
      await own.db.query(`UPDATE si_submissions SET received_at = '2026-03-08T08:00:00Z' WHERE id = $1`, [sent[1].id]);
      const client = new InboxClient(server.url);
      await client.signIn();

      const references = async (query: string) =>
        [...(await client.get(`inbox/${query}`)).text.matchAll(/<h3><a href="\/inbox\/requests\/[^"]+">(SI-[^<]+)<\/a>/g)].map((m) => m[1]);
      const all = await references('');
      assert.deepEqual(
        all,
        [assessment, checklist, statewide, ...sent.slice(2).reverse(), sent[1], sent[0]].map((entry) => entry.reference),
        'newest first',
      );
      assert.deepEqual(await references('?type=checklist'), [checklist.reference]);
      assert.deepEqual((await references('?type=ta-request')).length, 8);
      assert.deepEqual(
        await references('?area=alder'),
        [sent[6], sent[5], sent[3], sent[1]].map((entry) => entry.reference),
        'part of the county or of the counties named, any case',
      );
      const listed = textOf((await client.get('inbox/?type=ta-request')).text);
      assert.match(
        listed,
        new RegExp(`${statewide.reference} .*Organization Agency 7 County or area Across the state ${sent[6].reference} `),
        'the kind of area',
      );
      assert.match(listed, new RegExp(`${sent[6].reference} .*Organization Agency 6 County or area Alder Creek and Madera ${sent[5].reference} `));
      assert.deepEqual(await references('?area=%25'), [], 'a % is a character, not a wildcard');
      assert.deepEqual(await references('?from=2026-03-08&to=2026-03-08'), [sent[1].reference], 'the day in the coordinator’s time zone');
      assert.deepEqual(await references('?to=2026-03-07'), [sent[0].reference]);
      assert.deepEqual(
        await references(`?reference=${sent[4].reference.toLowerCase().slice(3)}`),
        [sent[4].reference],
        'a reference typed in lower case, without SI-',
      );

      const csrf = await client.csrf(`inbox/requests/${sent[2].id}`);
      await client.post(`inbox/requests/${sent[2].id}`, { csrf, status: 'scheduled', note: '' });
      assert.deepEqual(await references('?status=scheduled'), [sent[2].reference]);

      const bad = await client.get('inbox/?from=2026-02-30&reference=nope&status=lost');
      assert.equal(bad.status, 200);
      assert.match(textOf(bad.text), /Some filters could not be used .*Received on or after must be a real date.*A reference looks like SI-7KQM-2XHV/);
      assert.match(bad.text, /<title>Error: Requests/);
      assert.match(bad.text, /id="filter-from" name="from" value="2026-02-30"/, 'what was typed is kept');

      const paged = await receiverOn(t, own, {});
      const many = new InboxClient(paged.url);
      await many.signIn();
      for (let i = 0; i < 20; i++) await send(paged, taRequest({ agency: `More ${i}` }));
      const first = await many.get('inbox/');
      assert.match(textOf(first.text), /30 requests .*Page 1 of 2 Next page/);
      const second = await many.get('inbox/?page=2');
      assert.match(textOf(second.text), /Previous page Page 2 of 2/);
      assert.equal([...second.text.matchAll(/<li class="request">/g)].length, 5);
      assert.match(second.text, /<ol class="requests" aria-labelledby="results-title" start="26">/);
      assert.equal([...(await many.get('inbox/?page=99')).text.matchAll(/<li class="request">/g)].length, 5, 'a page past the end shows the last');
    });

    it('shows every answer as text, with markup escaped and bidi and invisible characters shown as their code', async () => {
      const hostile = await send(
        receiver,
        taRequest({
          agency: '<script>alert(1)</script>',
          goals: 'Line one\nLine two </dd><img src=x onerror=alert(1)>',
          requesterRole: 'Lead \u202egnp.exe\u200b',
        }),
      );
      const client = new InboxClient(receiver.url);
      await client.signIn();
      const page = (await client.get(`inbox/requests/${hostile.id}`)).text;
      assert.ok(!page.includes('<script>alert') && !page.includes('<img src=x'), 'no markup from the request');
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(page.includes('Lead ⟦U+202E⟧gnp.exe⟦U+200B⟧') && !page.includes('\u202e'), 'the override is shown, not applied');
      const text = textOf(page);
      for (const expected of [
        'Your full name Jordan Alvarez',
        'Type of organization County or city government agency',
        'What would you like to ask for? Training',
        'About how many people will take part? 26 to 50',
        'How should it be delivered? In person',
        'When would you like it? March 15, 2027',
        'Phone number (optional) Not answered',
        'Language of the form English',
      ]) {
        assert.ok(text.includes(expected), `shows "${expected}"`);
      }
      const checklist = await send(receiver, checklistRequest());
      const assessment = await send(receiver, selfAssessmentRequest());
      const checklistText = textOf((await client.get(`inbox/requests/${checklist.id}`)).text);
      assert.match(checklistText, /Checklist Checklist for a survivor-informed practice Progress 1 of 2 done/);
      assert.match(
        checklistText,
        /Find out how survivor-informed your organization is today Done .*: Their note Done with the advisory group in May\. Offer survivors paid work Not done yet/,
      );
      const assessmentText = textOf((await client.get(`inbox/requests/${assessment.id}`)).text);
      assert.match(
        assessmentText,
        /Overall score 50 out of 100 \(Started\) Governance and leadership 50 out of 100 \(Started\) Evaluation Skipped: does not apply/,
      );
      assert.match(
        assessmentText,
        /Survivor advisors have a formal part in decisions about our direction, such as board seats or a standing advisory group\. Partly in place/,
      );
      assert.match(assessmentText, /Don’t know/);
    });

    it('shows the questions each request was asked, in its two sections, in English and Spanish', async () => {
      const training = await send(
        receiver,
        taRequest({
          cohort: 'Central Valley cohort',
          topics: ['trauma-informed-approach', 'labor-trafficking', 'other'],
          topicOther: 'Farm work',
          audiences: ['probation', 'other'],
          audienceOther: 'Juvenile hall staff',
        }),
      );
      const assistance = await send(
        receiver,
        taRequest({
          requestTypes: ['technical-assistance'],
          area: 'tribal-nation',
          county: undefined,
          areaDetail: 'Juniper Hollow Band',
          neededBy: '2027-01-15',
          ...{ audiences: undefined, audienceSize: undefined, format: undefined, length: undefined, preferredDates: undefined },
        }),
      );
      const english = new InboxClient(receiver.url);
      await english.signIn();
      const spanish = new InboxClient(receiver.url);
      await spanish.signIn('dana', PASSWORD, 'es');
      /** The answers of a request's page, by section: `[title, "label value" …]`. */
      const sections = async (client: InboxClient, id: string) => {
        const page = (await client.get(`inbox/requests/${id}`)).text;
        const answers = /<h2 id="answers-title">[\s\S]*?<\/section>/.exec(page)![0];
        return [...answers.matchAll(/<h3>([^<]*)<\/h3>\s*<dl class="answers">([\s\S]*?)<\/dl>/g)].map(([, title, list]) => [
          title,
          ...[...list.matchAll(/<div>([\s\S]*?)<\/div>/g)].map(([, pair]) => textOf(pair)),
        ]);
      };
      assert.deepEqual((await sections(english, training.id)).slice(0, 2), [
        [
          'About you and your agency',
          'Your full name Jordan Alvarez',
          'Your job title or role Training coordinator',
          'Name of your agency or organization Juniper Hollow County Probation',
          'Type of organization County or city government agency',
          'Where will the work take place? In one county',
          `${taEn.countyFree} Juniper Hollow`,
          'Regional cohort Central Valley cohort',
          'Email address jordan.alvarez@example.org',
          'Phone number (optional) Not answered',
        ],
        [
          'What you need',
          'What would you like to ask for? Training',
          `Which topics should it cover? A trauma-informed approach ${taEn.topicLabel('labor-trafficking')} Another topic: Farm work`,
          `Who is it for? Probation ${taEn.audienceLabel('other')}`,
          'Who else will take part? Juvenile hall staff',
          'About how many people will take part? 26 to 50',
          'How should it be delivered? In person',
          'How long should it be? 3 hours or more',
          'When would you like it? March 15, 2027',
          `${taEn.goals} Help officers recognize trafficking and refer young people to services.`,
          'Accessibility needs (optional) Not answered',
          'Language needs (optional) Not answered',
        ],
      ]);
      const [about, need] = await sections(english, assistance.id);
      assert.deepEqual(about.slice(5, 7), ['Where will the work take place? In a tribal nation', 'Which nation? Juniper Hollow Band'], 'no county row');
      assert.deepEqual(need.slice(1, 4), [
        'What would you like to ask for? Technical assistance',
        'Which topics should it cover? recognizing-signs',
        'By when do you need it? January 15, 2027',
      ]);
      assert.ok(
        !need.some((line) => /^(Who is it for|About how many|How should it be delivered|How long|When would you like it)/.test(line)),
        'no event questions',
      );

      const [aboutEs, needEs] = await sections(spanish, assistance.id);
      assert.equal(aboutEs[0], 'Sobre usted y su agencia');
      assert.deepEqual(aboutEs.slice(5, 7), ['¿Dónde se hará el trabajo? En una nación tribal', '¿En qué nación? Juniper Hollow Band']);
      assert.equal(needEs[0], 'Lo que necesita');
      assert.ok(needEs.includes('¿Para cuándo lo necesita? 15 de enero de 2027'), needEs.join(' | '));
      const [, trainingNeedEs] = await sections(spanish, training.id);
      assert.ok(
        trainingNeedEs.some((line) => line.endsWith('Otro tema: Farm work')),
        trainingNeedEs.join(' | '),
      );
    });

    it('still shows a request stored as version 1, before the form asked where the work takes place', async () => {
      const old = taRequest({ area: undefined, county: 'Cedar Ridge County' }, { schemaVersion: 1 });
      assert.equal(JSON.stringify(old).includes('"area"'), false, 'a version 1 body has no area');
      const accepted = await store.accept({ id: old.id, type: 'ta-request', schemaVersion: 1, envelope: old, bodySha256: '00'.repeat(32) });
      assert.equal(accepted.outcome, 'stored');
      const { reference } = accepted as { reference: string };
      const client = new InboxClient(receiver.url);
      await client.signIn();
      const text = textOf((await client.get(`inbox/requests/${old.id}`)).text);
      assert.match(text, new RegExp(`Request ${reference}`));
      assert.ok(text.includes(`Type of organization County or city government agency ${taEn.countyFree} Cedar Ridge County Email address`), text);
      assert.match(text, /When would you like it\? March 15, 2027/);
      assert.match(textOf((await client.get('inbox/?area=cedar')).text), new RegExp(`${reference} .*County or area Cedar Ridge County`));
    });

    it('saves a status and a note, keeps a note that is too long on screen, and logs both changes', async (t) => {
      const own = await SubmissionStore.open(await engine.database());
      t.after(() => own.close());
      await addAccount(own);
      const server = await receiverOn(t, own, {});
      const request = await send(server, taRequest());
      const client = new InboxClient(server.url);
      await client.signIn();
      const csrf = await client.csrf(`inbox/requests/${request.id}`);

      const saved = await client.post(`inbox/requests/${request.id}`, { csrf, status: 'scheduled', note: 'Booked for 15 March.\r\nDana follows up.' });
      assert.equal(saved.status, 303);
      assert.equal(saved.headers.get('location'), `/inbox/requests/${request.id}?saved=1`);
      const record = await own.get(request.id);
      assert.equal(record?.status, 'scheduled');
      assert.equal(record?.note, 'Booked for 15 March.\nDana follows up.');
      const page = await client.get(`inbox/requests/${request.id}?saved=1`);
      assert.match(page.text, /<div class="notice" role="status"[^>]*><p>The status and note are saved\.<\/p>/);
      assert.match(page.text, /id="status-scheduled" name="status" value="scheduled" checked/);
      assert.match(page.text, />\nBooked for 15 March\.\nDana follows up\.<\/textarea>/, 'after a line break the parser drops, so a note may start with one');

      const long = 'x'.repeat(4001);
      const tooLong = await client.post(`inbox/requests/${request.id}`, { csrf, status: 'done', note: long });
      assert.equal(tooLong.status, 422);
      assert.match(textOf(tooLong.text), /There is a problem The note must be 4,000 characters or fewer\. It is 1 character too long\./);
      assert.ok(tooLong.text.includes(`>\n${long}</textarea>`), 'what was typed is still there');
      assert.match(tooLong.text, /id="status-done" name="status" value="done" checked/);
      assert.equal((await own.get(request.id))?.status, 'scheduled', 'nothing saved');
      assert.equal((await client.post(`inbox/requests/${request.id}`, { csrf, status: 'lost', note: '' })).status, 422);

      // The same status again with a new note: only the note is logged.
      await client.post(`inbox/requests/${request.id}`, { csrf, status: 'scheduled', note: 'Moved to April.' });
      const trail = (await auditTrail(own)).filter((line) => !line.startsWith('view') && !line.startsWith('sign-in'));
      assert.deepEqual(trail, [`status dana ${request.reference}`, `note dana ${request.reference}`, `note dana ${request.reference}`]);
      const [change] = await own.db.query<{ detail: string }>("SELECT detail FROM si_audit WHERE action = 'status'");
      assert.equal(change.detail, 'from=new&to=scheduled');
      const notes = await own.db.query("SELECT 1 FROM si_audit WHERE detail LIKE '%Booked%' OR detail LIKE '%April%'");
      assert.deepEqual(notes, [], 'the audit log never holds the note itself');
    });

    it('exports the filtered list as CSV, safe from spreadsheet formulas, and logs the export', async (t) => {
      const own = await SubmissionStore.open(await engine.database());
      t.after(() => own.close());
      await addAccount(own);
      const server = await receiverOn(t, own, { timeZone: 'UTC' });
      const formula = await send(
        server,
        taRequest({ agency: '=HYPERLINK("https://evil.example","Click")', goals: 'Say "hello", then\nleave', county: 'Alder Creek' }),
      );
      await send(server, taRequest({ agency: 'Other County Office', county: 'San Benito' }));
      await send(server, checklistRequest());
      const client = new InboxClient(server.url);
      await client.signIn();
      const csrf = await client.csrf(`inbox/requests/${formula.id}`);
      await client.post(`inbox/requests/${formula.id}`, { csrf, status: 'scheduled', note: '@SUM(1+1)' });

      const answer = await client.get('inbox/export.csv?type=ta-request&status=scheduled');
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(answer.headers.get('content-disposition') ?? '', /^attachment; filename="requests-\d{4}-\d{2}-\d{2}\.csv"$/);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      const lines = answer.text.split('\r\n');
      const bytes = new Uint8Array(await (await fetch(new URL('inbox/export.csv', server.url), { headers: { Cookie: client.cookie! } })).arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark, for accents in spreadsheets (fetch’s text() drops it)');
      assert.match(
        lines[0],
        /^Reference,Received \(UTC\),Type,Status,Note,Language of the form,Your full name,Your job title or role,Name of your agency or organization,/,
      );
      assert.ok(lines[0].includes(',Type of organization,Where will the work take place?,'), 'the area after the organization, as the page shows it');
      assert.ok(lines[1].includes(',County or city government agency,In one county,'), 'in words');
      assert.equal(lines.length, 3, 'the header, the one request (its goals’ line break is inside quotes), and the end');
      assert.ok(lines[1].startsWith(`${formula.reference},`));
      assert.ok(lines[1].includes(',Scheduled,'), 'the status in words');
      assert.ok(lines[1].includes(`,'@SUM(1+1),`), 'a note that looks like a formula is text');
      assert.ok(lines[1].includes(`"'=HYPERLINK(""https://evil.example"",""Click"")"`), 'so is an answer');
      assert.ok(answer.text.includes('"Say ""hello"", then\nleave"'));
      assert.ok(!answer.text.includes('Other County Office'), 'only what the filter matches');

      const everything = await client.get('inbox/export.csv');
      assert.equal(everything.text.split('\r\n')[0].includes('Progress'), true, 'checklist columns too');
      const exports = await own.db.query<{ actor: string; detail: string }>("SELECT actor, detail FROM si_audit WHERE action = 'export' ORDER BY id");
      assert.deepEqual(exports, [
        { actor: 'dana', detail: 'count=1&type=ta-request&status=scheduled' },
        { actor: 'dana', detail: 'count=3' },
        { actor: 'dana', detail: 'count=3' },
      ]);
    });

    it('deletes a request only after a confirmation, for good, and logs it by reference only', async (t) => {
      const own = await SubmissionStore.open(await engine.database());
      t.after(() => own.close());
      await addAccount(own);
      const server = await receiverOn(t, own, {});
      const request = await send(server, taRequest({ requesterName: 'Delete Me' }));
      const client = new InboxClient(server.url);
      await client.signIn();
      const confirm = await client.get(`inbox/requests/${request.id}/delete`);
      assert.equal(confirm.status, 200);
      assert.match(confirm.text, new RegExp(`<h1>Delete request <span class="reference">${request.reference}</span>\\?</h1>`));
      assert.match(textOf(confirm.text), /will be gone for good/);
      assert.match(confirm.text, /<button class="button-warning" type="submit">Yes, delete it for good<\/button>/);
      assert.ok(await own.get(request.id), 'asking is not deleting');

      const csrf = /name="csrf" value="([^"]+)"/.exec(confirm.text)![1];
      const deleted = await client.post(`inbox/requests/${request.id}/delete`, { csrf });
      assert.equal(deleted.status, 303);
      assert.equal(deleted.headers.get('location'), `/inbox/?deleted=${request.reference}`);
      assert.equal(await own.get(request.id), undefined);
      assert.match(textOf((await client.get(deleted.headers.get('location')!.slice(1))).text), new RegExp(`Request ${request.reference} is deleted\\.`));
      assert.equal((await client.get(`inbox/requests/${request.id}`)).status, 404);
      const trail = await auditTrail(own);
      assert.ok(trail.includes(`delete dana ${request.reference}`));
      const everywhere = await own.db.query("SELECT 1 FROM si_audit WHERE detail LIKE '%Delete Me%'");
      assert.deepEqual(everywhere, []);
      // The same key sent again later is a new request (nothing of the old one is left to match).
      assert.equal((await post(server, { ...taRequest(), id: request.id })).status, 201);
    });

    it('retention deletes exactly what is older than the limit, logs how many, and keeps the audit log for its own time', async (t) => {
      const own = await SubmissionStore.open(await engine.database());
      t.after(() => own.close());
      const server = await receiverOn(t, own, {});
      const now = Date.parse('2027-06-01T12:00:00Z');
      const day = 86_400_000;
      const ages = { old: 30 * day + 1000, limit: 30 * day, young: 30 * day - 1000 };
      const ids: Record<string, string> = {};
      for (const [name, age] of Object.entries(ages)) {
        const { id } = await send(server, taRequest({ agency: name }));
        ids[name] = id;
        await own.db.query('UPDATE si_submissions SET received_at = $2 WHERE id = $1', [id, new Date(now - age).toISOString()]);
      }
      await new AuditLogOf(own).record(now - 401 * day, 'view');
      await new AuditLogOf(own).record(now - 399 * day, 'view');
      const logs: string[] = [];
      const retention = keepRetention(own, { retentionDays: 30, auditRetentionDays: 400, now: () => now, everyMs: 3_600_000, runNow: false }, (line) =>
        logs.push(line),
      );
      t.after(() => retention.stop());
      assert.equal(await retention.sweep(), 1);
      assert.equal(await own.get(ids.old), undefined, 'a second past the limit: deleted');
      assert.ok(await own.get(ids.limit), 'at the limit itself: kept');
      assert.ok(await own.get(ids.young), 'younger: kept');
      assert.ok(
        logs.some((line) => line === 'Deleted 1 submission received more than 30 days ago.'),
        logs.join('\n'),
      );
      const audit = await own.db.query<{ action: string; detail: string | null; at: Date }>('SELECT action, detail, at FROM si_audit ORDER BY at');
      assert.deepEqual(
        audit.map((row) => [row.action, row.detail]),
        [
          ['view', null],
          ['retention', 'count=1&days=30'],
        ],
        'the entry 401 days old is gone, the one 399 days old stays, and the deletion is logged',
      );
      assert.equal(await retention.sweep(), 0, 'nothing more until time passes');
    });

    it('ends a session after its idle time and at its expiry, and on sign-out, so its cookie opens nothing again', async () => {
      const client = new InboxClient(receiver.url);
      await client.signIn();
      const cookie = client.cookie!;
      await store.db.query("UPDATE si_sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = sha256(convert_to($1, 'UTF8'))", [
        cookie.split('=')[1],
      ]);
      const idle = await client.get(`inbox/requests/${stored.id}`);
      assert.equal(idle.status, 303);
      assert.match(idle.headers.get('location')!, /^\/inbox\/sign-in\?next=.*&ended=1/);
      assert.match(idle.headers.getSetCookie()[0], /^si-inbox=; .*Max-Age=0/, 'the cookie is cleared');
      const ended = await new InboxClient(receiver.url).get(idle.headers.get('location')!.slice(1));
      assert.match(textOf(ended.text), /Your session ended, so you were signed out\./);

      await client.signIn();
      await store.db.query("UPDATE si_sessions SET expires_at = now() - interval '1 second' WHERE token_hash = sha256(convert_to($1, 'UTF8'))", [
        client.cookie!.split('=')[1],
      ]);
      assert.equal((await client.get('inbox/')).status, 303);

      await client.signIn();
      const before = client.cookie!;
      const csrf = await client.csrf();
      const out = await client.post('inbox/sign-out', { csrf });
      assert.equal(out.status, 303);
      assert.equal(out.headers.get('location'), '/inbox/sign-in?signed-out=1&lang=en');
      assert.equal(out.headers.get('clear-site-data'), '"cache"');
      const replay = await fetch(new URL('inbox/', receiver.url), { redirect: 'manual', headers: { Cookie: before } });
      assert.equal(replay.status, 303, 'the old cookie opens nothing');

      // A note typed while the session ran out is shown back to copy, not lost.
      await client.signIn();
      const noteCsrf = await client.csrf(`inbox/requests/${stored.id}`);
      await store.db.query('DELETE FROM si_sessions');
      const late = await client.post(`inbox/requests/${stored.id}`, { csrf: noteCsrf, status: 'done', note: 'Called them back on Tuesday.' });
      assert.equal(late.status, 401);
      assert.match(textOf(late.text), /Your note was not saved .*Called them back on Tuesday\./);
      assert.match(late.text, new RegExp(`name="next" value="/inbox/requests/${stored.id}"`));
    });

    it('speaks Spanish when the browser prefers it or the coordinator asks, and remembers it in the session', async () => {
      const client = new InboxClient(receiver.url, { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' });
      const signIn = await client.get('inbox/sign-in');
      assert.match(signIn.text, /<html lang="es">/);
      assert.match(textOf(signIn.text), /Inicie sesión en la bandeja de solicitudes/);
      assert.match(signIn.text, /<a href="\/inbox\/sign-in\?lang=en" lang="en" hreflang="en">English<\/a>/);
      assert.match((await new InboxClient(receiver.url).get('inbox/sign-in?lang=es')).text, /<html lang="es">/);

      await client.signIn('dana', PASSWORD, 'es');
      const list = await client.get('inbox/');
      assert.match(textOf(list.text), /Solicitudes .*Filtrar las solicitudes/);
      const csrf = /name="csrf" value="([^"]+)"/.exec(list.text)![1];
      const switched = await client.post('inbox/language', { csrf, lang: 'en', back: `/inbox/requests/${stored.id}` });
      assert.equal(switched.status, 303);
      assert.equal(switched.headers.get('location'), `/inbox/requests/${stored.id}`);
      const english = await client.get(`inbox/requests/${stored.id}`);
      assert.match(english.text, /<html lang="en">/, 'the session’s language wins over Accept-Language');
      const offsite = await client.post('inbox/language', { csrf, lang: 'es', back: 'https://evil.example/' });
      assert.equal(offsite.headers.get('location'), '/inbox/', 'it never sends anyone off the inbox');
      const cookies = offsite.headers.getSetCookie();
      assert.deepEqual(cookies, [], 'the language is in the session, not in a cookie of its own');
    });

    it('trusts a single sign-on header only from the proxy’s address, and only for an account it has', async (t) => {
      await new Accounts(store.db).add('kim@county.example.gov', null);
      const build = (addresses: string[]) => serveInbox(t, store, { proxyAuth: { header: 'X-Forwarded-User', addresses } });
      const trusted = new InboxClient(await build(['127.0.0.1']), { 'X-Forwarded-User': 'Kim@County.example.gov' });
      const page = await trusted.get('inbox/');
      assert.equal(page.status, 200);
      assert.match(textOf(page.text), /Signed in as kim@county\.example\.gov/);
      assert.ok(trusted.cookie, 'a session of its own, for the CSRF token and the language');
      assert.ok((await auditTrail(store)).includes('sign-in kim@county.example.gov -'));
      assert.equal((await new InboxClient(trusted.base, { 'X-Forwarded-User': 'nobody@county.example.gov' }).get('inbox/')).status, 403);
      assert.equal((await new InboxClient(trusted.base).signIn('kim@county.example.gov', 'any password at all')).status, 401, 'no password works for it');

      const untrusted = new InboxClient(await build(['10.0.0.9']), { 'X-Forwarded-User': 'kim@county.example.gov' });
      const refused = await untrusted.get('inbox/');
      assert.equal(refused.status, 303, 'from any other address the header means nothing');
      assert.match(refused.headers.get('location')!, /^\/inbox\/sign-in/);
    });

    it('makes the cookie Secure with the __Host- prefix behind https', async (t) => {
      const secure = await receiverOn(t, store, { publicOrigin: 'https://intake.example.gov' });
      const client = new InboxClient(secure.url);
      const wrongOrigin = await client.signIn();
      assert.equal(wrongOrigin.status, 403, 'forms must come from the public origin');
      const answer = await fetch(new URL('inbox/sign-in', secure.url), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://intake.example.gov', 'Sec-Fetch-Site': 'same-origin' },
        body: new URLSearchParams({ username: 'dana', password: PASSWORD }).toString(),
      });
      assert.equal(answer.status, 303);
      assert.match(answer.headers.getSetCookie()[0], /^__Host-si-inbox=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
    });
  });
}

/** Writes audit entries at a given time (retention's test). */
class AuditLogOf {
  constructor(private readonly store: SubmissionStore) {}
  async record(at: number, action: string): Promise<void> {
    await this.store.db.query('INSERT INTO si_audit (at, action) VALUES ($1, $2)', [new Date(at).toISOString(), action]);
  }
}
