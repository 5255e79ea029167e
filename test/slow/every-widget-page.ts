/**
 * The page the slow suites run on: every widget defined, the stand-in endpoints of the stories in
 * place, storage empty before and after each test, and a quick exit that never leaves the test page
 * (exits go nowhere, and the page is put back as after a return from the back/forward cache).
 */
import { fixtureCleanup } from '@open-wc/testing';
import { setNavigator } from '../../src/core/quick-exit.js';
import { wipeAllStoredData } from '../../src/core/storage.js';
import '../../src/index.js';
import { installChecklistStub } from '../../stories/support/checklist-stub.js';
import { installAssessmentEndpoint } from '../../stories/support/self-assessment-stub.js';
import { installStubEndpoint } from '../../stories/support/ta-request-stub.js';

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
