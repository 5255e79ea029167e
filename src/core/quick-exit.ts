/**
 * The quick exit, shared by `<si-quick-exit>` and the hotline banner that carries one (GOV.UK "Exit this
 * page" is the reference; FACTS.md, "Quick exit").
 *
 * - Shift pressed three times exits. A press counts when Shift is released without any other key having
 *   been pressed while it was held (so typing a capital letter never counts); each press restarts a
 *   5-second window; any other key resets the count. A widget can turn the shortcut off (Shift pauses
 *   speech in some screen readers); it listens while at least one connected widget wants it.
 * - One keydown, one keyup and one pageshow listener per page, however many widgets use the controller.
 *   Announcements ("press Shift 2 more times"...) go to the first widget that listens for Shift only, so a
 *   page with several quick exits does not say everything twice.
 * - Always in reach: while no quick exit's own button is on screen (the banner scrolled away), one of
 *   them shows a fixed Exit button in a corner of the screen, moved to the other corner when it would
 *   cover what has focus. One IntersectionObserver watches every button.
 * - The exit, in the order of `exitSteps` below; nothing can stop it: a step that throws, or an `si-exit`
 *   listener that throws, still leads to the navigation. "Loading." is put in the announcing widget's
 *   live region first, but as the page turns inert at once, a screen reader may not get to say it.
 * - Back from the back/forward cache (`pageshow` with `persisted`), the page is restored and clean: the
 *   widgets blanked what they showed during the exit.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sendWaitingOnExit } from './delivery/exit.js';
import { SiExitEvent } from './events.js';
import { signalExit } from './exit-signal.js';
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
let listening = false;
let overlay: HTMLElement | undefined;
let hiddenElements: Array<[Element, string | null, string | null]> = [];
let pageshowAttached = false;

const each = (run: (controller: QuickExitController) => void) => controllers.forEach(run);
const shortcutOwner = (): QuickExitController | undefined => [...controllers].find((controller) => controller.shortcut());

function announce(status: QuickExitStatus): void {
  const controller = shortcutOwner();
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
  const controller = shortcutOwner();
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

/** Listens for Shift while some connected widget wants the shortcut, and only then. */
function listenForShift(): void {
  const wanted = shortcutOwner() !== undefined;
  if (wanted === listening) return;
  listening = wanted;
  const method = wanted ? 'addEventListener' : 'removeEventListener';
  window[method]('keydown', onKeydown as EventListener, true);
  window[method]('keyup', onKeyup as EventListener, true);
  if (!wanted) stopWindow();
}

// ---- the fixed Exit button ----------------------------------------------------------------------

let observer: IntersectionObserver | undefined;
const watchedBy = new WeakMap<Element, QuickExitController>();
let placing = 0;

/** The focused element, inside shadow roots too. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const overlaps = (a: DOMRect, top: number, bottom: number, left: number, right: number) => a.bottom > top && a.top < bottom && a.right > left && a.left < right;

/** Moves the fixed button to the top corner while it would cover what has focus, and back when not. */
function place(): void {
  placing = 0;
  const controller = [...controllers].find((candidate) => candidate.fixed);
  const button = controller?.fixedButton();
  const target = focused();
  if (!controller || !button || !target || target === button) return;
  const box = target.getBoundingClientRect();
  const own = button.getBoundingClientRect();
  // The same gap from the other edge of the screen, in the same column.
  const gap = controller.top ? own.top : innerHeight - own.bottom;
  const coversAtBottom = overlaps(box, innerHeight - gap - own.height, innerHeight - gap, own.left, own.right);
  const coversAtTop = overlaps(box, gap, gap + own.height, own.left, own.right);
  const top = coversAtBottom && !coversAtTop;
  if (top !== controller.top) {
    controller.top = top;
    controller.host.requestUpdate();
  }
}

const placeSoon = () => (placing ||= requestAnimationFrame(place));

/** Shows the fixed button of the first widget whose own button is rendered, while none is on screen. */
function chooseFixed(): void {
  const anyInView = [...controllers].some((controller) => controller.inView);
  const chosen =
    [...controllers].find((controller) => controller.pinned) ?? (anyInView ? undefined : [...controllers].find((controller) => controller.rendered));
  each((controller) => {
    if ((controller === chosen) === controller.fixed) return;
    controller.fixed = controller === chosen;
    controller.host.requestUpdate();
  });
  const method = chosen ? 'addEventListener' : 'removeEventListener';
  document[method]('focusin', placeSoon, true);
  window[method]('scroll', placeSoon, { capture: true, passive: true } as AddEventListenerOptions);
  window[method]('resize', placeSoon);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const controller = watchedBy.get(entry.target);
    if (!controller) continue;
    // Half of the button on screen is a button a person can use; a button with no box (hidden, printed) is no candidate.
    controller.inView = entry.isIntersecting && entry.intersectionRatio >= 0.5;
    controller.rendered = entry.boundingClientRect.height > 0;
  }
  chooseFixed();
}

