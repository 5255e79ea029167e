/**
 * The inbox's one stylesheet, served from its own path (a file, not a `<style>` block, so the strict
 * Content-Security-Policy allows it). System fonts, calm and high-contrast colours, a visible focus
 * ring, layouts that reflow to 320 px and 200 % text, and forced-colours support.
 */
export const INBOX_CSS = `
*, *::before, *::after { box-sizing: border-box; }
:root {
  color-scheme: light;
  --ink: #1b1b1b; --muted: #4a4a4a; --line: #8a8a8a; --soft: #f3f3f1; --paper: #ffffff;
  --brand: #1d4f6e; --brand-ink: #ffffff; --link: #1a4f8b; --focus: #ffbf47; --danger: #a4161a; --ok: #1e5b32;
}
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; color: var(--ink); background: var(--paper); }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.15em; }
:focus-visible { outline: 3px solid var(--ink); outline-offset: 0; box-shadow: 0 0 0 6px var(--focus); }
a:focus-visible { background: var(--focus); color: var(--ink); box-shadow: 0 0 0 3px var(--focus); outline: 2px solid var(--ink); text-decoration: none; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem; background: var(--focus); color: var(--ink); z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.inbox-header { background: var(--brand); color: var(--brand-ink); }
.inbox-header a, .inbox-header .link-button { color: var(--brand-ink); }
.inbox-header a:focus-visible, .inbox-header .link-button:focus-visible { color: var(--ink); }
.header-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-block: 0.75rem; }
.product { margin: 0; font-size: 1.25rem; font-weight: 700; }
.product a { text-decoration: none; }
.account { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; margin: 0; }
.account form { margin: 0; }
.inbox-nav { background: #163d55; }
.inbox-nav ul { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin: 0 auto; padding-block: 0; list-style: none; }
.inbox-nav a { display: inline-block; padding: 0.6rem 0; color: var(--brand-ink); }
.inbox-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 0.2em; }
main.wrap { padding-block: 1.5rem 3rem; }
main:focus { outline: none; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 1rem; max-width: 42rem; }
.lead { font-size: 1.1rem; }
.reference { white-space: nowrap; }
.muted, .hint { color: var(--muted); }
.hint { display: block; margin: 0 0 0.35rem; font-size: 0.95rem; }
label, legend { display: block; font-weight: 700; margin: 0 0 0.25rem; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
input[type="text"], input[type="password"], input[type="date"], select, textarea {
  font: inherit; color: inherit; background: var(--paper); border: 2px solid var(--ink); border-radius: 0; padding: 0.4rem 0.5rem; max-width: 100%;
}
input[type="text"], input[type="password"] { width: 20rem; }
textarea { width: 100%; min-height: 8rem; resize: vertical; }
input:focus, input:focus-within, select:focus, textarea:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--ink); }
.field { margin: 0 0 1.25rem; }
.field-error { border-left: 5px solid var(--danger); padding-left: 0.75rem; }
.field-error input, .field-error textarea { border-color: var(--danger); }
.error-message { display: block; color: var(--danger); font-weight: 700; margin: 0 0 0.35rem; }
.radios { display: grid; gap: 0.35rem; margin: 0.25rem 0 0; }
.radio { display: flex; align-items: center; gap: 0.5rem; }
.radio input { width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--brand); flex: none; }
.radio label { font-weight: 400; margin: 0; }
button, .button {
  font: inherit; font-weight: 700; display: inline-block; padding: 0.5rem 1rem; border: 2px solid transparent; border-radius: 0;
  background: var(--ok); color: #ffffff; cursor: pointer; text-decoration: none; box-shadow: 0 2px 0 #0b2e17; line-height: 1.4;
}
button:hover, .button:hover { background: #154425; }
.button-secondary { background: var(--soft); color: var(--ink); border-color: var(--ink); box-shadow: none; }
.button-secondary:hover { background: #e2e2df; }
.button-warning { background: var(--danger); box-shadow: 0 2px 0 #5c0b0e; }
.button-warning:hover { background: #7e1013; }
.link-button { background: none; border: 0; box-shadow: none; padding: 0; font-weight: 400; color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
.link-button:hover { background: none; text-decoration-thickness: 0.15em; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; margin: 1.5rem 0; }
.error-summary { border: 4px solid var(--danger); padding: 1rem; margin: 0 0 1.5rem; max-width: 42rem; }
.error-summary h2 { margin-top: 0; font-size: 1.25rem; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary a { color: var(--danger); font-weight: 700; }
.notice { border: 4px solid var(--ok); padding: 0.75rem 1rem; margin: 0 0 1.5rem; max-width: 42rem; font-weight: 700; }
.notice p { margin: 0; }
.filters { background: var(--soft); border: 1px solid var(--line); padding: 1rem; margin: 0 0 1.5rem; }
.filters h2 { margin-top: 0; font-size: 1.2rem; }
.filter-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr)); gap: 0 1.25rem; }
.filter-grid input[type="text"], .filter-grid select, .filter-grid input[type="date"] { width: 100%; }
.results-bar { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5rem 1.5rem; margin: 0 0 0.75rem; }
.results-bar h2 { margin: 0; }
.results-bar p { margin: 0; }
.requests { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--line); }
.request { border-bottom: 1px solid var(--line); padding: 0.75rem 0; }
.request h3 { margin: 0 0 0.35rem; font-size: 1.15rem; }
.facts { display: grid; gap: 0.15rem; margin: 0; }
.facts div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; min-width: 0; }
.facts dt { color: var(--muted); }
.facts dt::after { content: ":"; }
.facts dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
@media (min-width: 48rem) {
  .request { display: grid; grid-template-columns: 10rem minmax(0, 1fr); gap: 0 1.25rem; align-items: start; }
  .request h3 { margin: 0; }
  .facts { grid-template-columns: 8rem 12rem minmax(0, 1fr) minmax(0, 1.4fr) minmax(0, 1fr); gap: 0 1.25rem; }
  .facts div { display: block; }
  .facts dt { font-size: 0.9rem; }
  .facts dt::after { content: none; }
}
.status { display: inline-block; padding: 0 0.4rem; border: 2px solid currentColor; font-weight: 700; font-size: 0.95rem; }
.status-new { color: #5a3a00; background: #fff3cd; }
.status-in-progress { color: #0c3f66; background: #e3effa; }
.status-scheduled { color: #1e4d2b; background: #e6f4ea; }
.status-done { color: #333333; background: #f0f0f0; }
.status-declined { color: #6d1a1d; background: #fbe9ea; }
.pagination ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; margin: 1.5rem 0 0; align-items: baseline; }
.detail-grid { display: grid; gap: 0 2.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) { .detail-grid { grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); } .detail-grid > .side { border-left: 1px solid var(--line); padding-left: 2rem; } }
.answers { margin: 0 0 1rem; }
.answers > div { padding: 0.6rem 0; border-bottom: 1px solid #c9c9c9; }
.answers dt { font-weight: 700; }
.answers dd { margin: 0.15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.answers dd ul { margin: 0; padding-left: 1.25rem; white-space: normal; }
.answers .blank { color: var(--muted); font-style: italic; }
.meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; }
.audit { list-style: none; padding: 0; margin: 0; border-top: 1px solid var(--line); }
.audit li { padding: 0.5rem 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.audit time { font-weight: 700; margin-right: 0.5rem; }
.unsaved { border: 2px dashed var(--ink); padding: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; max-width: 42rem; }
@media (forced-colors: active) {
  .status, .notice, .error-summary, .filters { border-color: CanvasText; forced-color-adjust: auto; }
  button, .button { border-color: ButtonText; }
  :focus-visible, a:focus-visible { outline: 3px solid Highlight; }
}
@media print { .inbox-header, .inbox-nav, .filters, .side form, .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { display: none; } }
`;
