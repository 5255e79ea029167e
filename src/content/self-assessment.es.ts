/**
 * The Spanish text of the default self-assessment instrument (see `self-assessment.ts`), by its ids.
 * Loaded only when a widget shows Spanish. US public-service Spanish: usted, inclusive forms.
 */
import type { InstrumentTranslation } from './self-assessment.js';

const es: InstrumentTranslation = {
  title: '¿Qué tan informada por sobrevivientes es nuestra organización?',
  intro:
    'Responda en equipo, no a solas, e incluya en ese equipo a personas consultoras sobrevivientes remuneradas. Califique lo que su ' +
    'organización hace hoy, no lo que piensa hacer. Cuando nadie esté seguro, elija “No sé”: se convierte en algo que averiguar. ' +
    'Omita cualquier área que no corresponda a su trabajo. Los resultados son un punto de partida para un plan de acción, no una calificación.',
  credit: 'Áreas tomadas del enfoque de SAMHSA informado sobre el trauma (2014). Afirmaciones escritas para esta herramienta.',
  areas: {
    governance: {
      title: 'Gobernanza y liderazgo',
      description: 'Quién decide el rumbo de su organización y cómo llega a esas decisiones el conocimiento de las personas sobrevivientes.',
      statements: {
        'gov-mission': {
          text: 'Nuestra declaración de misión o nuestro plan estratégico nos compromete con una práctica informada por sobrevivientes.',
          nextStep:
            'Agregue un compromiso claro con la práctica informada por sobrevivientes a su declaración de misión o plan estratégico en su próxima revisión.',
        },
        'gov-lead': {
          text: 'Una persona líder designada es responsable de nuestra práctica informada por sobrevivientes.',
          nextStep: 'Designe a una persona líder que responda por la práctica informada por sobrevivientes y reserve parte de su tiempo de trabajo para ello.',
        },
        'gov-formal-role': {
          text: 'Las personas asesoras sobrevivientes tienen un papel formal en las decisiones sobre nuestro rumbo, como puestos en la junta o un consejo asesor permanente.',
          nextStep:
            'Dé a las personas asesoras sobrevivientes un lugar formal en las decisiones: puestos en su junta o un consejo asesor permanente que se reúna antes de decidir.',
        },
        'gov-several': {
          text: 'Nos asesora más de una persona sobreviviente a la vez, para que nadie tenga que hablar en nombre de todas.',
          nextStep: 'Trabaje con varias personas asesoras sobrevivientes a la vez, para que nadie cargue sola con la perspectiva sobreviviente.',
        },
        'gov-culture': {
          text: 'Si se le pregunta qué significa la práctica informada por sobrevivientes en su propio trabajo, nuestro personal sabe explicarlo con sus palabras.',
          nextStep: 'Dedique una reunión de cada equipo a hablar de lo que cambia la práctica informada por sobrevivientes en su trabajo diario.',
        },
      },
    },
    policy: {
      title: 'Políticas',
      description: 'Lo que dicen sus políticas y procedimientos escritos sobre el trabajo con personas sobrevivientes.',
      statements: {
        'policy-pay': {
          text: 'Una política escrita establece cómo pagamos a las personas sobrevivientes que nos asesoran, capacitan o aconsejan.',
          nextStep: 'Redacte una política de pago para las personas sobrevivientes que asesoran, capacitan o aconsejan, con las tarifas y el plazo de pago.',
        },
        'policy-no-disclosure': {
          text: 'Nuestras políticas dicen que nadie tiene que contar su propia historia para trabajar, hacer voluntariado o recibir ayuda con nosotros.',
          nextStep: 'Establezca en sus políticas que contar la propia historia nunca es una condición para trabajar, hacer voluntariado o recibir ayuda.',
        },
        'policy-consent': {
          text: 'Antes de que la historia, el nombre o la imagen de una persona sobreviviente aparezca en la recaudación de fondos o la difusión, tenemos su consentimiento por escrito para ese uso.',
          nextStep: 'Use un formulario de consentimiento para cada historia, nombre o imagen, que diga dónde aparecerá y por cuánto tiempo.',
        },
        'policy-withdraw': {
          text: 'Tenemos un procedimiento para retirar la historia o la imagen de una persona sobreviviente cuando retira su consentimiento.',
          nextStep: 'Escriba cómo puede una persona sobreviviente retirar su consentimiento, quién quita su historia o imagen y en qué plazo.',
        },
        'policy-guide': {
          text: 'Una guía escrita explica cómo invitamos, preparamos y apoyamos a líderes sobrevivientes para que trabajar con nosotros no les cause daño.',
          nextStep:
            'Escriba una guía breve sobre cómo invitar, preparar y apoyar a líderes sobrevivientes; la política de elegibilidad de personas consultoras de otro programa puede servirle para empezar.',
        },
      },
    },
    environment: {
      title: 'Entorno físico',
      description: 'Qué tan seguros les parecen sus espacios, sus materiales y su sitio web a quienes los usan.',
      statements: {
        'env-private': {
          text: 'Tenemos un lugar para conversar donde nadie más puede escuchar.',
          nextStep: 'Reserve una sala, o ciertos horarios, en los que nadie pueda escuchar las conversaciones.',
        },
        'env-images': {
          text: 'Nuestros materiales y nuestro sitio web no usan imágenes que puedan angustiar o avergonzar a las personas que atendemos.',
          nextStep: 'Revise sus imágenes y reemplace las que muestren daño, ataduras o vergüenza por imágenes tranquilas y respetuosas.',
        },
        'env-languages': {
          text: 'Nuestros letreros y materiales principales están en los idiomas que más hablan las personas que atendemos.',
          nextStep: 'Traduzca sus letreros y materiales principales a los idiomas que más se hablan en su comunidad.',
        },
        'env-exit': {
          text: 'Nuestro sitio web tiene una salida rápida que lleva a la persona directamente a un sitio neutral.',
          nextStep: 'Agregue una salida rápida a las páginas de su sitio web que las personas sobrevivientes probablemente visiten.',
        },
        'env-walkthrough': {
          text: 'En el último año, personas consultoras sobrevivientes remuneradas revisaron nuestros espacios o nuestro sitio web y nos dijeron qué les pareció inseguro.',
          nextStep:
            'Pida a personas consultoras sobrevivientes remuneradas que recorran sus espacios y su sitio web, y anote lo que les pareció inseguro o poco acogedor.',
        },
      },
    },
    engagement: {
      title: 'Participación e involucramiento',
      description: 'Cómo pide la opinión de las personas sobrevivientes y qué hace con ella.',
      statements: {
        'eng-plan': {
          text: 'Para cada proyecto nuevo, dejamos por escrito cuándo pediremos la opinión de personas sobrevivientes, desde el diseño hasta la evaluación.',
          nextStep:
            'Para su próximo proyecto, deje por escrito cuándo pedirá la opinión de personas sobrevivientes: al diseñarlo, al llevarlo a cabo y al evaluarlo.',
        },
        'eng-early': {
          text: 'Pedimos la opinión de personas sobrevivientes cuando nuestros planes todavía pueden cambiar.',
          nextStep: 'Comparta los planes con las personas asesoras sobrevivientes cuando aún son borradores, y deles semanas, no días, para responder.',
        },
        'eng-labor': {
          text: 'Entre las personas sobrevivientes que escuchamos hay personas que vivieron trata laboral.',
          nextStep: 'Pida a grupos dirigidos por sobrevivientes que le ayuden a llegar a personas que vivieron trata laboral.',
        },
        'eng-backgrounds': {
          text: 'Entre las personas sobrevivientes que escuchamos hay personas de distintas edades, géneros, razas, países de origen, orientaciones sexuales y capacidades.',
          nextStep: 'Observe qué voces escucha hoy, anote cuáles faltan y pida a grupos dirigidos por sobrevivientes que le ayuden a llegar a ellas.',
        },
        'eng-public': {
          text: 'Antes de que alguien hable en público en nuestro nombre sobre su propia experiencia, revisamos con esa persona los beneficios y los riesgos de hacerlo.',
          nextStep:
            'Antes de cada charla o entrevista, revise con la persona los beneficios y los riesgos de hablar en público, y deje la decisión en sus manos.',
        },
        'eng-decline': {
          text: 'Les decimos a las personas sobrevivientes con quienes trabajamos que rechazar una solicitud no afectará su función, su pago ni sus servicios.',
          nextStep:
            'Diga por escrito a las personas sobrevivientes con quienes colabora que decir que no a una solicitud no cambia en nada su función, su pago ni sus servicios.',
        },
      },
    },
    collaboration: {
      title: 'Colaboración entre sectores',
      description: 'Cómo trabaja con agencias aliadas y con grupos dirigidos por personas sobrevivientes.',
      statements: {
        'col-survivor-led': {
          text: 'Tenemos al menos una alianza activa con un grupo dirigido por personas sobrevivientes.',
          nextStep: 'Busque los grupos dirigidos por sobrevivientes de su región y pregúnteles cómo les gustaría trabajar con usted, con remuneración.',
        },
        'col-principles': {
          text: 'Nosotros y nuestras principales organizaciones aliadas acordamos por escrito cómo trabajaremos con personas sobrevivientes.',
          nextStep:
            'Acuerde con sus principales aliados unos principios comunes, como la seguridad, la transparencia y la libre elección, y póngalos por escrito.',
        },
        'col-justice': {
          text: 'Nuestras organizaciones aliadas dejan que cada persona sobreviviente decida si participa en una investigación o en un juicio.',
          nextStep: 'Acuerde con las fuerzas del orden y la fiscalía que participar en un caso es siempre decisión de la persona sobreviviente.',
        },
        'col-referrals': {
          text: 'Antes de referir a alguien a una organización aliada, le preguntamos qué quiere que compartamos.',
          nextStep: 'Antes de cada referido, pregunte a la persona qué quiere que se comparta, y no comparta nada más.',
        },
      },
    },
    services: {
      title: 'Evaluación inicial, valoración y servicios de tratamiento',
      description: 'Cómo sus servicios reconocen el trauma y evitan agravarlo.',
      statements: {
        'svc-signs': {
          text: 'El personal que atiende al público recibió capacitación para reconocer señales de trauma.',
          nextStep: 'Capacite a todo el personal que atiende al público para notar señales de trauma y responder con calma.',
        },
        'svc-questions': {
          text: 'Nuestra admisión hace solo las preguntas que necesitamos para prestar el servicio.',
          nextStep: 'Revise su formulario de admisión con personas consultoras sobrevivientes y quite cada pregunta que no necesite.',
        },
        'svc-who-sees': {
          text: 'En la admisión, les decimos a las personas quién verá sus respuestas.',
          nextStep: 'Agregue a su admisión una línea que diga quién verá las respuestas y por qué se hace cada pregunta.',
        },
        'svc-goals': {
          text: 'Las personas que atendemos fijan las metas de sus propios planes de servicio.',
          nextStep: 'Cambie sus formularios de planificación para que las metas de la propia persona vayan primero.',
        },
        'svc-peer': {
          text: 'Podemos referir a las personas a grupos de apoyo entre pares dirigidos por sobrevivientes.',
          nextStep: 'Establezca vías de referido con grupos de apoyo entre pares dirigidos por sobrevivientes.',
        },
        'svc-language': {
          text: 'Las personas pueden recibir nuestros servicios en su propio idioma, con personal bilingüe o intérpretes profesionales.',
          nextStep: 'Organice intérpretes profesionales y nunca pida a familiares, ni a niñas o niños, que interpreten.',
        },
      },
    },
    workforce: {
      title: 'Capacitación y desarrollo del personal',
      description: 'Cómo prepara, contrata y apoya a las personas que hacen el trabajo.',
      statements: {
        'wf-training': {
          text: 'Todo el personal recibió capacitación sobre la práctica informada sobre el trauma.',
          nextStep: 'Programe capacitación informada sobre el trauma para cada equipo e inclúyala en los primeros meses de cada nueva contratación.',
        },
        'wf-trainers': {
          text: 'Personas sobrevivientes remuneradas como capacitadoras dirigen o codirigen parte de la capacitación de nuestro personal.',
          nextStep: 'Pida a personas capacitadoras sobrevivientes remuneradas que dirijan parte de la próxima capacitación de su personal.',
        },
        'wf-equivalency': {
          text: 'Nuestras ofertas de empleo aceptan experiencia en lugar de un título siempre que el trabajo lo permite.',
          nextStep: 'Reescriba sus ofertas de empleo para que la experiencia pueda reemplazar un título siempre que el trabajo lo permita.',
        },
        'wf-growth': {
          text: 'Cada persona en un puesto que requiere experiencia vivida tiene un plan anual de capacitación, mentoría o ascenso.',
          nextStep: 'Acuerde un plan anual de desarrollo con cada persona en un puesto que requiere experiencia vivida.',
        },
        'wf-confidential': {
          text: 'Nuestras normas de recursos humanos dicen que la historia personal de un miembro del personal solo la conocen las personas a quienes decide contársela.',
          nextStep:
            'Agregue a sus normas de recursos humanos que nadie comparte la historia personal de un miembro del personal sin su permiso, y capacite a quienes supervisan.',
        },
        'wf-supervision': {
          text: 'La supervisión incluye tiempo regular para hablar de cómo el trabajo está afectando a la persona.',
          nextStep: 'Incluya en cada reunión de supervisión una breve conversación sobre cómo el trabajo está afectando a cada persona.',
        },
        'wf-counseling': {
          text: 'Cualquier miembro del personal puede usar consejería pagada por nosotros sin tener que explicar por qué.',
          nextStep: 'Ofrezca consejería a todo el personal, pagada por su organización, sin que nadie tenga que dar una razón.',
        },
      },
    },
    monitoring: {
      title: 'Seguimiento del progreso y control de calidad',
      description: 'Cómo comprueba si su práctica funciona, y cómo la mejora.',
      statements: {
        'mon-anonymous': {
          text: 'Las personas que atendemos pueden darnos su opinión sin dar su nombre.',
          nextStep: 'Ofrezca una forma sencilla de opinar sin dar el nombre, en papel y en línea.',
        },
        'mon-report-back': {
          text: 'Les decimos a las personas qué cambiamos gracias a sus opiniones.',
          nextStep: 'Cada pocos meses, publique o envíe una nota breve sobre lo que cambió gracias a las opiniones recibidas.',
        },
        'mon-workgroup': {
          text: 'Un grupo de trabajo que incluye personas consultoras sobrevivientes remuneradas convierte resultados como estos en un plan de acción.',
          nextStep:
            'Forme un grupo de trabajo pequeño, con personas consultoras sobrevivientes remuneradas, para convertir estos resultados en un plan de acción.',
        },
        'mon-repeat': {
          text: 'Repetimos esta autoevaluación al menos una vez al año.',
          nextStep: 'Marque en el calendario una fecha para repetir esta evaluación, y guarde este resultado para comparar.',
        },
      },
    },
    financing: {
      title: 'Financiamiento',
      description: 'Cómo su presupuesto paga el trabajo informado por sobrevivientes.',
      statements: {
        'fin-budget': {
          text: 'Nuestro presupuesto tiene una partida para pagar a personas sobrevivientes que nos asesoran, capacitan o aconsejan.',
          nextStep: 'Agregue una partida para el pago de personas sobrevivientes a su próximo presupuesto y a sus solicitudes de subvención.',
        },
        'fin-rates': {
          text: 'Nuestras tarifas para personas consultoras sobrevivientes son iguales a las que pagamos a otras personas consultoras con experiencia similar.',
          nextStep: 'Compare sus tarifas para personas consultoras sobrevivientes con lo que paga a otras personas expertas, y cierre cualquier diferencia.',
        },
        'fin-prompt': {
          text: 'Pagamos a las personas consultoras sobrevivientes dentro de los 30 días siguientes a su trabajo.',
          nextStep: 'Fije un plazo de pago de 30 días o menos, y reduzca los trámites de los pagos pequeños.',
        },
        'fin-lasting': {
          text: 'El dinero para los puestos de personas sobrevivientes se planifica más allá de un solo año o una sola subvención.',
          nextStep: 'Planifique los puestos de personas sobrevivientes a varios años y busque fondos de contrapartida con sus aliados para mantenerlos.',
        },
      },
    },
    evaluation: {
      title: 'Evaluación',
      description: 'Cómo las personas sobrevivientes influyen en lo que usted mide y en lo que aprende de ello.',
      statements: {
        'ev-questions': {
          text: 'Personas sobrevivientes ayudan a elegir qué miden nuestras evaluaciones.',
          nextStep: 'Invite a personas consultoras sobrevivientes remuneradas a ayudar a elegir las preguntas de su próxima evaluación.',
        },
        'ev-paid': {
          text: 'Las personas sobrevivientes que ayudan en una evaluación, por ejemplo dirigiendo grupos focales, reciben un pago por ello.',
          nextStep: 'Incluya en el presupuesto el pago de cada persona sobreviviente que ayude en una evaluación.',
        },
        'ev-share': {
          text: 'Compartimos lo que encontró una evaluación con las personas sobrevivientes que participaron en ella.',
          nextStep: 'Envíe un resumen breve y claro de los resultados a todas las personas que participaron.',
        },
        'ev-use': {
          text: 'En el último año, cambiamos un programa por lo que encontró una evaluación.',
          nextStep: 'Elija un resultado de su última evaluación y acuerde el cambio que requiere.',
        },
      },
    },
  },
};

export default es;
