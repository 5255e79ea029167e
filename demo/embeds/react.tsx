/**
 * A React 19 page embedding the checklist the way a front-end team would: one import registers the
 * element, React sets its attributes (and changes `lang` when the person switches language), and
 * React 19's custom-element support attaches `onsi-change` and `onsi-submitted` as event listeners.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'survivor-informed-widgets/si-checklist/define.js';
import type { ChecklistAnswers, SiChangeEvent, SiSubmittedEvent } from 'survivor-informed-widgets';
import { describeChange, describeSubmitted, EMBED_ORG } from './events-log.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'si-checklist': HTMLAttributes<HTMLElement> & { org?: string; endpoint?: string; lang?: string };
    }
  }
}

function App() {
  const [lang, setLang] = useState<'en' | 'es'>('en');
  const [log, setLog] = useState<string[]>([]);
  const append = (line: string) => setLog((lines) => [...lines, line]);
  const events = {
    'onsi-change': (event: SiChangeEvent<ChecklistAnswers>) => append(describeChange(event)),
    'onsi-submitted': (event: SiSubmittedEvent) => append(describeSubmitted(event)),
  };
  return (
    <>
      <h1>React 19 embed</h1>
      <p>
        <button type="button" lang={lang === 'en' ? 'es' : 'en'} onClick={() => setLang(lang === 'en' ? 'es' : 'en')}>
          {lang === 'en' ? 'Ver en español' : 'View in English'}
        </button>
      </p>
      <si-checklist org={EMBED_ORG} endpoint="/api/submissions" lang={lang} {...events}></si-checklist>
      <h2>Events React received</h2>
      <ol role="log" aria-live="polite" id="events">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
