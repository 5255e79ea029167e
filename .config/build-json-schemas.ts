/**
 * Writes one JSON Schema per payload type, `<type>.v<version>.schema.json`, generated from the zod
 * schemas in src/schemas/ with `z.toJSONSchema`, and the conformance corpus beside them
 * (`conformance/<type>.v<version>.json`), so a receiver in any language validates exactly what the
 * widgets send and can prove it. Run: `tsx .config/build-json-schemas.ts <outDir>`.
 *
 * What the generated files say, beyond zod's converter:
 * - the rules registered in `jsonSchemaRules` (src/schemas/rules.ts): `uniqueItems`, `if`/`then`, code
 *   point lengths, "not blank";
 * - unknown properties are allowed (`io: 'input'` leaves `additionalProperties` open), as zod allows and
 *   drops them;
 * - patterns any engine reads alike: `\d` becomes `[0-9]` (Python's and Perl's `\d` match other
 *   scripts' digits), and every pattern anchored with `$` also refuses a final newline (the `$` of
 *   Python, PHP and Perl matches before one);
 * - no `format` keyword: each validator implements formats its own way (ajv-formats' email refuses
 *   addresses zod accepts), so the pattern, which zod checks too, is the rule.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { envelopeSchemas } from '../src/schemas/index.js';
import { jsonSchemaRules } from '../src/schemas/rules.js';
import { conformanceCorpus } from '../src/schemas/conformance.js';

const UNKNOWN_PROPERTIES =
  'Unknown properties are allowed and ignored: a newer widget may send a field this version does not name. A receiver stores only the properties named here.';

/** The file name of a payload type's schema. */
export const schemaFileName = (type: string, version: number) => `${type}.v${version}.schema.json`;

/** `\d` as `[0-9]` (or `0-9` inside a character class). */
function asciiDigits(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1];
      out += next === 'd' ? (inClass ? '0-9' : '[0-9]') : char + next;
      i++;
    } else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      out += char;
    }
  }
  return out;
}

/** Rewrites the generated tree in place as the header says. */
function portable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(portable);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  for (const value of Object.values(schema)) portable(value);
  delete schema.format;
  if (typeof schema.pattern === 'string') {
    const pattern = asciiDigits(schema.pattern);
    schema.pattern = pattern;
    if (/(^|[^\\])\$$/.test(pattern)) {
      if (schema.not) throw new Error(`a pattern's newline guard would replace a "not": ${JSON.stringify(schema)}`);
      schema.not = { pattern: '\\n$' };
    }
  }
}

/** The JSON Schema of one envelope schema. */
export function jsonSchemaOf(schema: z.core.$ZodType, type: string, version: number): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => Object.assign(jsonSchema, jsonSchemaRules.get(zodSchema)),
  }) as Record<string, unknown>;
  portable(generated);
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaFileName(type, version), title: `${type} submission, version ${version}`, description: UNKNOWN_PROPERTIES, ...rest };
}

/** Writes the files into `outDir` and returns their paths. */
export function buildJsonSchemas(outDir: string): string[] {
  mkdirSync(join(outDir, 'conformance'), { recursive: true });
  const corpus = conformanceCorpus();
  return Object.entries(envelopeSchemas).flatMap(([type, schema]) => {
    const version = schema.shape.schemaVersion.def.values[0];
    const path = join(outDir, schemaFileName(type, version));
    writeFileSync(path, `${JSON.stringify(jsonSchemaOf(schema, type, version), null, 2)}\n`);
    const cases = corpus[`${type}.v${version}`];
    if (!cases) throw new Error(`src/schemas/conformance.ts has no cases for ${type} version ${version}`);
    const corpusPath = join(outDir, 'conformance', `${type}.v${version}.json`);
    writeFileSync(corpusPath, `${JSON.stringify({ schema: schemaFileName(type, version), ...cases }, null, 2)}\n`);
    return [path, corpusPath];
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: tsx .config/build-json-schemas.ts <outDir>');
    process.exit(2);
  }
  for (const path of buildJsonSchemas(outDir)) console.log(`wrote ${path}`);
}
