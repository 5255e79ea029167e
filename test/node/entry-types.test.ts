/**
 * What a TypeScript app gets from each entry of the package on its own: importing only
 * `survivor-informed-widgets/<element>/define.js` must bring that element's tag (HTMLElementTagNameMap)
 * and its events' types (HTMLElementEventMap), with `moduleResolution` bundler and node16 alike. The
 * test installs the package's declarations the way npm would (a temporary node_modules) and compiles a
 * small app per entry with the TypeScript API.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
let workspace: string;
let app: string;

/** An app that uses one element and one of its events; a missing event type fails on `detail`. */
const ENTRIES: Record<string, string> = {
  'si-ta-request': `const form = document.createElement('si-ta-request');
form.endpoint = 'https://intake.example.gov/api/submissions';
form.addEventListener('si-submitted', (event) => console.log(event.detail.reference ?? event.detail.status));`,
  'si-checklist': `const list = document.querySelector('si-checklist');
list?.addEventListener('si-change', (event) => console.log(event.detail.name));`,
  'si-self-assessment': `const assessment = document.createElement('si-self-assessment');
assessment.addEventListener('si-queued', (event) => console.log(event.detail.reason));`,
  'si-hotline-banner': `const banner = document.createElement('si-hotline-banner');
banner.preset = 'colorado';
banner.addEventListener('si-exit', (event) => console.log(event.detail.url));`,
  'si-quick-exit': `const exit = document.createElement('si-quick-exit');
exit.exitUrl = 'https://www.weather.gov/';
exit.addEventListener('si-exit', (event) => console.log(event.detail.trigger));`,
  'si-values-badge': `const badge = document.createElement('si-values-badge');
badge.variant = 'card';
const value: HTMLElement = document.createElement('si-value');
console.log(value.localName);`,
  'si-config': `const config = document.createElement('si-config');
config.endpoint = 'https://intake.example.gov/api/submissions';
config.persist = 'none';`,
};

before(() => {
  workspace = mkdtempSync(join(tmpdir(), 'si-entry-types-'));
  const installed = join(workspace, 'node_modules', 'survivor-informed-widgets');
  mkdirSync(installed, { recursive: true });
  const built = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, '.config/tsconfig.build.json'), '--outDir', join(installed, 'dist/types')],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(built.status, 0, `the declarations build: ${built.stdout}${built.stderr}`);
  copyFileSync(join(root, 'package.json'), join(installed, 'package.json'));
  // The package's own dependencies (lit, zod), found from inside it as npm would place them.
  symlinkSync(join(root, 'node_modules'), join(installed, 'node_modules'), 'dir');
  app = join(workspace, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ type: 'module' }));
  symlinkSync(join(workspace, 'node_modules'), join(app, 'node_modules'), 'dir');
});

after(() => rmSync(workspace, { recursive: true, force: true }));

function compile(entry: string, resolution: 'bundler' | 'node16'): string[] {
  const file = join(app, `${entry}-${resolution}.ts`);
  writeFileSync(file, `import 'survivor-informed-widgets/${entry}/define.js';\n${ENTRIES[entry]}\nexport {};\n`);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
    ...(resolution === 'bundler'
      ? { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }
      : { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }),
  };
  const program = ts.createProgram([file], options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

for (const resolution of ['bundler', 'node16'] as const) {
  describe(`each define.js alone, moduleResolution ${resolution}`, () => {
    for (const entry of Object.keys(ENTRIES)) {
      it(`${entry}/define.js brings its tag and its events' types`, () => {
        assert.deepEqual(compile(entry, resolution), []);
      });
    }
  });
}
