/** Example checklist content for the stories and tests: one valid set, and one with mistakes. */

/** An intake team's own checklist, in English and Spanish. */
export const customContent = {
  id: 'intake-review',
  version: '2025-05',
  title: { en: 'Is our intake survivor-informed?', es: '¿Es nuestra admisión informada por sobrevivientes?' },
  intro: { en: 'Reviewed each quarter by the intake team.', es: 'El equipo de admisión lo revisa cada trimestre.' },
  credit: { en: 'Written by the Madera County CSEC Program.', es: 'Redactado por el Programa CSEC del condado de Madera.' },
  items: [
    {
      id: 'private-space',
      text: { en: 'Conversations happen somewhere private and calm', es: 'Las conversaciones ocurren en un lugar privado y tranquilo' },
      points: [{ en: 'No one else can overhear', es: 'Nadie más puede escuchar' }],
    },
    {
      id: 'choice',
      text: { en: 'People choose what to share and when', es: 'Las personas eligen qué compartir y cuándo' },
      points: [
        { en: 'No question needs an answer to get help', es: 'Ninguna pregunta es obligatoria para recibir ayuda' },
        { en: 'Staff explain who will see each answer', es: 'El personal explica quién verá cada respuesta' },
      ],
    },
    { id: 'interpreters', text: { en: 'Interpreters are offered before the first meeting', es: 'Se ofrecen intérpretes antes de la primera reunión' } },
  ],
};

/** Content with three mistakes: an item without text, a repeated id, and an unknown key. */
export const invalidContent = {
  id: 'broken-checklist',
  version: 1,
  title: 'A checklist with mistakes',
  items: [
    { id: 'first', text: 'This one is fine' },
    { id: 'second', text: '' },
    { id: 'first', text: 'Same id as the first item', note: 'not a known key' },
  ],
};
