/**
 * Printing one widget alone. A widget's Print button should put that widget on paper, not the host
 * page around it (its banner, header, navigation, the other widgets). For the length of the print, the
 * widget and each of its ancestors get a `data-si-print` mark, and one stylesheet adopted by the host
 * document hides, for print media only, every element beside that line of ancestors. An adopted
 * stylesheet, not a `<style>` element, so a page whose Content-Security-Policy forbids inline styles
 * prints the same way. The marks and the sheet go again on `afterprint` (or, where a browser sends no
 * `afterprint`, at the person's next key or pointer press); a print from the browser's own menu prints
 * the page as it always did.
 *
 * A widget inside another component's shadow root is isolated as far as that component: the document's
 * stylesheet cannot reach into the shadow root.
 */
import { css } from 'lit';

const MARK = 'data-si-print';

/** What each widget adds to its own styles for paper: no focus ring, the page's full width. */
export const printStyles = css`
  @media print {
    :host {
      max-inline-size: none !important;
    }
    :focus,
    :focus-visible {
      outline: none !important;
      box-shadow: none !important;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

function isolationSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
  [${MARK}='path'] > :not([${MARK}]) { display: none !important; }
  [${MARK}='path'] {
    visibility: hidden !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    max-inline-size: none !important;
    inline-size: auto !important;
    position: static !important;
    overflow: visible !important;
  }
  [${MARK}='widget'] { visibility: visible !important; margin: 0 !important; }
}`);
  }
  return sheet;
}

/** The widget's ancestors in the document, nearest first, crossing out of shadow roots to their hosts. */
function ancestorsOf(widget: Element): Element[] {
  const found: Element[] = [];
  let node: Node | null = widget;
  while (node) {
    const parent: Node | null = node.parentNode;
    if (parent instanceof ShadowRoot) node = parent.host;
    else if (parent instanceof Element) node = parent;
    else break;
    found.push(node as Element);
  }
  return found;
}

let active: (() => void) | undefined;

/**
 * Makes print media show `widget` alone until the returned function is called (which is safe to call
 * more than once). Isolating another widget ends the first one's isolation.
 */
export function isolateForPrint(widget: HTMLElement): () => void {
  active?.();
  const doc = widget.ownerDocument;
  const marked = [widget, ...ancestorsOf(widget)];
  const previous = marked.map((element) => element.getAttribute(MARK));
  widget.setAttribute(MARK, 'widget');
  for (const element of marked.slice(1)) element.setAttribute(MARK, 'path');
  const adopted = isolationSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, adopted];
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    if (active === end) active = undefined;
    marked.forEach((element, index) => {
      const before = previous[index];
      if (before === null) element.removeAttribute(MARK);
      else element.setAttribute(MARK, before);
    });
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((entry) => entry !== adopted);
  };
  active = end;
  return end;
}

/** Opens the browser's print dialog for `widget` alone (see above). */
export function printAlone(widget: HTMLElement): void {
  const view = widget.ownerDocument.defaultView ?? window;
  const end = isolateForPrint(widget);
  const fallback = ['keydown', 'pointerdown'] as const;
  let finished = false;
  const finish = () => {
    finished = true;
    view.removeEventListener('afterprint', finish);
    for (const type of fallback) view.removeEventListener(type, finish, true);
    end();
  };
  view.addEventListener('afterprint', finish);
  try {
    view.print();
  } catch {
    finish();
    return;
  }
  // Browsers whose print() returns before the dialog closes send `afterprint` later; a browser that
  // sends none gets the page back at the next key or pointer press, which comes after its dialog.
  if (!finished) for (const type of fallback) view.addEventListener(type, finish, { capture: true, once: true });
}
