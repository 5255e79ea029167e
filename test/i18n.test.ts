import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale, toSupportedLocale } from '../src/core/i18n.js';
import '../src/elements/si-config/define.js';
import './fixtures/settings-probe.js';
import type { SettingsProbe } from './fixtures/settings-probe.js';
import { settle } from './shared/story-sweep.js';

const greeting = (probe: Element) => probe.shadowRoot!.getElementById('greeting')!.textContent;

describe('language', () => {
  afterEach(() => (document.documentElement.lang = 'en'));

  it('reduces language tags to a supported language or nothing', () => {
    expect(toSupportedLocale('es-MX')).to.equal('es');
    expect(toSupportedLocale('ES')).to.equal('es');
    expect(toSupportedLocale('en_US')).to.equal('en');
    expect(toSupportedLocale('fr')).to.equal(undefined);
    expect(toSupportedLocale('')).to.equal(undefined);
    expect(toSupportedLocale(null)).to.equal(undefined);
  });

  it('prefers the widget, then si-config, then the document', () => {
    expect(resolveLocale('es', 'en', 'en')).to.equal('es');
    expect(resolveLocale('', 'es', 'en')).to.equal('es');
    expect(resolveLocale('fr', '', 'es')).to.equal('es');
    expect(resolveLocale(undefined, undefined, 'de')).to.equal('en');
  });

  it('follows its own lang, then si-config, then the page, and marks its text with the language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <settings-probe id="own" lang="es"></settings-probe>
      <si-config locale="es"><settings-probe id="configured"></settings-probe></si-config>
      <settings-probe id="page"></settings-probe>
    </div>`);
    await settle(wrapper);
    expect(greeting(wrapper.querySelector('#own')!)).to.equal('Hola');
    expect(greeting(wrapper.querySelector('#configured')!)).to.equal('Hola');
    expect(greeting(wrapper.querySelector('#page')!)).to.equal('Hello');
    expect(wrapper.querySelector('#own')!.shadowRoot!.querySelector('p')!.lang).to.equal('es');
  });

  it('re-renders when the page language changes, and back', async () => {
    const probe = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
    expect(greeting(probe)).to.equal('Hello');
    document.documentElement.lang = 'es-US';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(greeting(probe)).to.equal('Hola');
    expect(probe.shadowRoot!.getElementById('count')!.textContent).to.equal('3 elementos');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(greeting(probe)).to.equal('Hello');
  });

  it('re-renders when its own lang attribute changes', async () => {
    const probe = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
    probe.setAttribute('lang', 'es');
    await probe.updateComplete;
    expect(greeting(probe)).to.equal('Hola');
  });
});
