import { expect, fixture, html } from '@open-wc/testing';
import './fixtures/settings-probe.js';
import type { SettingsProbe } from './fixtures/settings-probe.js';
import { settle } from './shared/story-sweep.js';

const text = (probe: Element, id: string) => probe.shadowRoot!.getElementById(id)!.textContent;

describe('settings precedence (widget attribute > <si-config> > default)', () => {
  it('uses the default when nothing is configured', async () => {
    const probe = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
    expect(text(probe, 'endpoint')).to.equal('none');
    expect(text(probe, 'persist')).to.equal('session');
  });

  it('works when <si-config> upgrades after the widgets inside it', async () => {
    // si-config is not defined yet in this file: the widget asks for settings and nobody answers.
    expect(customElements.get('si-config')).to.equal(undefined);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <si-config endpoint="https://intake.example.org/ta" org="Tri-County Coalition" persist="local">
        <settings-probe></settings-probe>
        <settings-probe endpoint="https://own.example.org/in" org="Own Org"></settings-probe>
      </si-config>
    </div>`);
    const [inherits, overrides] = wrapper.querySelectorAll<SettingsProbe>('settings-probe');
    expect(text(inherits, 'endpoint')).to.equal('none');

    await import('../src/elements/si-config/define.js');
    await settle(wrapper);
    expect(text(inherits, 'endpoint')).to.equal('https://intake.example.org/ta');
    expect(text(inherits, 'org')).to.equal('Tri-County Coalition');
    expect(text(inherits, 'persist')).to.equal('local');
    expect(text(overrides, 'endpoint'), 'the widget attribute wins').to.equal('https://own.example.org/in');
    expect(text(overrides, 'org')).to.equal('Own Org');
    expect(text(overrides, 'persist'), 'what the widget does not set still comes from si-config').to.equal('local');
  });

  it('follows changes to <si-config> after first render', async () => {
    await import('../src/elements/si-config/define.js');
    const wrapper = await fixture<HTMLElement>(html`<si-config org="First"><settings-probe></settings-probe></si-config>`);
    const probe = wrapper.querySelector<SettingsProbe>('settings-probe')!;
    await settle(wrapper);
    expect(text(probe, 'org')).to.equal('First');
    wrapper.setAttribute('org', 'Second');
    await settle(wrapper.parentElement!);
    expect(text(probe, 'org')).to.equal('Second');
  });

  it('ignores a bad persist value on <si-config> and says so once', async () => {
    await import('../src/elements/si-config/define.js');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const wrapper = await fixture<HTMLElement>(html`<si-config persist="forever"><settings-probe></settings-probe></si-config>`);
      await settle(wrapper);
      expect(text(wrapper.querySelector('settings-probe')!, 'persist')).to.equal('session');
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });
});
