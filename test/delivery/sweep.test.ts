/**
 * Expired `si:` entries used to stay in storage until a widget of their kind read them again: a draft
 * with a name and an email, a request in the outbox. Now the first widget to start on a page, of any
 * kind, removes every expired (or damaged) `si:` entry from local and session storage. Its own file:
 * the sweep runs once per page load, so no other widget may start before this test's.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/elements/si-values-badge/define.js';
import { settle } from '../shared/story-sweep.js';

const siKeys = (storage: Storage) =>
  Object.keys(storage)
    .filter((key) => key.startsWith('si:'))
    .sort();

afterEach(() => {
  fixtureCleanup();
  for (const storage of [localStorage, sessionStorage]) for (const key of siKeys(storage)) storage.removeItem(key);
  localStorage.removeItem('host:expired-looking');
});

describe('the sweep of expired si: entries', () => {
  it('runs when any widget starts (here a values badge, which stores nothing itself)', async () => {
    const now = Date.now();
    const expired = (value: unknown) => JSON.stringify({ value, expiresAt: now - 1 });
    const live = (value: unknown) => JSON.stringify({ value, expiresAt: now + 60 * 60_000 });
    localStorage.setItem('si:ta-request:draft', expired({ requesterName: 'Dana Reyes', email: 'dana@example.org' }));
    localStorage.setItem('si:outbox:ta-request:00000000-0000-4000-8000-000000000001', expired({ id: 'x', body: '{}' }));
    localStorage.setItem('si:checklist:survivor-informed-practice:1', live({ checked: ['assess'] }));
    localStorage.setItem('si:damaged', '{not json');
    localStorage.setItem('host:expired-looking', expired('the host page’s own, not ours'));
    sessionStorage.setItem('si:self-assessment:survivor-informed-organization', expired({ answers: {} }));
    sessionStorage.setItem('si:hotline-banner:dismissed:national', live({ dismissed: true }));

    const wrapper = await fixture<HTMLElement>(html`<div><si-values-badge></si-values-badge></div>`);
    await settle(wrapper);

    expect(siKeys(localStorage)).to.deep.equal(['si:checklist:survivor-informed-practice:1']);
    expect(siKeys(sessionStorage)).to.deep.equal(['si:hotline-banner:dismissed:national']);
    expect(localStorage.getItem('host:expired-looking'), 'only si: entries are ours').to.not.equal(null);
  });
});
