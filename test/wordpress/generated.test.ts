/**
 * includes/elements.php is generated from custom-elements.json and src/content (.config/wordpress/elements.ts)
 * and committed, so the plugin runs from its source folder. This fails as soon as an element's documented
 * attributes or the content sets change without `npm run wordpress:generate`: the kses allow-list, the
 * shortcodes' attributes and the blocks cannot drift from the elements.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ELEMENTS_PHP, MANIFEST, elementsFromManifest, renderElementsPhp } from '../../.config/wordpress/elements.js';

const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : undefined;

test('custom-elements.json exists (npm test makes it first with cem analyze)', () => {
  assert.ok(manifest, 'run `npx cem analyze --config .config/custom-elements-manifest.config.mjs` first');
});

test('src/cms/wordpress/includes/elements.php is what the generator writes from custom-elements.json and src/content', () => {
  assert.equal(readFileSync(ELEMENTS_PHP, 'utf8'), renderElementsPhp(manifest), 'out of date: run `npm run wordpress:generate`');
});

test('the allow-list names every si-* element of the manifest with its documented attributes', () => {
  const elements = elementsFromManifest(manifest) as Record<string, { attributes: Record<string, { type: string }> }>;
  assert.deepEqual(Object.keys(elements), [
    'si-checklist',
    'si-config',
    'si-hotline-banner',
    'si-quick-exit',
    'si-self-assessment',
    'si-ta-request',
    'si-value',
    'si-values-badge',
  ]);
  assert.deepEqual(Object.keys(elements['si-quick-exit'].attributes), ['exit-url', 'safety-href', 'skip-link', 'no-shift-shortcut', 'lang']);
  assert.equal(elements['si-hotline-banner'].attributes['no-quick-exit'].type, 'boolean');
  assert.equal(elements['si-ta-request'].attributes['lead-days'].type, 'string');
});

test('a manifest change shows: an attribute added to an element changes the generated file', () => {
  const changed = structuredClone(manifest);
  const banner = changed.modules
    .flatMap((module: { declarations?: Array<{ tagName?: string; attributes?: unknown[] }> }) => module.declarations ?? [])
    .find((d: { tagName?: string }) => d.tagName === 'si-hotline-banner');
  banner.attributes.push({ name: 'new-attribute', type: { text: 'string' }, description: 'Added.' });
  assert.notEqual(renderElementsPhp(changed), readFileSync(ELEMENTS_PHP, 'utf8'));
  assert.match(renderElementsPhp(changed), /'new-attribute' => array\(/);
});
