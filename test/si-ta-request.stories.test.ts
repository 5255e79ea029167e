/**
 * <si-ta-request>: every story (empty, invalid, filled, sending, sent, queued, failed, rejected,
 * misconfigured…) rendered and checked with axe in English and Spanish, and hostile attribute values.
 */
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-ta-request/define.js';
import * as stories from '../stories/si-ta-request.stories.js';
import { installStubEndpoint, STUB_ENDPOINT } from '../stories/support/ta-request-stub.js';
import { fuzzAttributes } from './shared/fuzz.js';
import { sweepStories } from './shared/story-sweep.js';

beforeEach(() => {
  wipeAllStoredData();
  installStubEndpoint();
});

sweepStories(stories);

fuzzAttributes({
  tag: 'si-ta-request',
  baseline: { endpoint: `${STUB_ENDPOINT}/accept`, persist: 'none' },
  attributes: ['region', 'counties', 'topics', 'request-types', 'lead-days', 'privacy-href', 'endpoint', 'org', 'persist', 'lang'],
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
  },
  runs: 25,
});
