/**
 * The hotlines `<si-hotline-banner preset>` knows (FACTS.md, "Hotlines"). Numbers, hours and languages
 * are facts from each preset's `source`; the wording is this project's own. Spanish text lives in
 * `hotlines.es.ts`, loaded only with the banner's Spanish strings. Checked by test/si-hotline-banner.test.ts.
 *
 * Plain typed data, not zod: a page with only the banner has a 12 KiB budget, and its numbers are
 * checked by the same small function that checks a host's own numbers (`parseNumber` in the banner's folder).
 */

/** What the banner says about a hotline, in one language. An empty string shows nothing. */
export interface HotlineText {
  readonly name: string;
  readonly hours: string;
  /** The languages, saying which contacts they apply to (calls and texts differ). */
  readonly languages: string;
  /** Facts about the service that matter before calling (confidential, anonymous tips...). */
  readonly note: string;
}

export interface HotlinePreset {
  /** Numbers as people write them; the banner derives the `tel:` / `sms:` links from them. */
  readonly phone: string;
  /** The letters version of `phone`, shown beside it. */
  readonly phoneWords?: string;
  readonly sms?: string;
  /** Only a keyword the source verifies; none is verified for any preset yet. */
  readonly smsKeyword?: string;
  readonly tty?: string;
  readonly chatUrl?: string;
  readonly text: HotlineText;
  /** Where the facts come from (for maintainers; not shown). */
  readonly source: string;
}

export const HOTLINE_PRESETS = ['national', 'colorado', 'california'] as const;
export type HotlinePresetId = (typeof HOTLINE_PRESETS)[number];

export const hotlines: Readonly<Record<HotlinePresetId, HotlinePreset>> = {
  national: {
    phone: '1-888-373-7888',
    sms: '233733',
    tty: '711',
    chatUrl: 'https://humantraffickinghotline.org/chat',
    text: {
      name: 'National Human Trafficking Hotline',
      hours: '24 hours a day, every day',
      languages: 'Calls in English, Spanish and 200+ more languages through interpreters; texts in English and Spanish',
      note: 'Confidential. Not law enforcement or immigration.',
    },
    source: 'humantraffickinghotline.org "What We Do"; ACF "Announcing 24/7 Chat & Text" (FACTS.md, Hotlines)',
  },
  colorado: {
    phone: '866-455-5075',
    sms: '720-999-9724',
    text: {
      name: 'Colorado Human Trafficking Hotline',
      hours: '24 hours a day, every day',
      languages: '',
      note: 'Anonymous tips accepted. Run by the Laboratory to Combat Human Trafficking.',
    },
    source: 'Seed 004; combathumantrafficking.org "Now available by text" and "Our work" (FACTS.md, Hotlines)',
  },
  california: {
    phone: '888-539-2373',
    phoneWords: '888-KEY-2-FREE',
    text: {
      name: 'CAST 24-hour hotline (California)',
      hours: '24 hours a day',
      languages: 'Translators available on calls',
      note: 'Not tied to law enforcement.',
    },
    source: 'castla.org hotline page (FACTS.md, Hotlines)',
  },
};

export function isHotlinePreset(value: string): value is HotlinePresetId {
  return (HOTLINE_PRESETS as readonly string[]).includes(value);
}
