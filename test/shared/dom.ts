/** Reading a widget as a person sees it: its shadow root, queries inside it, and its text with spacing folded. */

export const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

export const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => shadow(element).querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string): T[] => [...shadow(element).querySelectorAll<T>(selector)];

export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
