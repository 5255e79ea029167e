/**
 * Table tests for the pure parts of delivery: which answers are retried, how `Retry-After` is read,
 * the backoff's bounds, and which endpoints are refused.
 */
import { expect } from '@open-wc/testing';
import { checkEndpoint, type EndpointProblem } from '../../src/core/delivery/endpoint-policy.js';
import { backoffDelay, classifyStatus, parseRetryAfter, type Verdict } from '../../src/core/delivery/retry-policy.js';

describe('retry classification', () => {
  const table: Array<[number, Verdict]> = [
    [200, 'delivered'],
    [201, 'delivered'],
    [202, 'delivered'],
    [204, 'delivered'],
    [299, 'delivered'],
    [408, 'retry'],
    [409, 'retry'],
    [425, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
    [599, 'retry'],
    [400, 'fields'],
    [422, 'fields'],
    [401, 'permanent'],
    [403, 'permanent'],
    [404, 'permanent'],
    [405, 'permanent'],
    [410, 'permanent'],
    [413, 'permanent'],
    [415, 'permanent'],
    [418, 'permanent'],
    [426, 'permanent'],
    [451, 'permanent'],
    [300, 'redirect'],
    [301, 'redirect'],
    [302, 'redirect'],
    [303, 'redirect'],
    [304, 'redirect'],
    [307, 'redirect'],
    [308, 'redirect'],
    [399, 'redirect'],
    [100, 'permanent'],
  ];
  for (const [status, verdict] of table) {
    it(`${status} → ${verdict}`, () => expect(classifyStatus(status)).to.equal(verdict));
  }
});

describe('Retry-After', () => {
  const now = Date.UTC(2026, 2, 2, 9, 30, 0);
  const table: Array<[string | null, number | undefined, string]> = [
    ['0', 0, 'zero seconds'],
    ['7', 7000, 'seconds'],
    ['  120 ', 120_000, 'seconds with spaces'],
    ['86400', 86_400_000, 'a day (the caller caps it)'],
    ['Mon, 02 Mar 2026 09:30:30 GMT', 30_000, 'IMF-fixdate in the future'],
    ['Mon, 02 Mar 2026 09:29:00 GMT', 0, 'a date in the past is now'],
    ['Monday, 02-Mar-26 09:31:00 GMT', 60_000, 'RFC 850 date'],
    ['Mon Mar  2 09:30:10 2026', 10_000, 'asctime date'],
    [null, undefined, 'absent'],
    ['', undefined, 'empty'],
    ['-5', undefined, 'negative'],
    ['1.5', undefined, 'fractional'],
    ['soon', undefined, 'a word'],
    ['5 apples', undefined, 'digits and words'],
    ['0x10', undefined, 'hex'],
    ['1e3', undefined, 'exponent'],
    ['Mon, 99 Foo 2026 99:99:99 GMT', undefined, 'a date-shaped nonsense'],
    ['Tomorrow, 10:00:00 GMT', undefined, 'not a day name'],
    ['2026-03-02T09:31:00Z', undefined, 'ISO 8601 is not an HTTP date'],
  ];
  for (const [value, expected, label] of table) {
    it(`${label}: ${JSON.stringify(value)} → ${String(expected)}`, () => expect(parseRetryAfter(value, now)).to.equal(expected));
  }
});

describe('backoff with full jitter', () => {
  it('stays between 0 and base·2^(n−1), capped', () => {
    expect(backoffDelay(1, () => 0.999999, 1000, 30_000)).to.equal(999);
    expect(backoffDelay(3, () => 0.999999, 1000, 30_000)).to.equal(3999);
    expect(backoffDelay(10, () => 0.999999, 1000, 30_000)).to.equal(29_999);
    expect(backoffDelay(4, () => 0, 1000, 30_000)).to.equal(0);
    expect(backoffDelay(2, () => 0.5, 1000, 30_000)).to.equal(1000);
  });
});

describe('endpoint policy', () => {
  const httpsPage = 'https://county.example.gov/services/training?x=1#top';
  const httpPage = 'http://county.example.gov/services/training';
  const localPage = 'http://localhost:8787/request-training';

  const refused: Array<[string, string, EndpointProblem]> = [
    ['', httpsPage, 'missing'],
    ['   ', httpsPage, 'missing'],
    ['javascript:alert(1)', httpsPage, 'scheme'],
    [' JAVASCRIPT:alert(1)', httpsPage, 'scheme'],
    ['JaVaScRiPt:alert(1)', httpsPage, 'scheme'],
    ['java\nscript:alert(1)', httpsPage, 'invalid'],
    ['java\tscript:alert(1)', httpsPage, 'invalid'],
    ['ht\ttps://intake.example.org/ta', httpsPage, 'invalid'],
    ['ht tps://intake.example.org/ta', httpsPage, 'invalid'],
    ['https ://intake.example.org/ta', httpsPage, 'invalid'],
    ['https:\\\\evil.example', httpsPage, 'invalid'],
    ['https://intake.example.org\\@evil.example', httpsPage, 'invalid'],
    ['https://intake.example.org/a\u0000b', httpsPage, 'invalid'],
    ['https://intake.example.org/\u00a0x', httpsPage, 'invalid'],
    ['data:application/json,{}', httpsPage, 'scheme'],
    ['DATA:text/html,<script>alert(1)</script>', httpsPage, 'scheme'],
    ['blob:https://county.example.gov/0b5c1e2a-4f7d-4c3b-9a52-1c0f7e6d2b11', httpsPage, 'scheme'],
    ['file:///etc/passwd', httpsPage, 'scheme'],
    ['ftp://intake.example.org/ta', httpsPage, 'scheme'],
    ['ws://localhost:8787/api', httpsPage, 'scheme'],
    ['wss://intake.example.org/api', httpsPage, 'scheme'],
    ['mailto:intake@example.org', httpsPage, 'scheme'],
    ['vbscript:msgbox(1)', httpsPage, 'scheme'],
    ['http://example.org/api/submissions', httpsPage, 'insecure'],
    ['HTTP://EXAMPLE.ORG/api', httpsPage, 'insecure'],
    ['http://localhost.evil.example/api', httpsPage, 'insecure'],
    ['http://127.0.0.2/api', httpsPage, 'insecure'],
    ['http://0.0.0.0:8787/api', httpsPage, 'insecure'],
    ['http://192.168.1.10/api', httpsPage, 'insecure'],
    ['//evil.example/api', httpPage, 'insecure'],
    ['/api/submissions', httpPage, 'insecure'],
    ['api/submissions', httpPage, 'insecure'],
    ['https://good.example@evil.example/api', httpsPage, 'credentials'],
    ['https://user:secret@intake.example.org/ta', httpsPage, 'credentials'],
    ['https://:secret@intake.example.org/ta', httpsPage, 'credentials'],
    ['http://user@localhost:8787/api', localPage, 'credentials'],
    ['https://', httpsPage, 'invalid'],
    ['https://exa mple.org/', httpsPage, 'invalid'],
    ['http://[::1', httpsPage, 'invalid'],
    ['/api/submissions', 'about:blank', 'invalid'],
  ];
  for (const [raw, page, problem] of refused) {
    it(`refuses ${JSON.stringify(raw)} on ${page.split('/')[0]}//… (${problem})`, () => {
      expect(checkEndpoint(raw, page)).to.deep.equal({ problem });
    });
  }
  it(`has at least 25 refused cases (${refused.length})`, () => expect(refused.length).to.be.at.least(25));

  const accepted: Array<[string | undefined, string, string]> = [
    ['https://intake.example.org/ta', httpsPage, 'https://intake.example.org/ta'],
    ['HTTPS://Intake.Example.ORG/ta', httpsPage, 'https://intake.example.org/ta'],
    ['  https://intake.example.org/ta  ', httpsPage, 'https://intake.example.org/ta'],
    ['https://intake.example.org:8443/api/submissions?form=ta', httpsPage, 'https://intake.example.org:8443/api/submissions?form=ta'],
    ['https://intake.example.org/ta', httpPage, 'https://intake.example.org/ta'],
    ['http://localhost:8787/api/submissions', httpsPage, 'http://localhost:8787/api/submissions'],
    ['http://LOCALHOST:8787/api', httpsPage, 'http://localhost:8787/api'],
    ['http://127.0.0.1/api', httpsPage, 'http://127.0.0.1/api'],
    ['http://127.0.0.1:8787/api/submissions', httpsPage, 'http://127.0.0.1:8787/api/submissions'],
    ['http://[::1]:8787/api', httpsPage, 'http://[::1]:8787/api'],
    ['/api/submissions', httpsPage, 'https://county.example.gov/api/submissions'],
    ['/api/submissions', localPage, 'http://localhost:8787/api/submissions'],
    ['api/submissions', 'https://county.example.gov/services/', 'https://county.example.gov/services/api/submissions'],
    ['//intake.example.org/ta', httpsPage, 'https://intake.example.org/ta'],
  ];
  for (const [raw, page, url] of accepted) {
    it(`accepts ${JSON.stringify(raw)} on ${page.split('/')[0]}//… as ${url}`, () => {
      expect(checkEndpoint(raw, page)).to.deep.equal({ url });
    });
  }
});
