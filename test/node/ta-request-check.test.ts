/**
 * The form's checks without zod (src/core/forms/checks.ts, src/schemas/ta-request-check.ts) judge exactly
 * as the zod schema does: each primitive against the zod rule it mirrors, on strings made to sit on the
 * edges (emoji, spaces that trimming removes and ones it keeps, final newlines, other scripts' digits,
 * lengths around each maximum), and `taRequestProblems` against `taRequestDataSchema().safeParse` on
 * generated payloads, valid ones and broken ones, and on the conformance corpus.
 */
import '../shared/property-seed.js';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as fc from 'fast-check';
import * as z from 'zod/mini';
import { isEmail, isIsoDate, isPhone, textProblem, VISIBLE } from '../../src/core/forms/checks.js';
import { conformanceCorpus } from '../../src/schemas/conformance.js';
import { optionalText, text } from '../../src/schemas/rules.js';
import { taRequestProblems } from '../../src/schemas/ta-request-check.js';
import {
  AREAS,
  AUDIENCE_SIZES,
  AUDIENCES,
  EVENT_FIELDS,
  FORMATS,
  LENGTHS,
  MATCH_FUNDS,
  ORGANIZATION_TYPES,
  REQUEST_TYPES,
  taRequestDataSchema,
} from '../../src/schemas/ta-request.js';

const schema = taRequestDataSchema();
const join = (parts: string[]) => parts.join('');
const oneOf = (...values: string[]) => fc.constantFrom(...values);
const EMOJI = '\u{1F642}';

// ---- strings on the edges

/** What `String.prototype.trim` removes, and characters that look blank but stay. */
const TRIMMED = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const KEPT = ['\u200b', '\u180e', '\u0085', '\u2060', '\u00ad', '\u0000'];
const space = oneOf(...TRIMMED);
const padding = fc.array(space, { maxLength: 3 }).map(join);
const piece = fc.oneof(
  space,
  oneOf(...KEPT),
  oneOf(EMOJI, '\ud83d', '\ude42', 'e\u0301', 'Zoë', '李', 'x', 'other'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const edgyString = fc.array(piece, { maxLength: 10 }).map(join);
/** About `max` code points or units of one kind, maybe with spaces around them. */
const aroundMax = (max: number) =>
  fc
    .tuple(padding, fc.integer({ min: Math.max(0, max - 2), max: max + 2 }), oneOf('x', EMOJI, 'e\u0301', ' ', '\u3000'), padding)
    .map(([before, count, unit, after]) => before + unit.repeat(count) + after);

const emailLocal = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: oneOf(..."aZ09_'+-.") }, oneOf('%', ' ', 'é', '"', '!', '\n')), maxLength: 12 });
const emailLabel = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: oneOf(...'aZ09-') }, oneOf('_', 'é', '.')), maxLength: 8 });
const nearEmail = fc.oneof(
  fc
    .tuple(
      emailLocal,
      oneOf('@', '@', '@', '', '@@', '＠'),
      fc.array(emailLabel, { maxLength: 3 }),
      fc.string({ unit: oneOf(...'orgX1'), maxLength: 4 }),
      oneOf('', '', '\n', ' ', '.'),
    )
    .map(([local, at, labels, tld, end]) => `${local}${at}${[...labels, tld].join('.')}${end}`),
  fc.emailAddress(),
  fc.integer({ min: 240, max: 260 }).map((length) => `${'a'.repeat(length - 12)}@example.org`),
);

