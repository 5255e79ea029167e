/**
 * A host's own content for a widget (a checklist, an instrument), the one way every widget loads it:
 * from an inline `<script type="application/json">` child (read as data, never run), or else from
 * `src` (a path on this site or https), fetched without cookies, referrer or redirects, within a time
 * and a size limit, and aborted when the source changes or the element leaves the page. Without
 * either, the widget shows its built-in content.
 *
 * Shaped like `@lit/task`: the widget calls `current()` in `willUpdate`, which starts the work when the
 * source changed and returns the state; the host re-renders when the state moves on. How the text
 * becomes content (and what is wrong with it) is the widget's `parse`, which may be async (to load a
 * validator only when a host really supplies content).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { allowedContentUrl } from './links.js';
import { after } from './timers.js';

export type ParsedContent<T, Issues> = { value: T; issues?: undefined } | { value?: undefined; issues: Issues };

export type ContentState<T, Issues> =
  /** No inline content and no `src`: the widget shows its built-in content. */
  | { status: 'none' }
  /** `src` is not an address content may come from. */
  | { status: 'refused' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  /** The content arrived and is wrong; `issues` say where. */
  | { status: 'invalid'; issues: Issues }
  /** It could not be fetched (network, HTTP status, time or size limit); `reason` is for the console. */
  | { status: 'failed'; reason: string };

export interface ContentSourceOptions<T, Issues> {
  /** The `src` attribute as written. */
  src: () => string;
  parse: (text: string) => ParsedContent<T, Issues> | Promise<ParsedContent<T, Issues>>;
  /** The most bytes read (default 256 KiB). */
  maxBytes?: number;
  /** How long a fetch may take (default 15 s). */
  timeoutMs?: number;
  /** Makes the widget's `updateComplete` wait for the work (the base class's `waitFor`). */
  track?: (work: Promise<unknown>) => void;
  /** Told once per failure, for the console. */
  onFailure?: (url: string, reason: string) => void;
}

const INLINE_TYPE = 'application/json';

/** The text of the host's inline JSON child, or undefined when there is none. */
export function inlineJson(host: Element): string | undefined {
  const script = [...host.children].find((child) => child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === INLINE_TYPE);
  return script ? (script.textContent ?? '') : undefined;
}

/** Reads a response's body as text, giving up (and cancelling the download) past `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw new Error(`it is larger than ${maxBytes} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new Error(`it is larger than ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

export class ContentSource<T, Issues> implements ReactiveController {
  state: ContentState<T, Issues> = { status: 'none' };

  private readonly observer = new MutationObserver(() => this.readInline());
  private inline?: string;
  private sourceKey?: string;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ContentSourceOptions<T, Issues>,
  ) {
    host.addController(this);
  }

  /** Whether the host supplies content of its own (inline, or a `src`), rather than the built-in. */
  get hostSupplied(): boolean {
    return this.inline !== undefined || this.options.src().trim() !== '';
  }

  hostConnected(): void {
    this.readInline();
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
    this.sourceKey = undefined; // content that comes back to the page is loaded again
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.stop();
  }

  /** The state for the source as it is now, starting the work when the source changed. Call it in `willUpdate`. */
  current(): ContentState<T, Issues> {
    const src = this.options.src().trim();
    const key = this.inline !== undefined ? `inline\n${this.inline}` : src ? `src\n${src}` : 'none';
    if (key !== this.sourceKey) {
      this.sourceKey = key;
      this.start(src);
    }
    return this.state;
  }

  /** Loads the same source again (a "Try again" button after a failure). */
  retry(): void {
    this.sourceKey = undefined;
    this.host.requestUpdate();
  }

  private readInline(): void {
    const text = inlineJson(this.host);
    if (text === this.inline) return;
    this.inline = text;
    this.host.requestUpdate();
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private start(src: string): void {
    this.stop();
    if (this.inline !== undefined) {
      void this.settle(undefined, this.inline);
      return;
    }
    if (!src) {
      this.state = { status: 'none' };
      return;
    }
    const url = allowedContentUrl(src);
    if (!url) {
      this.state = { status: 'refused' };
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading' };
    const work = this.fetchText(url, abort).then(
      (text) => this.settle(abort, text),
      (error: unknown) => {
        if (this.abort !== abort) return; // replaced by another source, or the element left the page
        const reason = error instanceof Error ? error.message : String(error);
        this.options.onFailure?.(url, reason);
        this.update(abort, { status: 'failed', reason });
      },
    );
    this.options.track?.(work);
  }

  private async fetchText(url: string, abort: AbortController): Promise<string> {
    const { timeoutMs = 15_000, maxBytes = 256 * 1024 } = this.options;
    // Through the shared timer (src/core/timers.ts), so a test can move the clock instead of waiting 15 s.
    const cancelTimer = after(timeoutMs, () => abort.abort(new Error(`it took longer than ${timeoutMs / 1000} s`)));
    try {
      const response = await fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'error',
        headers: { Accept: INLINE_TYPE },
        signal: abort.signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await readLimited(response, maxBytes);
    } catch (error) {
      throw abort.signal.aborted && abort.signal.reason instanceof Error ? abort.signal.reason : error;
    } finally {
      cancelTimer();
    }
  }

  /** Parses `text` and makes the result the state, unless the source changed meanwhile. */
  private settle(abort: AbortController | undefined, text: string): void | Promise<void> {
    const toState = (parsed: ParsedContent<T, Issues>): ContentState<T, Issues> =>
      parsed.issues !== undefined ? { status: 'invalid', issues: parsed.issues } : { status: 'ready', value: parsed.value as T };
    const parsed = this.options.parse(text);
    if (!(parsed instanceof Promise)) return this.update(abort, toState(parsed), abort === undefined);
    if (abort === undefined) {
      // Inline content whose parser loads on demand: loading until it has, unless the source changes.
      const mine = new AbortController();
      this.abort = mine;
      abort = mine;
      this.state = { status: 'loading' };
    }
    const settled = abort;
    const work = parsed.then(
      (result) => this.update(settled, toState(result)),
      (error: unknown) => this.update(settled, { status: 'failed', reason: `its checker could not load (${String(error).slice(0, 200)})` }),
    );
    this.options.track?.(work);
    return work;
  }

  private update(abort: AbortController | undefined, state: ContentState<T, Issues>, synchronous = false): void {
    if (abort !== undefined && this.abort !== abort) return;
    this.abort = undefined;
    this.state = state;
    if (!synchronous) this.host.requestUpdate();
  }
}
