/**
 * Slow suite, the attribute fuzz: hostile values on every attribute of every widget (test/shared/fuzz.ts),
 * and the values each widget must refuse with a visible configuration message.
 */
import './every-widget-page.js';
import { STUB_ENDPOINT } from '../../stories/support/ta-request-stub.js';
import { fuzzAttributes } from '../shared/fuzz.js';

describe('slow: attribute fuzz', () => {
  fuzzAttributes({
    tag: 'si-checklist',
    baseline: { persist: 'none' },
    attributes: ['set', 'src', 'name', 'org', 'persist', 'endpoint', 'lang', 'heading-level'],
    refused: {
      set: ['self-care', '__proto__', 'constructor'],
      'heading-level': ['0', '7', 'h2', '2.5', '-1', 'two'],
      persist: ['forever', 'cookie'],
      src: [
        'javascript:alert(1)',
        'http://example.org/checklist.json',
        'data:application/json,{}',
        'https://user:pw@example.org/checklist.json',
        'x'.repeat(3000),
      ],
      endpoint: ['http://intake.example.org/checklists', 'javascript:alert(1)', 'https://user:pw@intake.example.org/c', 'mailto:intake@example.org'],
    },
    runs: 20,
  });

  fuzzAttributes({
    tag: 'si-hotline-banner',
    attributes: [
      'preset',
      'name',
      'phone',
      'sms',
      'sms-keyword',
      'chat-url',
      'tty',
      'hours',
      'languages',
      'position',
      'persist',
      'exit-url',
      'safety-href',
      'no-shift-shortcut',
    ],
    refused: {
      phone: ['12', '555-0142', '1-800-FLOWERS', 'javascript:alert(1)', '+1', '911; drop'],
      sms: ['call me', '23-37-33', 'sms:233733'],
      tty: ['7-1-1', 'TTY'],
      'chat-url': ['javascript:alert(1)', 'data:text/html,x', 'http://example.org/chat', 'https://user:pw@example.org/'],
      'sms-keyword': ['HELP!', '<b>HI</b>', 'x'.repeat(21)],
      preset: ['nationwide', 'Colorado '],
      position: ['sticky'],
      persist: ['forever'],
    },
    runs: 12,
  });

  fuzzAttributes({
    tag: 'si-quick-exit',
    attributes: ['exit-url', 'safety-href', 'skip-link', 'no-shift-shortcut'],
    refused: {
      'exit-url': [
        'javascript:alert(1)',
        'data:text/html,<p>x</p>',
        'http://example.org/',
        'www.weather.gov',
        'https://user:secret@example.org/',
        'vbscript:msgbox(1)',
      ],
      'safety-href': ['javascript:alert(1)', 'data:text/html,x', 'http://example.org/safety', 'https://user:pw@example.org/'],
    },
    runs: 25,
  });

  fuzzAttributes({
    tag: 'si-self-assessment',
    attributes: ['src', 'endpoint', 'org', 'persist', 'share', 'ta-href', 'lang', 'heading-level'],
    baseline: { persist: 'none' },
    refused: {
      'heading-level': ['0', '7', 'h3', '1.5', '-2'],
      persist: ['forever', 'cookie'],
      share: ['everything', 'names'],
      'ta-href': ['javascript:alert(1)', 'http://example.org/ta', 'https://user:secret@example.org/ta', 'data:text/html,hi'],
      src: ['javascript:alert(1)', 'http://example.org/instrument.json', 'data:application/json,{}', 'https://user:secret@example.org/i.json'],
      endpoint: ['javascript:alert(1)', 'http://example.org/api', 'https://user:secret@example.org/api'],
    },
    runs: 15,
  });

  fuzzAttributes({
    tag: 'si-values-badge',
    attributes: ['set', 'values', 'org', 'href', 'assessed', 'assessment-href', 'variant'],
    refused: {
      set: ['samhsa', 'everything'],
      values: ['kindness', 'safety', 'survivor-informed __proto__'],
      href: ['javascript:alert(1)', 'data:text/html,hi', 'http://example.org/policy', 'https://user:secret@example.org/', 'vbscript:msgbox(1)'],
      'assessment-href': ['javascript:alert(1)', 'http://example.org/assessment', 'ftp://example.org/a'],
      assessed: ['2025-13-01', '2025-02-30', 'May 2025', '1e309'],
      variant: ['popup'],
    },
    runs: 25,
  });

  fuzzAttributes({
    tag: 'si-ta-request',
    baseline: { endpoint: `${STUB_ENDPOINT}/accept`, persist: 'none' },
    attributes: [
      'region',
      'counties',
      'cohorts',
      'topics',
      'request-types',
      'lead-days',
      'retention',
      'heading-level',
      'privacy-href',
      'endpoint',
      'org',
      'persist',
      'lang',
    ],
    refused: {
      region: ['XX', 'California', '__proto__'],
      'lead-days': ['-5', 'abc', '1.5', '366', '30 days'],
      'request-types': ['webinar', 'training, webinar', 'training;consultation'],
      'privacy-href': [
        'javascript:alert(1)',
        'http://example.org/privacy',
        'data:text/html,hi',
        'https://user:pw@example.org/privacy',
        'ftp://example.org/privacy',
      ],
      endpoint: ['http://intake.example.org/ta', 'javascript:alert(1)', 'https://user:pw@intake.example.org/ta', 'mailto:intake@example.org'],
      persist: ['forever', 'cookie'],
      counties: [',,,', 'x'.repeat(121)],
      topics: [' , ', 'y'.repeat(121)],
      cohorts: [', ,', 'z'.repeat(121), Array.from({ length: 21 }, (_, n) => `Cohort ${n}`).join(',')],
      retention: ['12', 'forever', '0 months', '12 moons', '1000 days', '-3 weeks'],
      'heading-level': ['0', '7', 'h2', '2.5'],
    },
    runs: 25,
  });
});