const digit = fc.oneof({ weight: 30, arbitrary: oneOf(...'0123456789') }, oneOf('０', '٢', '२', 'a', ' '));
const digits = (count: number) => fc.array(digit, { minLength: count, maxLength: count }).map(join);
const padded = (min: number, max: number, width: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
const nearDate = fc.oneof(
  fc
    .tuple(
      fc.oneof(padded(0, 9999, 4), oneOf('0000', '1900', '2000', '2100', '2400', '2027', '2028'), digits(4), digits(3), digits(5)),
      oneOf('-', '-', '-', '/', ''),
      fc.oneof(padded(0, 13, 2), digits(2), digits(1)),
      oneOf('-', '-', '-', '/', ''),
      fc.oneof(padded(0, 32, 2), oneOf('28', '29', '30', '31'), digits(2)),
      oneOf('', '', '', '\n', ' ', 'T00:00:00Z'),
    )
    .map(join),
  oneOf('2027-02-29', '2028-02-29', '２０２７-03-15', '2027-02-29\n', '2100-02-29', '2000-02-29', '0000-02-29'),
);

const phoneChar = fc.oneof(
  { weight: 10, arbitrary: oneOf(...'0123456789') },
  { weight: 4, arbitrary: oneOf(...' ().-+') },
  oneOf('x', 'X', 'e', 'E', 't', 'T', 'ext.', 'ext', 'EXT.', '٥', '\n', '#', '/', '\u00a0'),
);
const nearPhone = fc.oneof(
  fc.array(phoneChar, { maxLength: 45 }).map(join),
  fc
    .tuple(
      oneOf('', '+', ' +'),
      fc.string({ unit: oneOf(...'0123456789 ().-'), minLength: 5, maxLength: 27 }),
      oneOf('', 'x', 'ext.', 'Ext', 'EXT.'),
      padding,
      digits(3),
    )
    .map(([plus, number, ext, spaces, extension]) => (ext ? `${plus}${number}${spaces}${ext}${' '.repeat(spaces.length * 5)}${extension}` : plus + number)),
);

// ---- the primitives

const agree = (mirror: (value: string) => boolean, zod: z.ZodMiniType, values: fc.Arbitrary<string>) =>
  fc.assert(
    fc.property(values, (value) => mirror(value) === zod.safeParse(value).success),
    { numRuns: 3000, includeErrorInReport: true },
  );

describe('the checks a form runs, each against its zod rule', () => {
  it('VISIBLE matches exactly what String.prototype.trim keeps: every UTF-16 unit, and generated strings', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      assert.equal(VISIBLE.test(char), char.trim() !== '', `U+${unit.toString(16)}`);
    }
    fc.assert(fc.property(edgyString, (value) => VISIBLE.test(value) === (value.trim() !== '')));
  });

  it('textProblem is text(max) (required) and optionalText(max), and names the problem zod finds', () => {
    const issue = (codes: string[]) => (codes.includes('too_small') ? 'missing' : codes.includes('too_big') ? 'too-long' : undefined);
    fc.assert(
      fc.property(
        oneOf('1', '3', '120', '200', '1500')
          .map(Number)
          .chain((max) => fc.tuple(fc.constant(max), fc.oneof(edgyString, aroundMax(max)))),
        ([max, value]) => {
          const required = text(max).safeParse(value);
          assert.equal(textProblem(value, max, true), issue(required.error?.issues.map((each) => each.code) ?? []));
          assert.equal(textProblem(value, max, false) === undefined, optionalText(max).safeParse(value).success);
        },
      ),
      { numRuns: 3000, includeErrorInReport: true },
    );
  });

  it('isEmail is z.email() with at most 254 characters, as the schema has it', () => {
    agree(isEmail, z.email().check(z.maxLength(254)), nearEmail);
    agree(isEmail, schema.shape.email, fc.oneof(nearEmail, edgyString));
  });

  it('isIsoDate is z.iso.date(): every February 29 from 0000 to 9999, every month and day of five years, generated near-dates', () => {
    const zodDate = z.iso.date();
    for (let year = 0; year <= 9999; year++) {
      const value = `${String(year).padStart(4, '0')}-02-29`;
      assert.equal(isIsoDate(value), zodDate.safeParse(value).success, value);
    }
    for (const year of ['1900', '2000', '2027', '2028', '2100'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          assert.equal(isIsoDate(value), zodDate.safeParse(value).success, value);
        }
    agree(isIsoDate, zodDate, nearDate);
    agree(isIsoDate, schema.shape.neededBy, fc.oneof(nearDate, edgyString));
  });

  it('isPhone is the schema’s phone rule (at most 40 characters, PHONE_PATTERN, as sent)', () => {
    agree(isPhone, schema.shape.phone, fc.oneof({ weight: 4, arbitrary: nearPhone }, edgyString));
  });
});

