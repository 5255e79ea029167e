/**
 * The JSON Schema files generated from the zod schemas (.config/build-json-schemas.ts) and the
 * conformance corpus shipped beside them (src/schemas/conformance.ts): every case gets the same verdict
 * from zod, ajv and Python's jsonschema, as receivers in Node, in another JavaScript stack and in Python
 * would judge it. Python runs once for the whole corpus. Payloads the widgets build (with the same
 * `buildEnvelope` the SubmissionController uses) are accepted by ajv too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import '../shared/property-seed.js';
import { buildJsonSchemas } from '../../.config/build-json-schemas.js';
import { buildEnvelope } from '../../src/core/delivery/envelope.js';
import { envelopeSchemas, type SubmissionType } from '../../src/schemas/index.js';
import { EVENT_FIELDS, EVENT_REQUEST_TYPE, OTHER_TOPIC, TA_REQUEST_SCHEMA_VERSION } from '../../src/schemas/ta-request-values.js';
import type { ConformanceCase, ConformanceCases } from '../../src/schemas/conformance.js';
import type { Envelope } from '../../src/schemas/envelope.js';
import { taAnswers, taAnswersArbitrary } from '../fixtures/ta-request-payloads.js';

interface CorpusFile extends ConformanceCases {
  schema: string;
}

let dir: string;
const files = new Map<string, { type: SubmissionType; corpus: CorpusFile; schema: Record<string, unknown>; ajv: ValidateFunction }>();
/** Python's verdicts by `<file>/<list>/<index>`, or why Python could not run. */
let python: Map<string, boolean> | string;

// One Python process for the whole corpus: Draft 2020-12 as `jsonschema` implements it, nothing added.
const PYTHON = `
import json, os, sys
from jsonschema import Draft202012Validator
folder = sys.argv[1]
verdicts = {}
for name in sorted(os.listdir(os.path.join(folder, 'conformance'))):
    with open(os.path.join(folder, 'conformance', name), encoding='utf-8') as f:
        corpus = json.load(f)
    with open(os.path.join(folder, corpus['schema']), encoding='utf-8') as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    for group in ('valid', 'invalid', 'invalidOnlyInCode'):
        for index, case in enumerate(corpus[group]):
            verdicts[f'{name}/{group}/{index}'] = validator.is_valid(case['payload'])
print(json.dumps(verdicts))
`;

function runPython(folder: string): Map<string, boolean> | string {
  const result = spawnSync('python3', ['-c', PYTHON, folder], { encoding: 'utf8' });
  if (result.error) return `python3 could not run: ${result.error.message}`;
  if (result.status !== 0) {
    if (/No module named .?jsonschema/.test(result.stderr)) return 'Python has no jsonschema module (Debian: apt-get install python3-jsonschema)';
    throw new Error(`python3 failed:\n${result.stderr}`);
  }
  return new Map(Object.entries(JSON.parse(result.stdout) as Record<string, boolean>));
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'si-json-schema-'));
  buildJsonSchemas(dir);
  for (const name of await readdir(join(dir, 'conformance'))) {
    const corpus = JSON.parse(await readFile(join(dir, 'conformance', name), 'utf8')) as CorpusFile;
    const schema = JSON.parse(await readFile(join(dir, corpus.schema), 'utf8')) as Record<string, unknown>;
    // ajv as a receiver would set it up: its defaults (strict schema, numbers), every error.
    const ajv = new Ajv2020({ allErrors: true });
    files.set(name, { type: name.replace(/\.v\d+\.json$/, '') as SubmissionType, corpus, schema, ajv: ajv.compile(schema) });
  }
  python = runPython(dir);
  if (typeof python === 'string' && process.env.SI_REQUIRE_PYTHON_JSONSCHEMA) throw new Error(python);
});
after(() => rm(dir, { recursive: true, force: true }));

const pythonSkip = () => (typeof python === 'string' ? `${python}; CI installs it and sets SI_REQUIRE_PYTHON_JSONSCHEMA` : false);

