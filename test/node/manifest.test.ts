/**
 * custom-elements.json as IDEs, Storybook's Docs pages and JSX typings read it: every element with its
 * tag, marked as a custom element, documented, and listing its public contract only.
 * `npm test` makes the manifest before this runs (an analysis of the sources, not a build).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Array<{ name: string; privacy?: string; static?: boolean }>;
  attributes?: Array<{ name: string; description?: string }>;
  events?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string }>;
  cssStates?: Array<{ name: string }>;
}

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../custom-elements.json'), 'utf8')) as {
  modules: Array<{ declarations?: Declaration[] }>;
};
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = declarations.filter((declaration) => declaration.customElement);
const byTag = new Map(elements.map((element) => [element.tagName, element]));

const WIDGETS = ['si-hotline-banner', 'si-quick-exit', 'si-values-badge', 'si-checklist', 'si-ta-request', 'si-self-assessment', 'si-config'];

describe('custom-elements.json', () => {
  it('names all seven elements (and si-value) with their tag, as custom elements', () => {
    assert.deepEqual([...byTag.keys()].sort(), [...WIDGETS, 'si-value'].sort());
    for (const element of elements) assert.equal(element.customElement, true, element.name);
  });

  it('marks no class without a tag as an element (the shared base class is not one)', () => {
    assert.deepEqual(
      elements.filter((element) => !element.tagName).map((element) => element.name),
      [],
    );
  });

  it('lists no private, protected, static or `_` member', () => {
    for (const element of elements) {
      const hidden = (element.members ?? []).filter((member) => member.privacy || member.static || /^[_#]/.test(member.name));
      assert.deepEqual(
        hidden.map((member) => member.name),
        [],
        `${element.tagName}`,
      );
    }
  });

  it('gives every widget a summary and describes each attribute and event', () => {
    for (const tag of WIDGETS) {
      const element = byTag.get(tag)!;
      assert.ok(element.summary, `${tag} has a @summary`);
      assert.ok(element.description, `${tag} has a description before its tags`);
      for (const attribute of element.attributes ?? []) assert.ok(attribute.description, `${tag} [${attribute.name}] is described`);
      for (const event of element.events ?? []) assert.ok(event.description, `${tag} @fires ${event.name} is described`);
    }
  });

  it('lists the custom states of the widgets that have them', () => {
    const states = (tag: string) => (byTag.get(tag)!.cssStates ?? []).map((state) => state.name).sort();
    assert.deepEqual(states('si-hotline-banner'), ['dismissed', 'exited', 'expanded']);
    assert.deepEqual(states('si-quick-exit'), ['exited', 'fixed']);
    assert.deepEqual(states('si-ta-request'), ['exited', 'failed', 'invalid', 'queued', 'sending', 'sent']);
    assert.deepEqual(states('si-checklist'), ['complete', 'exited', 'invalid', 'loading', 'sent']);
  });
});
