/**
 * The story sweep: renders every story of a stories module and checks it with axe (WCAG 2.0–2.2 A/AA
 * and best practice), in English and in Spanish. Each element's test file calls it with its own
 * stories, so no story can be added without being rendered and checked.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { assertAccessible } from './axe.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => unknown;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
}
interface StoriesModule {
  default: { title?: string; args?: Record<string, unknown>; render?: StoryLike['render'] };
  [story: string]: unknown;
}

/** Waits until every widget in `root` (and in their shadow roots) has finished rendering. */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('si-')) as Array<
      HTMLElement & { updateComplete?: Promise<unknown> }
    >;
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    for (const widget of widgets) if (widget.shadowRoot) await settle(widget.shadowRoot);
  }
}

export function storiesOf(module: StoriesModule): Array<[string, StoryLike]> {
  return Object.entries(module).filter(([key, value]) => key !== 'default' && typeof value === 'object' && value !== null) as Array<[string, StoryLike]>;
}

export async function renderStory(module: StoriesModule, story: StoryLike, locale: 'en' | 'es'): Promise<HTMLElement> {
  document.documentElement.lang = locale;
  const args = { ...module.default.args, ...story.args };
  const render = story.render ?? module.default.render;
  if (!render) throw new Error(`The story has no render function`);
  const container = await fixture<HTMLElement>(render(args, { globals: { locale } }) as TemplateResult);
  const canvas = container.parentElement ?? container;
  await settle(canvas);
  await story.play?.({ canvasElement: canvas, args });
  await settle(canvas);
  return canvas;
}

export function sweepStories(module: StoriesModule): void {
  describe(`stories: ${module.default.title ?? 'untitled'}`, () => {
    afterEach(() => {
      fixtureCleanup();
      document.documentElement.lang = 'en';
    });
    for (const [exportName, story] of storiesOf(module)) {
      for (const locale of ['en', 'es'] as const) {
        it(`${story.name ?? exportName} renders and passes axe (${locale})`, async () => {
          const canvas = await renderStory(module, story, locale);
          const widgets = [...canvas.querySelectorAll('*')].filter((el) => el.localName.startsWith('si-'));
          expect(widgets.length, 'the story renders at least one widget').to.be.greaterThan(0);
          for (const widget of widgets) {
            expect(customElements.get(widget.localName), `${widget.localName} is defined`).to.exist;
          }
          await assertAccessible(canvas);
        });
      }
    }
  });
}