// ---- the exit -----------------------------------------------------------------------------------

function hidePage(): void {
  overlay = document.createElement('div');
  overlay.setAttribute('aria-hidden', 'true');
  overlay.dataset.siQuickExit = '';
  // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
  overlay.style.cssText =
    'position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;padding:0;border:0;background:Canvas;z-index:2147483647';
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

/**
 * The exit, step by step, in this order. Each step is run on its own, so one that throws never stops the
 * next; the navigation comes last whatever happened.
 */
const exitSteps: ReadonlyArray<() => void> = [
  // The page goes blank at once, and nothing on it can be read or reached.
  hidePage,
  // Each waiting submission is sent once with keepalive (started, never awaited), before the wipe.
  sendWaitingOnExit,
  // Every `si:` entry goes, from local storage, session storage and memory.
  wipeAllStoredData,
  // Every widget on this page blanks what it shows (Back finds empty fields); other tabs of this site
  // hide theirs.
  signalExit,
];

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
  each((controller) => {
    controller.status = '';
    controller.host.requestUpdate();
  });
}

export interface QuickExitOptions {
  /** The (already validated) address to leave to. */
  exitUrl: () => string;
  /** Whether this widget wants Shift ×3. */
  shortcut: () => boolean;
  /** This widget's fixed Exit button while it shows one. */
  fixedButton: () => Element | null | undefined;
}

/**
 * Gives a widget the quick exit: Shift ×3 while it is connected and wants it, `exit()` for its buttons,
 * and the fixed Exit button (`fixed`, `top`) while its own button (`watch()`) is out of view.
 */
export class QuickExitController implements ReactiveController {
  /** What this widget's live region should say; only the announcing widget ever gets one. */
  status: QuickExitStatus = '';
  /** Whether this widget shows the fixed Exit button now. */
  fixed = false;
  /** Whether the fixed button sits in the top corner (it would cover what has focus at the bottom). */
  top = false;
  /** Keeps the fixed button while it has focus. */
  pinned = false;
  inView = true;
  rendered = false;
  readonly shortcut: () => boolean;
  readonly fixedButton: QuickExitOptions['fixedButton'];
  private readonly exitUrl: () => string;
  private watched?: Element;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    options: QuickExitOptions,
  ) {
    ({ exitUrl: this.exitUrl, shortcut: this.shortcut, fixedButton: this.fixedButton } = options);
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    listenForShift();
    if (!pageshowAttached) {
      pageshowAttached = true;
      window.addEventListener('pageshow', resetAfterReturn);
    }
  }

  hostUpdated(): void {
    // A change of the widget's shortcut setting.
    listenForShift();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.status = '';
    this.watch(undefined);
    this.fixed = this.pinned = false;
    listenForShift();
    chooseFixed();
  }

  /** The widget's own Exit button, watched so the fixed one shows while it is out of view. */
  watch(button: Element | undefined): void {
    if (button === this.watched) return;
    if (this.watched) observer?.unobserve(this.watched);
    this.watched = button;
    this.inView = true;
    if (!button || typeof IntersectionObserver !== 'function') return;
    observer ??= new IntersectionObserver(onIntersection, { threshold: [0, 0.5] });
    watchedBy.set(button, this);
    observer.observe(button);
  }

  /** The fixed button took or lost focus: it stays while it has it. */
  pin(on: boolean): void {
    this.pinned = on;
    chooseFixed();
  }

  /** Hides the page, wipes stored data, blanks every widget, dispatches `si-exit` and leaves. Runs once until the page returns. */
  exit(trigger: 'button' | 'keyboard'): void {
    if (exiting) return;
    exiting = true;
    stopWindow();
    const url = secureUrl(this.exitUrl()) ?? DEFAULT_EXIT_URL;
    for (const step of exitSteps) {
      try {
        step();
      } catch {
        // Leaving the page is what matters most; the other steps and the navigation go ahead.
      }
    }
    try {
      this.host.dispatchEvent(new SiExitEvent({ url, trigger }));
    } finally {
      navigate(url);
    }
  }
}