describe('generated JSON Schemas', () => {
  it('one schema and one corpus file per type, named <type>.v<version>', async () => {
    const named = Object.entries(envelopeSchemas).map(([type, schema]) => `${type}.v${String(schema.shape.schemaVersion.def.values[0])}`);
    assert.deepEqual(named.sort(), ['checklist.v1', 'self-assessment.v2', 'ta-request.v2']);
    assert.deepEqual(
      (await readdir(dir)).filter((name) => name.endsWith('.schema.json')).sort(),
      named.map((name) => `${name}.schema.json`),
    );
    assert.deepEqual(
      [...files.keys()].sort(),
      named.map((name) => `${name}.json`),
    );
    for (const { schema } of files.values()) {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.deepEqual(schema.required, ['type', 'schemaVersion', 'id', 'createdAt', 'locale', 'source', 'data']);
      assert.match(String(schema.description), /Unknown properties are allowed and ignored/);
    }
  });

  it('say what they mean in every regular-expression engine: ASCII digits, no final newline after $, no format keyword', () => {
    for (const [name, { schema }] of files) {
      const text = JSON.stringify(schema);
      assert.ok(!text.includes('\\\\d'), `${name} has no \\d`);
      const walk = (node: unknown): void => {
        if (typeof node !== 'object' || node === null) return;
        const record = node as Record<string, unknown>;
        assert.notEqual(typeof record.format, 'string', `${name} has no format keyword`);
        if (typeof record.pattern === 'string' && record.pattern.endsWith('$') && record.pattern !== '\\n$') {
          assert.deepEqual(record.not, { pattern: '\\n$' }, `${name}: ${record.pattern} refuses a final newline`);
        }
        Object.values(record).forEach(walk);
      };
      walk(schema);
      assert.equal((schema.properties as Record<string, { additionalProperties?: unknown }>).data.additionalProperties, undefined, `${name}: data is open`);
    }
  });

  it('every case gets the same verdict from zod and ajv', () => {
    for (const [name, { type, corpus, ajv }] of files) {
      const zod = (payload: unknown) => envelopeSchemas[type].safeParse(payload).success;
      const check = (group: keyof ConformanceCases, expected: { zod: boolean; json: boolean }) =>
        corpus[group].forEach((entry: ConformanceCase) => {
          assert.equal(zod(entry.payload), expected.zod, `zod on ${name} ${group}: ${entry.name}`);
          assert.equal(ajv(entry.payload), expected.json, `ajv on ${name} ${group}: ${entry.name} ${JSON.stringify(ajv.errors)}`);
          if (group !== 'valid') assert.ok(entry.reason, `${name}: ${entry.name} says why it is invalid`);
        });
      check('valid', { zod: true, json: true });
      check('invalid', { zod: false, json: false });
      check('invalidOnlyInCode', { zod: false, json: true });
    }
  });

  it('every case gets the same verdict from Python’s jsonschema', { skip: pythonSkip() }, () => {
    const verdicts = python as Map<string, boolean>;
    let count = 0;
    for (const [name, { corpus }] of files) {
      for (const group of ['valid', 'invalid', 'invalidOnlyInCode'] as const) {
        corpus[group].forEach((entry, index) => {
          count++;
          assert.equal(verdicts.get(`${name}/${group}/${index}`), group !== 'invalid', `python on ${name} ${group}: ${entry.name}`);
        });
      }
    }
    assert.equal(verdicts.size, count);
  });

  it('zod keeps only the properties it names and trims what people typed', () => {
    const { corpus } = files.get(`ta-request.v${TA_REQUEST_SCHEMA_VERSION}.json`)!;
    const unknown = corpus.valid.find((entry) => entry.name.startsWith('unknown properties'))!;
    const parsed = envelopeSchemas['ta-request'].parse(unknown.payload) as Record<string, unknown> & { data: Record<string, unknown> };
    assert.equal('channel' in parsed, false);
    assert.equal('futureField' in parsed.data, false);
    const padded = corpus.valid.find((entry) => entry.name.startsWith('text with spaces'))!;
    const trimmed = envelopeSchemas['ta-request'].parse(padded.payload) as { data: { requesterName: string; goals: string } };
    assert.equal(trimmed.data.requesterName, 'Jordan Alvarez');
    assert.equal(trimmed.data.goals, 'Help officers.');
  });
});

function widgetEnvelope(data: unknown, overrides: Partial<Parameters<typeof buildEnvelope>[0]> = {}): Envelope {
  return buildEnvelope({
    type: 'ta-request',
    schemaVersion: TA_REQUEST_SCHEMA_VERSION,
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

describe('what the widgets build', () => {
  it('the typical payload is accepted, with and without the spam signals, in both languages', () => {
    const { ajv } = files.get(`ta-request.v${TA_REQUEST_SCHEMA_VERSION}.json`)!;
    for (const payload of [widgetEnvelope(taAnswers()), widgetEnvelope(taAnswers(), { spam: undefined }), widgetEnvelope(taAnswers(), { locale: 'es' })]) {
      assert.ok(envelopeSchemas['ta-request'].safeParse(payload).success, 'zod accepts it');
      assert.ok(ajv(payload), JSON.stringify(ajv.errors));
    }
  });

  it('1,000 generated payloads that zod accepts are accepted by ajv (after a JSON round trip, as a receiver sees them)', () => {
    const { ajv } = files.get(`ta-request.v${TA_REQUEST_SCHEMA_VERSION}.json`)!;
    fc.assert(
      fc.property(
        taAnswersArbitrary,
        fc.uuid({ version: 4 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('en', 'es') as fc.Arbitrary<'en' | 'es'>,
        (data, id, fillMs, locale) => {
          const payload = JSON.parse(JSON.stringify(widgetEnvelope(data, { id, locale, spam: { honeypot: '', fillMs } })));
          assert.ok(envelopeSchemas['ta-request'].safeParse(payload).success, 'zod accepts it');
          assert.ok(ajv(payload), JSON.stringify(ajv.errors));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a generated payload without an answer its other answers call for is refused by zod and ajv alike', () => {
    const { ajv } = files.get(`ta-request.v${TA_REQUEST_SCHEMA_VERSION}.json`)!;
    // What each payload must carry because of another answer: the county with a county area, the
    // other topic's words with the other topic, every event question with training.
    const required = (data: Record<string, unknown>) => [
      ...(data.area === 'county' ? ['county'] : []),
      ...((data.topics as string[]).includes(OTHER_TOPIC) ? ['topicOther'] : []),
      ...((data.requestTypes as string[]).includes(EVENT_REQUEST_TYPE) ? EVENT_FIELDS : []),
    ];
    let refused = 0;
    fc.assert(
      fc.property(taAnswersArbitrary, fc.nat(), (data, pick) => {
        const fields = required(data);
        fc.pre(fields.length > 0);
        const { [fields[pick % fields.length]]: _dropped, ...rest } = data as Record<string, unknown>;
        const payload = JSON.parse(JSON.stringify(widgetEnvelope(rest)));
        assert.equal(envelopeSchemas['ta-request'].safeParse(payload).success, false, `zod refuses it without ${fields[pick % fields.length]}`);
        assert.equal(ajv(payload), false, `ajv refuses it without ${fields[pick % fields.length]}`);
        refused++;
      }),
      { numRuns: 500 },
    );
    assert.ok(refused >= 250, `most generated payloads call for an answer (${refused})`);
  });
});
