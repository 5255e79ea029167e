/**
 * The Spanish text of the default self-assessment instrument (see `self-assessment.ts`), by its ids.
 * Loaded only when a widget shows Spanish.
 */
import type { InstrumentTranslation } from './self-assessment.js';

const es: InstrumentTranslation = {
  title: '¿Qué tan informada por sobrevivientes es nuestra organización?',
  intro:
    'Indique en qué medida cada afirmación describe hoy a su organización. Omita cualquier área que no corresponda. Los resultados ' +
    'muestran sus fortalezas, sus brechas y los próximos pasos: un punto de partida para su equipo y un plan de acción, no una calificación.',
  credit: 'Áreas tomadas del enfoque informado sobre el trauma de SAMHSA (2014). Afirmaciones escritas para esta herramienta.',
  areas: {
    governance: {
      title: 'Gobernanza y liderazgo',
      description: 'Cómo sus líderes y quienes toman decisiones incorporan la experiencia de las personas sobrevivientes en el rumbo de la organización.',
      statements: {
        'governance-voice':
          'Las personas con experiencia vivida tienen una voz real en las decisiones sobre nuestro rumbo, no solo la oportunidad de opinar después.',
        'governance-commitment': 'Nuestros líderes se han comprometido por escrito a estar informados por sobrevivientes y sobre el trauma.',
        'governance-roles':
          'Personas sobrevivientes ocupan puestos de liderazgo remunerados con nosotros: en el personal, en la junta o en un consejo asesor, o como consultoras.',
        'governance-advisory': 'Varias personas líderes sobrevivientes nos asesoran juntas, para que nadie tenga que hablar en nombre de todas.',
      },
      nextSteps: [
        'Designe a una persona líder responsable de la práctica informada por sobrevivientes y dele tiempo para hacerlo.',
        'Cree un grupo asesor remunerado de varias personas líderes sobrevivientes, para que nadie cargue sola con la perspectiva sobreviviente.',
        'Busque la opinión de sobrevivientes mientras las decisiones siguen abiertas, no cuando un plan o un producto ya está terminado.',
      ],
    },
    policy: {
      title: 'Políticas',
      description: 'Lo que dicen sus políticas y procedimientos escritos sobre el trabajo con personas sobrevivientes.',
      statements: {
        'policy-pay':
          'Una política escrita establece que pagamos a las personas sobrevivientes por su tiempo y su experiencia con las mismas tarifas que a otros profesionales.',
        'policy-disclosure':
          'Nuestras políticas dejan claro que nadie tiene que contar su propia historia para trabajar o colaborar como voluntario con nosotros.',
        'policy-ethics':
          'Tenemos una política escrita sobre cómo colaborar de forma ética con líderes sobrevivientes, incluido cómo evitamos daños no intencionados.',
        'policy-review': 'Personas sobrevivientes ayudan a redactar y revisar nuestras políticas y procedimientos.',
      },
      nextSteps: [
        'Redacte una política de remuneración que pague como profesionales a las personas sobrevivientes que asesoran, capacitan o aconsejan.',
        'Adopte una política de colaboración ética con líderes sobrevivientes; la política de elegibilidad de consultores de otro programa puede servir de punto de partida.',
        'Establezca por escrito que compartir la experiencia vivida es siempre decisión de la persona sobreviviente.',
      ],
    },
    environment: {
      title: 'Entorno físico',
      description: 'Qué tan seguros y acogedores son sus espacios, sus materiales y su sitio web.',
      statements: {
        'environment-safe': 'Nuestros espacios se sienten física y emocionalmente seguros para quienes los usan.',
        'environment-private': 'Las personas pueden hablar con nosotros en privado y saben quién puede escucharlas y qué se anotará.',
        'environment-welcoming':
          'Nuestros letreros y materiales son acogedores, están en los idiomas de las personas que atendemos y no tienen imágenes que puedan perturbar o retraumatizar.',
        'environment-feedback': 'Preguntamos a personas sobrevivientes cómo perciben nuestros espacios y nuestro sitio web, y actuamos según lo que nos dicen.',
      },
      nextSteps: [
        'Recorra sus espacios y su sitio web con personas consultoras sobrevivientes remuneradas y anote lo que se siente inseguro o poco acogedor.',
        'Ofrezca salas privadas para conversar y una forma rápida de salir de su sitio web.',
        'Reemplace las imágenes perturbadoras por otras tranquilas y respetuosas, y traduzca letreros y materiales.',
      ],
    },
    engagement: {
      title: 'Participación e involucramiento',
      description: 'Cómo busca y usa la opinión de las personas sobrevivientes.',
      statements: {
        'engagement-stages': 'Buscamos la opinión de personas sobrevivientes en cada etapa de un proyecto: el diseño, la ejecución y la evaluación.',
        'engagement-diverse':
          'Escuchamos a una comunidad diversa de sobrevivientes: de trata sexual y de trata laboral, y de muchas edades, géneros, razas, orígenes nacionales, orientaciones sexuales y capacidades.',
        'engagement-time': 'Preguntamos pronto y damos tiempo suficiente, en lugar de pedir comentarios rápidos sobre un trabajo casi terminado.',
        'engagement-choice': 'Las personas sobrevivientes eligen si participan y cómo, y pueden decir que no sin ninguna consecuencia.',
        'engagement-overasked': 'Tenemos presente que las personas líderes sobrevivientes reciben muchas solicitudes, y respetamos sus otros compromisos.',
      },
      nextSteps: [
        'Redacte un plan para contar con la opinión de sobrevivientes en cada etapa de su próximo proyecto: diseño, ejecución y evaluación.',
        'Amplíe a quién escucha: sobrevivientes de trata laboral además de trata sexual, y personas de orígenes diversos.',
        'Comparta los borradores pronto y dé a las personas sobrevivientes semanas, no días, para responder.',
      ],
    },
    collaboration: {
      title: 'Colaboración entre sectores',
      description: 'Cómo trabaja con socios de otros sectores y con grupos dirigidos por sobrevivientes.',
      statements: {
        'collaboration-survivor-led': 'Colaboramos con organizaciones y grupos dirigidos por personas sobrevivientes.',
        'collaboration-partners':
          'Nuestros socios (como bienestar infantil, libertad condicional, fuerzas del orden, escuelas y proveedores de servicios) comparten nuestro compromiso con un enfoque informado por sobrevivientes.',
        'collaboration-justice': 'En nuestras alianzas, cada persona sobreviviente decide por sí misma si participa en el proceso de justicia penal.',
        'collaboration-power': 'Nuestras alianzas comparten el poder y las decisiones, y cada socio conoce su papel en un enfoque informado sobre el trauma.',
      },
      nextSteps: [
        'Busque organizaciones dirigidas por sobrevivientes en su región, pregúnteles cómo les gustaría colaborar y pague por su tiempo.',
        'Acuerde con sus socios principios comunes como la seguridad, la transparencia y la libertad de elección, y póngalos por escrito.',
        'Asegúrese de que ningún socio presione a las personas sobrevivientes para participar en investigaciones o juicios.',
      ],
    },
    services: {
      title: 'Detección, evaluación y servicios de tratamiento',
      description: 'Cómo sus servicios reconocen el trauma y evitan causar más.',
      statements: {
        'services-recognize': 'Nuestro personal reconoce las señales del trauma en las personas que atendemos, en sus familias y entre colegas.',
        'services-intake': 'Nuestra detección y admisión preguntan solo lo necesario, explican por qué preguntamos y evitan retraumatizar a las personas.',
        'services-choice': 'Las personas que atendemos participan en las decisiones sobre sus propios planes y metas.',
        'services-peer': 'Ofrecemos apoyo entre pares y dirigido por sobrevivientes, o derivamos a las personas a ese apoyo.',
        'services-culture': 'Nuestros servicios responden a la cultura, el idioma y el género de las personas, y al trauma histórico.',
      },
      nextSteps: [
        'Revise sus preguntas de admisión y detección con personas consultoras sobrevivientes y elimine toda pregunta que no necesite.',
        'Explique a las personas por qué se hace cada pregunta y qué pasa con sus respuestas.',
        'Establezca vías de derivación hacia el apoyo entre pares y dirigido por sobrevivientes.',
      ],
    },
    workforce: {
      title: 'Capacitación y desarrollo del personal',
      description: 'Cómo prepara, contrata y apoya a quienes hacen el trabajo.',
      statements: {
        'workforce-training':
          'Todo el personal está capacitado en prácticas informadas sobre el trauma, centradas en la víctima e informadas por sobrevivientes, y la capacitación se actualiza.',
        'workforce-trainers': 'Personas sobrevivientes dirigen o codirigen algunas de nuestras capacitaciones y reciben pago como capacitadoras.',
        'workforce-hiring':
          'Nuestras ofertas de empleo están abiertas a personas sobrevivientes, y la experiencia cuenta como equivalente a la formación cuando corresponde.',
        'workforce-growth':
          'Las personas sobrevivientes que trabajan con nosotros tienen oportunidades de crecer: capacitación, mentoría y desarrollo del liderazgo.',
        'workforce-wellbeing': 'Apoyamos el bienestar del personal y reconocemos cómo el trauma afecta a quienes hacen este trabajo.',
      },
      nextSteps: [
        'Programe capacitación informada sobre el trauma y por sobrevivientes para cada equipo, con capacitadores sobrevivientes remunerados a cargo de una parte.',
        'Reescriba las descripciones de puestos para que cuenten la experiencia vivida y las equivalencias de formación.',
        'Ofrezca desarrollo profesional y mentoría al personal y a las personas consultoras sobrevivientes.',
        'Ponga en marcha apoyos para el personal afectado por el trauma secundario.',
      ],
    },
    monitoring: {
      title: 'Seguimiento del progreso y garantía de calidad',
      description: 'Cómo comprueba que su práctica mejora.',
      statements: {
        'monitoring-feedback': 'Las personas sobrevivientes y las que atendemos tienen formas seguras de darnos su opinión, de forma anónima si lo desean.',
        'monitoring-act': 'Actuamos según esas opiniones y contamos a las personas qué cambió gracias a ellas.',
        'monitoring-repeat': 'Repetimos una autoevaluación como esta a intervalos regulares y comparamos los resultados.',
      },
      nextSteps: [
        'Cree una forma sencilla y anónima de dar opiniones, e informe qué cambió gracias a ellas.',
        'Forme un pequeño grupo de trabajo, con integrantes sobrevivientes, para convertir estos resultados en un plan de acción.',
        'Fije una fecha para repetir esta evaluación y compare los resultados.',
      ],
    },
    financing: {
      title: 'Financiamiento',
      description: 'Cómo su presupuesto paga el trabajo informado por sobrevivientes.',
      statements: {
        'financing-budget': 'Nuestro presupuesto tiene una partida para pagar a personas sobrevivientes que asesoran, capacitan o aconsejan.',
        'financing-fair': 'Pagamos a las personas sobrevivientes de forma justa y puntual, con tarifas acordes con su experiencia.',
        'financing-lasting': 'El financiamiento del trabajo informado por sobrevivientes está planificado a largo plazo, no solo para un proyecto.',
      },
      nextSteps: [
        'Agregue una partida para la remuneración de sobrevivientes en su próximo presupuesto o propuesta de subvención.',
        'Fije tarifas para las personas consultoras sobrevivientes iguales a las de otros expertos, y pague a tiempo.',
        'Busque fondos equivalentes o compartidos con sus socios para mantener las funciones de sobrevivientes.',
      ],
    },
    evaluation: {
      title: 'Evaluación',
      description: 'Cómo las personas sobrevivientes dan forma a lo que aprende sobre su trabajo.',
      statements: {
        'evaluation-design': 'Personas sobrevivientes ayudan a decidir qué evaluamos y cómo.',
        'evaluation-paid': 'Las personas sobrevivientes que ayudan en la evaluación, por ejemplo dirigiendo grupos focales, reciben pago por su trabajo.',
        'evaluation-use':
          'Usamos lo que encuentran las evaluaciones para cambiar nuestros programas, y compartimos los resultados con las personas sobrevivientes que participaron.',
      },
      nextSteps: [
        'Invite a personas consultoras sobrevivientes remuneradas a ayudar a diseñar su próxima evaluación, incluidas sus preguntas.',
        'Comparta los resultados de la evaluación con sus socios sobrevivientes y pregúnteles qué cambiarían.',
      ],
    },
  },
};

export default es;
