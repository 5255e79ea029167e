/**
 * A Vue 3 page embedding the checklist the way a front-end team would: one import registers the
 * element, Vue sets its attributes (and changes `lang` when the person switches language) and listens
 * for `si-change` and `si-submitted` through `onSiChange` and `onSiSubmitted`. Render functions rather
 * than templates: Vue's template compiler needs `unsafe-eval`, which a strict CSP forbids.
 */
import { createApp, defineComponent, h, ref } from 'vue';
import 'survivor-informed-widgets/si-checklist/define.js';
import type { ChecklistAnswers, SiChangeEvent, SiSubmittedEvent } from 'survivor-informed-widgets';
import { describeChange, describeSubmitted, EMBED_ORG } from './events-log.js';

const App = defineComponent(() => {
  const lang = ref<'en' | 'es'>('en');
  const log = ref<string[]>([]);
  return () => [
    h('h1', 'Vue 3 embed'),
    h('p', [
      h(
        'button',
        { type: 'button', lang: lang.value === 'en' ? 'es' : 'en', onClick: () => (lang.value = lang.value === 'en' ? 'es' : 'en') },
        lang.value === 'en' ? 'Ver en español' : 'View in English',
      ),
    ]),
    h('si-checklist', {
      org: EMBED_ORG,
      endpoint: '/api/submissions',
      lang: lang.value,
      onSiChange: (event: SiChangeEvent<ChecklistAnswers>) => log.value.push(describeChange(event)),
      onSiSubmitted: (event: SiSubmittedEvent) => log.value.push(describeSubmitted(event)),
    }),
    h('h2', 'Events Vue received'),
    h(
      'ol',
      { role: 'log', 'aria-live': 'polite', id: 'events' },
      log.value.map((line) => h('li', line)),
    ),
  ];
});

createApp(App).mount('#app');
