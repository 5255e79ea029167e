/**
 * Slow suite, the story sweep: every story of every widget rendered, in English and in Spanish, and
 * checked with axe (WCAG 2.0–2.2 A/AA and best practice). A story added to any stories file is swept
 * without anyone listing it here.
 */
import './every-widget-page.js';
import * as checklist from '../../stories/si-checklist.stories.js';
import * as hotlineBanner from '../../stories/si-hotline-banner.stories.js';
import * as quickExit from '../../stories/si-quick-exit.stories.js';
import * as selfAssessment from '../../stories/si-self-assessment.stories.js';
import * as taRequest from '../../stories/si-ta-request.stories.js';
import * as valuesBadge from '../../stories/si-values-badge.stories.js';
import { sweepStories } from '../shared/story-sweep.js';

describe('slow: story sweep', () => {
  for (const stories of [hotlineBanner, quickExit, valuesBadge, checklist, taRequest, selfAssessment]) sweepStories(stories);
});
