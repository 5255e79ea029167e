/**
 * Registers a widget once. A second copy of the library on the same page (a CMS plugin and a theme,
 * say) finds the name taken and leaves the first definition in place instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
