/**
 * Writes `src/cms/wordpress/includes/elements.php`: what the WordPress plugin knows about the elements,
 * generated so it cannot drift from them. From `custom-elements.json` (the analysis of the elements'
 * JSDoc): every `si-*` tag, its documented attributes (boolean or text, default, description) and its
 * named slots; the plugin builds its kses allow-list, its shortcodes and its blocks from these. From the
 * content modules in src/content and the payload schemas: the ids an attribute may name (hotline presets,
 * value sets and their values, checklist sets, county regions, request types) and the hotline facts and
 * value names the plugin prints as fallback text, in English and Spanish.
 *
 * `tsx .config/wordpress/elements.ts` writes the file (after `cem analyze`); with `--check` it only
 * compares and exits 1 when the committed file is out of date (test/wordpress/generated.test.ts does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKLIST_SET_IDS, checklists } from '../../src/content/checklists.js';
import { countySets } from '../../src/content/counties.js';
import { HOTLINE_PRESETS, hotlines } from '../../src/content/hotlines.js';
import { hotlinesEs } from '../../src/content/hotlines.es.js';
import { VALUE_SET_IDS, valueSets } from '../../src/content/values.js';
import { REQUEST_TYPES } from '../../src/schemas/ta-request.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const ELEMENTS_PHP = resolve(root, 'src/cms/wordpress/includes/elements.php');
export const MANIFEST = resolve(root, 'custom-elements.json');

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
  slots?: Array<{ name: string }>;
}
interface Manifest {
  modules: Array<{ path: string; declarations?: ManifestDeclaration[] }>;
}

type PhpValue = string | number | boolean | null | readonly PhpValue[] | { readonly [key: string]: PhpValue };

/** A PHP literal: single-quoted strings, short arrays, one tab per level (WordPress's style). */
function php(value: PhpValue, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  const inner = '\t'.repeat(depth + 1);
  const entries = Array.isArray(value)
    ? (value as readonly PhpValue[]).map((item) => `${inner}${php(item, depth + 1)},`)
    : Object.entries(value).map(([key, item]) => `${inner}${php(key)} => ${php(item as PhpValue, depth + 1)},`);
  return entries.length ? `array(\n${entries.join('\n')}\n${'\t'.repeat(depth)})` : 'array()';
}

/** `'national'` → `national`; an expression such as `DEFAULT_SET` → null (the description says it). */
function literalDefault(text: string | undefined): string | null {
  const match = /^'([^'\\]*)'$/.exec(text ?? '');
  return match ? match[1] : null;
}

/** Collapses the JSDoc's line breaks and Markdown code marks into one plain sentence. */
const plain = (text: string | undefined) => (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

export function elementsFromManifest(manifest: Manifest): Record<string, PhpValue> {
  const declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ManifestDeclaration & { tagName: string } => !!declaration.tagName?.startsWith('si-'))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const elements: Record<string, PhpValue> = {};
  for (const declaration of declarations) {
    const attributes: Record<string, PhpValue> = {};
    for (const attribute of declaration.attributes ?? []) {
      attributes[attribute.name] = {
        type: attribute.type?.text === 'boolean' ? 'boolean' : 'string',
        default: literalDefault(attribute.default),
        description: plain(attribute.description),
      };
    }
    elements[declaration.tagName] = {
      summary: plain(declaration.summary),
      attributes,
      slots: (declaration.slots ?? []).map((slot) => slot.name).filter(Boolean),
    };
  }
  return elements;
}

/** What the content modules say that the plugin needs: ids to check attributes against, and fallback text. */
export function contentFacts(): Record<string, PhpValue> {
  const presets: Record<string, PhpValue> = {};
  for (const id of HOTLINE_PRESETS) {
    const preset = hotlines[id];
    presets[id] = {
      phone: preset.phone,
      phone_words: preset.phoneWords ?? '',
      sms: preset.sms ?? '',
      sms_keyword: preset.smsKeyword ?? '',
      tty: preset.tty ?? '',
      chat_url: preset.chatUrl ?? '',
      text: { en: { ...preset.text }, es: { ...hotlinesEs[id] } },
    };
  }
  const sets: Record<string, PhpValue> = {};
  for (const id of VALUE_SET_IDS) {
    sets[id] = Object.fromEntries(valueSets[id].values.map((value) => [value.id, { en: value.name.en, es: value.name.es }]));
  }
  const checklistTitles: Record<string, PhpValue> = {};
  for (const id of CHECKLIST_SET_IDS) checklistTitles[id] = { en: checklists[id].title.en, es: checklists[id].title.es };
  return {
    hotline_presets: presets,
    value_sets: sets,
    checklist_sets: checklistTitles,
    county_regions: Object.keys(countySets).sort(),
    request_types: [...REQUEST_TYPES],
  };
}

export function renderElementsPhp(manifest: Manifest): string {
  const data = { elements: elementsFromManifest(manifest), ...contentFacts() };
  return `<?php
/**
 * Generated by .config/wordpress/elements.ts from custom-elements.json and src/content: do not edit.
 * Run \`npm run wordpress:generate\` after changing an element's attributes or the content sets;
 * test/wordpress/generated.test.ts fails while this file is out of date.
 *
 * @package SurvivorInformedWidgets
 */

defined( 'ABSPATH' ) || exit;

return ${php(data)};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  const text = renderElementsPhp(manifest);
  if (process.argv.includes('--check')) {
    const current = readFileSync(ELEMENTS_PHP, 'utf8');
    if (current !== text) {
      console.error('src/cms/wordpress/includes/elements.php is out of date: run `npm run wordpress:generate`.');
      process.exit(1);
    }
    console.log('src/cms/wordpress/includes/elements.php matches custom-elements.json and src/content.');
  } else {
    writeFileSync(ELEMENTS_PHP, text);
    console.log(`wrote ${ELEMENTS_PHP}`);
  }
}