// ---- whole payloads

type Data = Record<string, unknown>;
const FIELDS = Object.keys(schema.shape);
/** Each text field with its maximum and whether it is required (text) or may be blank (optionalText). */
const TEXTS: Record<string, [max: number, required: boolean]> = {
  requesterName: [120, true],
  requesterRole: [120, true],
  agency: [200, true],
  county: [120, true],
  areaDetail: [200, false],
  cohort: [120, true],
  topicOther: [200, true],
  goals: [1500, true],
  audienceOther: [200, false],
  accessibilityNeeds: [1000, false],
  languageNeeds: [300, false],
};
const ENUMS: Record<string, readonly string[]> = {
  organizationType: ORGANIZATION_TYPES,
  area: AREAS,
  canMatchFunds: MATCH_FUNDS,
  audienceSize: AUDIENCE_SIZES,
  format: FORMATS,
  length: LENGTHS,
};
const LISTS = ['requestTypes', 'topics', 'audiences', 'preferredDates'];

const words = fc.oneof(
  oneOf('Jordan Alvarez', 'Zoë O’Brien-Núñez 李', `${EMOJI} Ana`, 'Training coordinator', 'Juniper Hollow'),
  fc.tuple(padding, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), padding).map(join),
);
const isoDay = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const some = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const unique = (values: fc.Arbitrary<string>, maxLength: number) => fc.uniqueArray(values, { minLength: 1, maxLength, selector: (value) => value.trim() });

/** Payloads that are mostly valid: fields from valid pools (words may still be blank or odd), the cross-field rules kept. */
const likelyValid: fc.Arbitrary<Data> = fc
  .record({
    requesterName: words,
    requesterRole: words,
    agency: words,
    organizationType: oneOf(...ORGANIZATION_TYPES),
    area: oneOf(...AREAS),
    county: some(words),
    areaDetail: some(fc.oneof(words, padding)),
    region: some(oneOf('CA', 'CO')),
    cohort: some(words),
    email: fc.oneof({ weight: 5, arbitrary: oneOf('jordan.alvarez@example.org', "o'brien+ta@county-x.gov", 'A_1@mail.example.co') }, nearEmail),
    phone: some(fc.oneof({ weight: 5, arbitrary: oneOf('(555) 010-0100 ext. 12', '+1 555 010 0100', '555.010.0100 x7') }, nearPhone)),
    requestTypes: unique(oneOf(...REQUEST_TYPES), 4),
    canMatchFunds: some(oneOf(...MATCH_FUNDS)),
    topics: unique(fc.oneof(oneOf('recognizing-signs', 'other', ' other ', 'Labor trafficking'), words), 5),
    topicOther: some(words),
    goals: fc.oneof({ weight: 5, arbitrary: words }, aroundMax(1500)),
    audiences: some(unique(oneOf(...AUDIENCES), 4)),
    audienceOther: some(fc.oneof(words, padding)),
    audienceSize: some(oneOf(...AUDIENCE_SIZES)),
    format: some(oneOf(...FORMATS)),
    length: some(oneOf(...LENGTHS)),
    preferredDates: some(unique(isoDay, 3)),
    neededBy: some(isoDay),
    accessibilityNeeds: some(fc.oneof(words, padding)),
    languageNeeds: some(words),
  })
  .map((data): Data => {
    // Absent, not present as undefined: the mutations below set undefined on purpose.
    const fixed: Data = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
    if (fixed.area === 'county') fixed.county ??= 'Juniper Hollow';
    if ((fixed.topics as string[]).some((topic) => topic.trim() === 'other')) fixed.topicOther ??= 'Labor trafficking on farms';
    if ((fixed.requestTypes as string[]).includes('training'))
      Object.assign(fixed, {
        audiences: ['probation'],
        audienceSize: '1-10',
        format: 'hybrid',
        length: 'under-3-hours',
        preferredDates: ['2028-02-29'],
        ...fixed,
      });
    return fixed;
  });

