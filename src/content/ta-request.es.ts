/** Spanish labels of the TA request form's default content (`ta-request.ts`); loaded with the Spanish strings only. */
import type { taAudiences, TaTopicId } from './ta-request.js';

export const taTopicsEs: Record<TaTopicId, string> = {
  'survivor-informed-practice': 'Cómo ser una organización informada por sobrevivientes',
  'trauma-informed-approach': 'Un enfoque informado sobre el trauma',
  'victim-centered-practice': 'Una práctica centrada en la víctima',
  'partnering-with-survivor-leaders': 'Trabajar con líderes sobrevivientes como profesionales remunerados',
  'consultant-policies': 'Políticas para trabajar de forma ética con personas consultoras sobrevivientes',
  'labor-trafficking': 'Cómo reconocer la trata laboral y cómo responder',
  'identification-and-prevention': 'Cómo identificar y prevenir la trata infantil',
  'serving-exploited-youth': 'Atención a niñas, niños y jóvenes víctimas de explotación sexual',
  'multidisciplinary-teams': 'Equipos multidisciplinarios y protocolos entre agencias',
  'harm-reduction': 'Reducción de daños',
  'peer-support-and-leadership': 'Apoyo entre pares y desarrollo del liderazgo de sobrevivientes',
};

export const taAudiencesEs: Record<(typeof taAudiences)[number]['id'], string> = {
  'child-welfare': 'Bienestar infantil',
  probation: 'Libertad a prueba',
  'law-enforcement': 'Policía y fuerzas del orden',
  'school-personnel': 'Personal escolar',
  'youth-serving-providers': 'Proveedores de servicios para jóvenes',
  parents: 'Madres y padres',
  caregivers: 'Personas cuidadoras y familias de crianza temporal',
  community: 'La comunidad en general',
  other: 'Otras personas',
};
