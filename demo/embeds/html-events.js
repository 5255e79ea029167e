// The plain HTML embed's own script: it switches the checklist's `lang` attribute and writes each
// si- event the checklist sends into the page's log, with textContent only.
const checklist = document.querySelector('si-checklist');
const log = document.getElementById('events');
const language = document.getElementById('language');

function append(line) {
  const item = document.createElement('li');
  item.textContent = line;
  log.append(item);
}

checklist.addEventListener('si-change', (event) => append(`si-change: ${event.detail.value.checked.length} step(s) checked`));
checklist.addEventListener('si-submitted', (event) => append(`si-submitted: reference ${event.detail.reference ?? '(none)'}`));
language.addEventListener('click', () => {
  const spanish = checklist.getAttribute('lang') !== 'es';
  checklist.setAttribute('lang', spanish ? 'es' : 'en');
  // The button is named in the language it offers, and marked so a screen reader pronounces it that way.
  language.textContent = spanish ? 'View in English' : 'Ver en español';
  language.lang = spanish ? 'en' : 'es';
});
