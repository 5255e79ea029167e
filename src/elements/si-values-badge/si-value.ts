/**
 * It renders nothing of its own: the badge reads its `name` attribute and its text and shows them as
 * plain text. Markup inside is not rendered; only its text is used.
 *
 * @tagname si-value
 * @attr name - The value's name, shown in bold above its description.
 * @summary One of an organization's own values inside `<si-values-badge>`: a `name`, and its description as text.
 */
export class SiValueElement extends HTMLElement {}
