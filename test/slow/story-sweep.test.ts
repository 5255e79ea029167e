/**
 * Slow suite, the story sweep: every story of every widget rendered, in English and in Spanish, and
 * checked with axe (WCAG 2.0–2.2 A/AA and best practice). A story added to any stories file is swept
 * without anyone listing it here.
 */
import { fixtureCleanup } from '@open-wc/testing';
import { setNavigator } from '../../src/core/quick-exit.js';
import { wipeAllStoredData } from '../../src/core/storage.js';
import '../../src/index.js';
import { installChecklistStub } from '../../stories/support/checklist-stub.js';
import { installAssessmentEndpoint } from '../../stories/support/self-assessment-stub.js';
import { installStubEndpoint } from '../../stories/support/ta-request-stub.js';
import * as checklist from '../../stories/si-checklist.stories.js';
import * as hotlineBanner from '../../stories/si-hotline-banner.stories.js';
import * as quickExit from '../../stories/si-quick-exit.stories.js';
import * as selfAssessment from '../../stories/si-self-assessment.stories.js';
import * as taRequest from '../../stories/si-ta-request.stories.js';
import * as valuesBadge from '../../stories/si-values-badge.stories.js';
import { sweepStories } from '../shared/story-sweep.js';

// The quick exit never leaves the test page here: exits go to a recorder, and the page is put back after each test.
let realNavigator: ReturnType<typeof setNavigator>;
beforeEach(() => {
  wipeAllStoredData();
  installChecklistStub();
  installStubEndpoint();
  installAssessmentEndpoint();
  realNavigator = setNavigator(() => undefined);
});
afterEach(() => {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  setNavigator(realNavigator);
  fixtureCleanup();
  wipeAllStoredData();
  document.documentElement.lang = 'en';
});

describe('slow: story sweep', () => {
  for (const stories of [hotlineBanner, quickExit, valuesBadge, checklist, taRequest, selfAssessment]) sweepStories(stories);
});
