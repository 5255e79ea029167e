// `npm run build`: the npm build (ESM per module, lit external), type declarations,
// custom-elements.json, the JSON Schemas of every payload, the one-file CDN build, the loader, and the
// WordPress plugin's zip (dist/wordpress/survivor-informed-widgets.zip).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

function step(title, command, args) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build step failed: ${title}`);
    process.exit(result.status ?? 1);
  }
}

step('ESM modules (lit external)', 'npx', ['vite', 'build']);
step('type declarations', 'npx', ['tsc', '-p', '.config/tsconfig.build.json']);
step('custom-elements.json', 'npx', ['cem', 'analyze', '--config', '.config/custom-elements-manifest.config.mjs']);
mkdirSync('dist', { recursive: true });
copyFileSync('custom-elements.json', 'dist/custom-elements.json');
step('JSON Schemas', 'npx', ['tsx', '.config/build-json-schemas.ts', 'dist/json-schema']);
step('CDN file', 'npx', ['vite', 'build', '--mode', 'cdn']);
step('CDN loader and its element modules', 'npx', ['vite', 'build', '--mode', 'cdn-loader']);
step('WordPress plugin zip (with its own copy of dist/cdn)', 'npx', ['tsx', '.config/wordpress/pack.ts']);
