/**
 * The quick exit, shared by `<si-quick-exit>`, the hotline banner and the forms (GOV.UK "Exit this page"
 * is the reference; FACTS.md, "Quick exit").
 *
 * - Shift pressed three times exits. A press counts when Shift is released without any other key having
 *   been pressed while it was held (so typing a capital letter never counts); each press restarts a
 *   5-second window; any other key resets the count.
 * - One keydown, one keyup and one pageshow listener per page, however many widgets use the controller.
 *   Announcements ("press Shift 2 more times"...) go to the first connected widget only, so a page with
 *   several quick exits does not say everything twice.
 * - Exit: a plain overlay hides the page at once (body children made `inert` and `aria-hidden`; the
 *   overlay itself is hidden from assistive technology), every `si:` entry is wiped, `si-exit` is
 *   dispatched (not cancelable), then `location.replace(url)` so this page leaves the history entry.
 *   Nothing can stop it: an `si-exit` listener that throws still leads to the navigation. "Loading." is
 *   put in the announcing widget's live region first, but as the page turns inert at once, a screen
 *   reader may not get to say it before the new page loads.
 * - Back from the back/forward cache (`pageshow` with `persisted`), the page is restored and clean.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sendWaitingOnExit } from './delivery/exit.js';
import { SiExitEvent } from './events.js';
import { secureUrl } from './links.js';
import { wipeAllStoredData } from './storage.js';
import { after } from './timers.js';

/**
 * Where an exit goes unless the host says otherwise: the US National Weather Service, a neutral public
 * page that shows nothing personal and looks like ordinary browsing. Only navigated to, never fetched.
 */
export const DEFAULT_EXIT_URL = 'https://www.weather.gov/';
export const PRESSES_TO_EXIT = 3;
export const PRESS_WINDOW_MS = 5000;

/** What the announcing widget should say: presses left, the window expired, exiting, or nothing. */
export type QuickExitStatus = '' | 1 | 2 | 'expired' | 'loading';

type Navigate = (url: string) => void;

let navigate: Navigate = (url) => location.replace(url);

/** For tests: replaces the navigation (normally `location.replace`); returns the previous one. */
export function setNavigator(next: Navigate): Navigate {
  const previous = navigate;
  navigate = next;
  return previous;
}

const controllers = new Set<QuickExitController>();
let presses = 0;
let shiftAlone = false;
let cancelWindow: (() => void) | undefined;
let exiting = false;
let overlay: HTMLElement | undefined;
let hiddenElements: Array<[Element, string | null, string | null]> = [];
let pageshowAttached = false;

const announcer = (): QuickExitController | undefined => controllers.values().next().value;

function announce(status: QuickExitStatus): void {
  const controller = announcer();
  if (!controller) return;
  controller.status = status;
  controller.host.requestUpdate();
}

function stopWindow(): void {
  cancelWindow?.();
  cancelWindow = undefined;
  presses = 0;
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key === 'Shift') {
    if (!event.repeat) shiftAlone = !(event.ctrlKey || event.altKey || event.metaKey);
    return;
  }
  shiftAlone = false;
  if (presses > 0) {
    stopWindow();
    announce('');
  }
}

function onKeyup(event: KeyboardEvent): void {
  if (event.key !== 'Shift' || !shiftAlone || exiting) return;
  shiftAlone = false;
  cancelWindow?.();
  presses++;
  const controller = announcer();
  if (presses >= PRESSES_TO_EXIT && controller) {
    announce('loading');
    controller.exit('keyboard');
    return;
  }
  announce((PRESSES_TO_EXIT - presses) as 1 | 2);
  cancelWindow = after(PRESS_WINDOW_MS, () => {
    cancelWindow = undefined;
    presses = 0;
    announce('expired');
  });
}

function listen(on: boolean): void {
  if (on) {
    window.addEventListener('keydown', onKeydown, true);
    window.addEventListener('keyup', onKeyup, true);
  } else {
    window.removeEventListener('keydown', onKeydown, true);
    window.removeEventListener('keyup', onKeyup, true);
  }
}

function hidePage(): void {
  overlay = document.createElement('div');
  overlay.setAttribute('aria-hidden', 'true');
  overlay.dataset.siQuickExit = '';
  Object.assign(overlay.style, {
    position: 'fixed',
    inset: '0',
    width: '100%',
    height: '100%',
    maxWidth: 'none',
    maxHeight: 'none',
    margin: '0',
    padding: '0',
    border: '0',
    background: 'Canvas',
    zIndex: '2147483647',
  });
  for (const element of document.body.children) {
    hiddenElements.push([element, element.getAttribute('inert'), element.getAttribute('aria-hidden')]);
    element.setAttribute('inert', '');
    element.setAttribute('aria-hidden', 'true');
  }
  document.body.append(overlay);
  try {
    // The top layer puts the overlay above open modal dialogs and popovers too.
    overlay.popover = 'manual';
    overlay.showPopover();
  } catch {
    // Without popover support the fixed overlay with the highest z-index still covers the page.
  }
}

function restore(attribute: string, element: Element, value: string | null): void {
  if (value === null) element.removeAttribute(attribute);
  else element.setAttribute(attribute, value);
}

/** Undoes an exit: used when the page comes back from the back/forward cache. */
function resetAfterReturn(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  overlay?.remove();
  overlay = undefined;
  for (const [element, inert, ariaHidden] of hiddenElements) {
    restore('inert', element, inert);
    restore('aria-hidden', element, ariaHidden);
  }
  hiddenElements = [];
  exiting = false;
  shiftAlone = false;
  stopWindow();
  for (const controller of controllers) {
    controller.status = '';
    controller.host.requestUpdate();
  }
}

/**
 * Gives a widget the quick exit: registers it for Shift ×3 while it is connected, and `exit()` for its
 * button. `exitUrl` returns the (already validated) address to leave to.
 */
export class QuickExitController implements ReactiveController {
  /** What this widget's live region should say; only the announcing widget ever gets one. */
  status: QuickExitStatus = '';

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly exitUrl: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (controllers.size === 0) listen(true);
    controllers.add(this);
    if (!pageshowAttached) {
      pageshowAttached = true;
      window.addEventListener('pageshow', resetAfterReturn);
    }
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.status = '';
    if (controllers.size === 0) {
      listen(false);
      stopWindow();
    }
  }

  /** Hides the page, wipes stored data, dispatches `si-exit` and leaves. Runs once until the page returns. */
  exit(trigger: 'button' | 'keyboard'): void {
    if (exiting) return;
    exiting = true;
    stopWindow();
    const url = secureUrl(this.exitUrl()) ?? DEFAULT_EXIT_URL;
    try {
      hidePage();
    } catch {
      // Leaving the page is what matters most; it goes ahead below.
    }
    try {
      sendWaitingOnExit();
      wipeAllStoredData();
      this.host.dispatchEvent(new SiExitEvent({ url, trigger }));
    } finally {
      navigate(url);
    }
  }
}
