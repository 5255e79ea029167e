/**
 * The CDN loader (`dist/cdn/loader.js`): a page loads this one small script and gets only the
 * widgets it uses. It looks for each element's tag in the document, imports that element's module
 * once, and keeps watching so elements a CMS or a framework adds later are defined too. The element
 * modules share one copy of lit through the chunks the CDN build writes beside the loader.
 *
 * Elements inside another component's shadow root are not seen: import that element's
 * `survivor-informed-widgets/<element>/define.js` there instead, or load the one-file build.
 */
const elementModules: Readonly<Record<string, () => Promise<unknown>>> = {
  'si-config': () => import('./elements/si-config/define.js'),
  'si-hotline-banner': () => import('./elements/si-hotline-banner/define.js'),
  'si-quick-exit': () => import('./elements/si-quick-exit/define.js'),
  'si-values-badge': () => import('./elements/si-values-badge/define.js'),
  'si-checklist': () => import('./elements/si-checklist/define.js'),
  'si-ta-request': () => import('./elements/si-ta-request/define.js'),
  'si-self-assessment': () => import('./elements/si-self-assessment/define.js'),
};

/** The files an element needs beyond its own module, in the CDN build beside the loader. */
interface ElementFiles {
  /** The chunks its module imports, directly or through each other. */
  chunks: readonly string[];
  /** Its Spanish strings and content, which it imports only when it shows Spanish, and their chunks. */
  spanish: readonly string[];
}

/**
 * The CDN build writes each element's files in place of the placeholder (vite.config.ts,
 * `listElementChunks`), so the loader can ask for them together with the element's module: one round
 * trip instead of one per level of imports, and a widget that shows Spanish gets its Spanish strings
 * with it rather than after it, so its English first render is replaced sooner. Unbuilt, as the tests
 * run it, nothing is known and the browser finds the imports itself.
 */
const ELEMENT_CHUNKS = '__SI_ELEMENT_CHUNKS__';
const filesOf: Readonly<Record<string, ElementFiles>> = ELEMENT_CHUNKS.startsWith('{') ? JSON.parse(ELEMENT_CHUNKS) : {};

/** Whether some `tag` on the page will likely show Spanish: by its language, or its `<si-config locale>`. */
function spanishWanted(tag: string): boolean {
  return document.querySelector(`${tag}:lang(es), si-config[locale^="es" i] ${tag}`) !== null;
}

function loadElement(tag: string): Promise<unknown> {
  const files = filesOf[tag];
  for (const chunk of [...(files?.chunks ?? []), ...(files && spanishWanted(tag) ? files.spanish : [])]) {
    // Only starts the download early: a failure shows when the element imports the file itself.
    import(new URL(chunk, import.meta.url).href).catch(() => undefined);
  }
  return elementModules[tag]();
}

const notYetLoaded = new Set(Object.keys(elementModules));

function loadElementsPresent(): void {
  for (const tag of notYetLoaded) {
    if (!document.querySelector(tag)) continue;
    notYetLoaded.delete(tag);
    loadElement(tag).catch((error: unknown) => {
      // Let a later insertion try again (a flaky network, say), and tell the page's developer why.
      notYetLoaded.add(tag);
      watchForElements();
      console.error(`[survivor-informed-widgets] <${tag}> could not be loaded.`, error);
    });
  }
  if (notYetLoaded.size === 0) observer.disconnect();
}

// One check per batch of DOM changes: a query for each tag not loaded yet, and no more than seven.
const observer = new MutationObserver(loadElementsPresent);
function watchForElements(): void {
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
watchForElements();
loadElementsPresent();

// A module, run for its effect: importing it starts the loader.
export {};
