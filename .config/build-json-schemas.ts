/**
 * Writes one JSON Schema per payload type, `<type>.v<version>.schema.json`, generated from the zod
 * schemas in src/schemas/ with `z.toJSONSchema`, so a receiver in any language validates exactly what
 * the widgets send. Run: `tsx .config/build-json-schemas.ts <outDir>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { envelopeSchemas } from '../src/schemas/index.js';

/** Writes the files into `outDir` and returns their paths. */
export function buildJsonSchemas(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return Object.entries(envelopeSchemas).map(([type, schema]) => {
    const version = schema.shape.schemaVersion.def.values[0];
    const name = `${type}.v${String(version)}.schema.json`;
    const jsonSchema = { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: name, title: `${type} submission, version ${String(version)}` };
    const path = join(outDir, name);
    writeFileSync(path, `${JSON.stringify(jsonSchema, null, 2)}\n`);
    return path;
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