const wrongType = oneOf('null', 'number', 'boolean', 'array', 'object', 'boxed').map((kind) => {
  const values: Record<string, () => unknown> = {
    null: () => null,
    number: () => 7,
    boolean: () => true,
    array: () => ['x'],
    object: () => ({}),
    boxed: () => new String('x'),
  };
  return values[kind]();
});
const set = (field: string, value: fc.Arbitrary<unknown>) => value.map((each) => (data: Data) => ({ ...data, [field]: each }));
const anyField = oneOf(...FIELDS);

/** One change to a payload, most of them breaking it. */
const mutation: fc.Arbitrary<(data: Data) => unknown> = fc.oneof(
  anyField.map((field) => (data: Data) => Object.fromEntries(Object.entries(data).filter(([key]) => key !== field))),
  anyField.map((field) => (data: Data) => ({ ...data, [field]: undefined })),
  anyField.chain((field) => set(field, wrongType)),
  oneOf(...Object.keys(TEXTS)).chain((field) => set(field, fc.oneof(padding, aroundMax(TEXTS[field][0]), edgyString))),
  oneOf(...Object.keys(ENUMS)).chain((field) =>
    set(
      field,
      fc.oneof(
        oneOf(...ENUMS[field]).chain((value) => oneOf(value.toUpperCase(), ` ${value}`, `${value}\n`)),
        edgyString,
      ),
    ),
  ),
  set('email', nearEmail),
  set('phone', nearPhone),
  set('region', oneOf('ca', 'CA\n', 'C', 'CAL', 'ＣＡ', '')),
  fc
    .tuple(oneOf('preferredDates', 'neededBy'), nearDate)
    .map(([field, value]) => (data: Data) => ({ ...data, [field]: field === 'neededBy' ? value : [value] })),
  fc.tuple(oneOf(...LISTS), padding).map(([field, spaces]) => (data: Data) => {
    const list = data[field];
    return Array.isArray(list) && list.length ? { ...data, [field]: [...list, `${spaces}${list[0]}${spaces}`] } : data;
  }),
  fc
    .tuple(oneOf(...LISTS), fc.nat(40))
    .map(([field, count]) => (data: Data) => ({ ...data, [field]: Array.from({ length: count }, (_, index) => `topic-${index}`) })),
  fc.tuple(oneOf(...LISTS), fc.nat(3), fc.oneof(edgyString, nearDate, wrongType)).map(([field, index, value]) => (data: Data) => {
    const list = Array.isArray(data[field]) ? [...(data[field] as unknown[])] : [];
    list[index] = value; // past the end it leaves holes
    return { ...data, [field]: list };
  }),
  // The cross-field rules, both ways.
  fc.constant((data: Data) => ({ ...data, area: 'county', county: undefined })),
  fc.constant((data: Data) => ({ ...data, area: 'statewide', county: undefined })),
  oneOf('other', ' other', 'other\n', 'Other').map((other) => (data: Data) => ({ ...data, topics: [other], topicOther: undefined })),
  oneOf(...EVENT_FIELDS).map((field) => (data: Data) => ({ ...data, requestTypes: ['training'], [field]: undefined })),
  fc.constant((data: Data) => ({ ...data, requestTypes: ['consultation'], ...Object.fromEntries(EVENT_FIELDS.map((field) => [field, undefined])) })),
  // What zod allows around the fields: unknown properties, and fields found on the prototype.
  fc.tuple(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })).map(
    ([key, value]) =>
      (data: Data) =>
        Object.defineProperty({ ...data }, key, { value, enumerable: true }),
  ),
  fc.constant((data: Data) => Object.create(data)),
  // Not an object at all.
  oneOf('null', 'array', 'string', 'date').map((kind) => (data: Data) => ({ null: null, array: [data], string: 'everything', date: new Date(0) })[kind]),
);

