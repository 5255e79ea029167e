/**
 * zod stays off a page that shows the built-in checklist or self-assessment: each element's module and
 * everything it imports statically has no zod in it, and zod arrives in a chunk of its own that the
 * element imports only when a host supplies content (its `parse` loads the schema module). The built-in
 * content is checked against the same schemas by the browser tests instead.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Metafile } from 'esbuild';

async function staticAndLazyInputs(entry: string): Promise<{ statically: Set<string>; lazily: Set<string> }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: 'dist/lazy-validators-test',
    write: false,
    metafile: true,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path].entryPoint === entry);
  assert.ok(start, `no output for ${entry}`);
  const reached = (from: string, kinds: ReadonlySet<string>, seen = new Set<string>()) => {
    if (seen.has(from)) return seen;
    seen.add(from);
    for (const imported of outputs[from].imports) if (kinds.has(imported.kind) && imported.path in outputs) reached(imported.path, kinds, seen);
    return seen;
  };
  const inputsOf = (files: Set<string>) => new Set([...files].flatMap((file) => Object.keys(outputs[file].inputs)));
  const statically = inputsOf(reached(start, new Set(['import-statement'])));
  const everything = inputsOf(reached(start, new Set(['import-statement', 'dynamic-import'])));
  return { statically, lazily: new Set([...everything].filter((input) => !statically.has(input))) };
}

const isZod = (input: string) => input.includes('node_modules/zod/');

describe('zod only for a host’s own content', () => {
  for (const [tag, schemaModule] of [
    ['si-checklist', 'src/content/checklist-schema.ts'],
    ['si-self-assessment', 'src/content/instrument-schema.ts'],
  ] as const) {
    it(`${tag}: no zod in what the element loads with the page, zod and ${schemaModule} only in what it loads for a host’s content`, async () => {
      const { statically, lazily } = await staticAndLazyInputs(`src/elements/${tag}/define.ts`);
      assert.deepEqual([...statically].filter(isZod), [], 'zod modules loaded with the element');
      assert.equal(statically.has(schemaModule), false, `${schemaModule} is loaded with the element`);
      assert.ok([...lazily].some(isZod), 'zod is in the lazily loaded chunks (so this test can tell the difference)');
      assert.ok(lazily.has(schemaModule));
      if (tag === 'si-self-assessment') assert.ok(lazily.has('src/content/self-assessment.en.ts'), 'the built-in instrument comes when a widget shows it');
    });
  }
});
