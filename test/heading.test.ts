/** The headings a widget renders at the level its host page sets with `heading-level`. */
import { expect, fixture, html } from '@open-wc/testing';
import { heading, parseHeadingLevel } from '../src/core/heading.js';

describe('heading levels', () => {
  it('reads heading-level: 1 to 6, 2 when empty, nothing else', () => {
    expect(['', ' ', '1', '3', '6'].map(parseHeadingLevel)).to.deep.equal([2, 2, 1, 3, 6]);
    expect(['0', '7', '2.5', 'h3', '-1', 'two'].map(parseHeadingLevel)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('renders the widget heading at the level and sub-headings below it, with their attributes', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      ${heading(3, 0, 'Request training', { id: 'title', part: 'heading', focusable: true, lang: 'en' })} ${heading(3, 1, 'About you', { class: 'sub' })}
    </div>`);
    const [title, sub] = [...root.querySelectorAll('h3, h4')];
    expect(title.localName).to.equal('h3');
    expect(title.id).to.equal('title');
    expect(title.getAttribute('part')).to.equal('heading');
    expect(title.getAttribute('tabindex')).to.equal('-1');
    expect(title.getAttribute('lang')).to.equal('en');
    expect(sub.localName).to.equal('h4');
    expect(sub.className).to.equal('sub');
    expect(sub.hasAttribute('tabindex') || sub.hasAttribute('id') || sub.hasAttribute('part')).to.equal(false);
  });

  it('goes on nesting past h6 as an ARIA heading with its level', async () => {
    const root = await fixture<HTMLElement>(html`<div>${heading(6, 1, 'Next steps')}</div>`);
    const deep = root.querySelector('[role="heading"]')!;
    expect(deep.getAttribute('aria-level')).to.equal('7');
    expect(deep.textContent!.trim()).to.equal('Next steps');
  });
});
