/**
 * The JSON Schema files generated from the zod schemas (.config/build-json-schemas.ts), checked with
 * ajv, not zod: a receiver in another language must accept every payload the widgets produce and
 * reject what zod rejects. Payloads are built with the same `buildEnvelope` the SubmissionController uses.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import * as fc from 'fast-check';
import '../shared/property-seed.js';
import { buildJsonSchemas } from '../../.config/build-json-schemas.js';
import { buildEnvelope } from '../../src/core/delivery/envelope.js';
import { envelopeSchemas } from '../../src/schemas/index.js';
import type { Envelope } from '../../src/schemas/envelope.js';
import { taAnswers, taAnswersArbitrary } from '../fixtures/ta-request-payloads.js';

// ajv-formats is CommonJS: under tsx its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

let dir: string;
let validate: ValidateFunction;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'si-json-schema-'));
  buildJsonSchemas(dir);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(await readFile(join(dir, 'ta-request.v1.schema.json'), 'utf8')));
});
after(() => rm(dir, { recursive: true, force: true }));

function envelope(data: unknown, overrides: Partial<Parameters<typeof buildEnvelope>[0]> = {}): Envelope {
  return buildEnvelope({
    type: 'ta-request',
    schemaVersion: 1,
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    createdAt: Date.UTC(2026, 2, 2, 9, 30, 12, 345),
    locale: 'en',
    widget: 'si-ta-request',
    page: 'https://county.example.gov/services/training?utm=1#form',
    spam: { honeypot: '', fillMs: 48_210 },
    data,
    ...overrides,
  });
}

const ajvErrors = () => JSON.stringify(validate.errors);

describe('generated JSON Schemas', () => {
  it('writes one file per type, named <type>.v<version>.schema.json', async () => {
    const files = (await readdir(dir)).sort();
    assert.deepEqual(files, ['checklist.v1.schema.json', 'self-assessment.v2.schema.json', 'ta-request.v1.schema.json']);
    assert.deepEqual(
      Object.entries(envelopeSchemas)
        .map(([type, schema]) => `${type}.v${String(schema.shape.schemaVersion.def.values[0])}.schema.json`)
        .sort(),
      files,
    );
    const schema = JSON.parse(await readFile(join(dir, 'ta-request.v1.schema.json'), 'utf8'));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required, ['type', 'schemaVersion', 'id', 'createdAt', 'locale', 'source', 'data']);
  });

  it('accept the typical payload, with and without the spam signals, in both languages', () => {
    for (const payload of [envelope(taAnswers()), envelope(taAnswers(), { spam: undefined }), envelope(taAnswers(), { locale: 'es' })]) {
      assert.ok(envelopeSchemas['ta-request'].safeParse(payload).success, 'zod accepts it');
      assert.ok(validate(payload), ajvErrors());
    }
  });

  it('accept 1,000 generated payloads that zod accepts (after a JSON round trip, as a receiver sees them)', () => {
    fc.assert(
      fc.property(
        taAnswersArbitrary,
        fc.uuid({ version: 4 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('en', 'es') as fc.Arbitrary<'en' | 'es'>,
        (data, id, fillMs, locale) => {
          const payload = JSON.parse(JSON.stringify(envelope(data, { id, locale, spam: { honeypot: '', fillMs } })));
          assert.ok(envelopeSchemas['ta-request'].safeParse(payload).success, 'zod accepts it');
          assert.ok(validate(payload), ajvErrors());
        },
      ),
      { numRuns: 1000 },
    );
  });

  // A payload as a receiver parses it: anything may be missing or of another type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Parsed = Record<string, any>;
  const invalid: Array<[string, (payload: Parsed) => void]> = [
    ['no id', (p) => delete p.id],
    ['an id that is not a UUID', (p) => (p.id = 'not-a-uuid')],
    ['another type', (p) => (p.type = 'checklist')],
    ['another schema version', (p) => (p.schemaVersion = 2)],
    ['createdAt without a time zone', (p) => (p.createdAt = '2026-03-02T09:30:12')],
    ['createdAt that is not a date', (p) => (p.createdAt = 'yesterday')],
    ['an unsupported locale', (p) => (p.locale = 'fr')],
    ['no source', (p) => delete p.source],
    ['a page with a query', (p) => (p.source.page = 'https://county.example.gov/x?name=Jo')],
    ['a page with a hash', (p) => (p.source.page = 'https://county.example.gov/x#top')],
    ['a javascript: page', (p) => (p.source.page = 'javascript:alert(1)')],
    ['a widget that is not si-*', (p) => (p.source.widget = 'evil-widget')],
    ['no data', (p) => delete p.data],
    ['data missing a required answer', (p) => delete p.data.requesterName],
    ['an empty name', (p) => (p.data.requesterName = '')],
    ['a name that is too long', (p) => (p.data.requesterName = 'x'.repeat(121))],
    ['an email that is not one', (p) => (p.data.email = 'jordan at example')],
    ['no request type', (p) => (p.data.requestTypes = [])],
    ['an unknown request type', (p) => (p.data.requestTypes = ['lunch'])],
    ['an unknown organization type', (p) => (p.data.organizationType = 'cartel')],
    ['four preferred dates', (p) => (p.data.preferredDates = ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'])],
    ['a preferred date that is not a date', (p) => (p.data.preferredDates = ['2027-02-30x'])],
    ['a negative fill time', (p) => (p.spam = { honeypot: '', fillMs: -1 })],
    ['a fractional fill time', (p) => (p.spam = { honeypot: '', fillMs: 1.5 })],
    ['a spam object without the honeypot', (p) => (p.spam = { fillMs: 10 })],
    ['a string where an object belongs', (p) => (p.data = 'everything')],
  ];
  for (const [label, spoil] of invalid) {
    it(`reject ${label} (as zod does)`, () => {
      const payload = JSON.parse(JSON.stringify(envelope(taAnswers())));
      spoil(payload);
      assert.equal(envelopeSchemas['ta-request'].safeParse(payload).success, false, 'zod rejects it');
      assert.equal(validate(payload), false, `ajv accepted ${label}`);
    });
  }
});

describe('the self-assessment JSON Schema, version 2', () => {
  const areas = ['governance', 'policy', 'environment'];
  const tally = (score: number | null, band: number | null) => ({ score, band, rated: 4, notApplicable: 0, dontKnow: 1, unanswered: 0 });
  const payload = () =>
    JSON.parse(
      JSON.stringify(
        buildEnvelope({
          type: 'self-assessment',
          schemaVersion: 2,
          id: '3b241101-e2bb-4255-8caf-4136c566a962',
          createdAt: Date.UTC(2026, 11, 1, 9, 30),
          locale: 'es',
          widget: 'si-self-assessment',
          page: 'https://coalition.example.org/resources',
          data: {
            instrument: { id: 'survivor-informed-organization', version: '2' },
            share: 'scores',
            levels: 4,
            overall: { ...tally(61, 2), areasScored: 2 },
            areas: [
              { id: areas[0], skipped: false, ...tally(92, 3) },
              { id: areas[1], skipped: false, ...tally(30, 1) },
              { id: areas[2], skipped: true, ...tally(null, null) },
            ],
          },
        }),
      ),
    );
  let check: ValidateFunction;
  before(async () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    check = ajv.compile(JSON.parse(await readFile(join(dir, 'self-assessment.v2.schema.json'), 'utf8')));
  });

  it('accepts what the widget sends: bands as levels of the scale, the overall score with the number of areas it averages', () => {
    const body = payload();
    assert.ok(envelopeSchemas['self-assessment'].safeParse(body).success, 'zod accepts it');
    assert.ok(check(body), JSON.stringify(check.errors));
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const invalid: Array<[string, (body: Record<string, any>) => void]> = [
    ['version 1', (body) => (body.schemaVersion = 1)],
    ['a band named as version 1 named them', (body) => (body.data.areas[0].band = 'established')],
    ['an overall score without areasScored', (body) => delete body.data.overall.areasScored],
    ['a score above 100', (body) => (body.data.areas[1].score = 101)],
  ];
  for (const [label, spoil] of invalid) {
    it(`rejects ${label}, as zod does`, () => {
      const body = payload();
      spoil(body);
      assert.equal(envelopeSchemas['self-assessment'].safeParse(body).success, false, 'zod rejects it');
      assert.equal(check(body), false, `ajv accepted ${label}`);
    });
  }

  it('leaves to zod what JSON Schema cannot say: a band above the scale', () => {
    const body = payload();
    body.data.areas[0].band = 4;
    assert.equal(envelopeSchemas['self-assessment'].safeParse(body).success, false);
  });
});