const payload = fc.oneof(
  likelyValid,
  fc
    .tuple(likelyValid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([data, changes]) =>
      changes.reduce<unknown>((each, change) => (typeof each === 'object' && each !== null && !Array.isArray(each) ? change(each as Data) : each), data),
    ),
);

describe('taRequestProblems, against taRequestDataSchema().safeParse', () => {
  it('names the problems of a payload, and nothing in a good one', () => {
    const good = conformanceCorpus()['ta-request.v2'].valid[0].payload as { data: Data };
    assert.deepEqual(taRequestProblems(good.data), []);
    assert.deepEqual(taRequestProblems({ ...good.data, preferredDates: ['2027-03-15', '2027-02-29'], requesterName: ' \u3000' }), [
      'requesterName',
      'preferredDates.1',
    ]);
    assert.deepEqual(taRequestProblems({ ...good.data, county: undefined, topicOther: undefined, length: undefined, format: undefined }), [
      'county',
      'topicOther',
      'format',
      'length',
    ]);
    assert.deepEqual(taRequestProblems(null), ['']);
  });

  it('is empty exactly when zod accepts, on 5,000 generated payloads, and names every field zod names', () => {
    const verdicts = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(payload, (data) => {
        const problems = taRequestProblems(data);
        const result = schema.safeParse(data);
        assert.equal(
          problems.length === 0,
          result.success,
          `zod: ${JSON.stringify(result.error?.issues.map((issue) => issue.path.join('.')))}, ours: ${JSON.stringify(problems)}`,
        );
        verdicts[result.success ? 'accepted' : 'refused']++;
        for (const issue of result.error?.issues ?? []) {
          const path = issue.path.join('.');
          // zod puts the training rule on no field; ours names the missing answers.
          if (path === '' && issue.code === 'custom')
            assert.ok(
              problems.some((each) => (EVENT_FIELDS as readonly string[]).includes(each)),
              JSON.stringify(problems),
            );
          else assert.ok(problems.includes(path), `zod names ${JSON.stringify(path)}, ours: ${JSON.stringify(problems)}`);
        }
      }),
      { numRuns: 5000, includeErrorInReport: true },
    );
    // Both verdicts are common, or the comparison above would prove little.
    assert.ok(verdicts.accepted > 1000 && verdicts.refused > 1000, JSON.stringify(verdicts));
  });

  it('judges the conformance corpus as zod does: every valid case empty, every case whose data is broken not', () => {
    const corpus = conformanceCorpus()['ta-request.v2'];
    const dataOf = (payload: unknown) => (payload as { data?: unknown } | null)?.data;
    const base = JSON.stringify(dataOf(corpus.valid[0].payload));
    for (const { name, payload } of corpus.valid) assert.deepEqual(taRequestProblems(dataOf(payload)), [], name);
    const broken = [...corpus.invalid, ...corpus.invalidOnlyInCode].filter(({ payload }) => JSON.stringify(dataOf(payload)) !== base);
    for (const { name, payload } of broken) assert.notDeepEqual(taRequestProblems(dataOf(payload)), [], name);
    // The rest break only the envelope, which this does not check: their data is the good one.
    for (const { name, payload } of corpus.invalid.filter((each) => !broken.includes(each))) assert.deepEqual(taRequestProblems(dataOf(payload)), [], name);
    assert.ok(broken.length >= 30, `${broken.length} cases break the data`);
  });
});

describe('what the form downloads for it', () => {
  it('taRequestProblems bundles without zod: its own file, the form checks and the zod-free values', async () => {
    const entry = 'src/schemas/ta-request-check.ts';
    const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent' });
    assert.deepEqual(Object.keys(result.metafile.inputs).sort(), [
      'src/core/forms/checks.ts',
      'src/schemas/ta-request-check.ts',
      'src/schemas/ta-request-values.ts',
    ]);
    const gzipped = gzipSync(result.outputFiles[0].contents).length;
    assert.ok(gzipped < 2048, `${gzipped} bytes gzipped`);
  });
});
