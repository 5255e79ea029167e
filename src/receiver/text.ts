/**
 * Text that people sent, made safe to show a coordinator: characters that change how the text around
 * them is drawn without being seen themselves (bidirectional overrides and isolates such as U+202E,
 * zero-width characters, control characters other than line breaks and tabs) are shown as their code,
 * `⟦U+202E⟧`, so "‮gnp.exe" cannot pass for something else. Escape the result for HTML as usual.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟦U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`);
}
