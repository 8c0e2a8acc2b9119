// One schema for a survey answer, shared by the form (react-hook-form), the server action and the
// API. A draft needs only a valid e-mail (every field bounded); a submission needs the full answer.
// Moderation's editor can reuse the field schemas (practiceFieldsShape) and their labels.
import { z } from 'zod';
import { ORGANISATION_TYPE_VALUES } from '@/lib/registrations/organisation-types';
import { line, registrationSchema, text } from '@/lib/registrations/schema';
import { PRACTICE_THEME_KEYS } from './model';

/** The survey's name, as the tour's programme gives it. */
export const SURVEY_TITLE = 'Les bonnes pratiques d’animation de la clause sociale dans les QPV !';

export const LONG_TEXT_MAX = 5000;
export const MAX_LINKS = 5;

/** The French label of every field of an answer, as the form and moderation show them. */
export const SURVEY_FIELD_LABELS = {
  respondentName: 'Vos prénom et nom',
  respondentOrganisation: 'Votre organisation',
  respondentOrganisationType: "Type d'organisation",
  respondentRole: 'Votre fonction',
  email: 'Votre adresse e-mail',
  regionCode: 'Région',
  department: 'Département',
  title: 'Titre de la pratique',
  communes: 'Commune(s) concernée(s)',
  qpv: 'Un ou plusieurs quartiers prioritaires (QPV) sont-ils concernés ?',
  qpvNames: 'Quel(s) quartier(s) ?',
  themes: 'Thèmes de la pratique',
  otherTheme: 'Autre thème',
  actors: 'Acteurs impliqués',
  context: 'Le contexte',
  actions: 'Ce qui a été fait',
  results: 'Les résultats',
  insertionHours: "Heures d'insertion réalisées",
  peopleHired: 'Personnes recrutées',
  difficulties: 'Les difficultés rencontrées',
  reproduce: "Ce qu'il faut à un autre territoire pour la reproduire",
  period: 'Période',
  links: 'Liens utiles',
  consentPublication: 'Consentement à la publication',
  consentContact: 'Consentement à être contacté·e',
} as const;

export type SurveyField = keyof typeof SURVEY_FIELD_LABELS;

const longText = (label: string) => text(label, LONG_TEXT_MAX).default('');

/** A count (hours, people): empty for none, else a non-negative whole number; a string from the form. */
const count = (label: string) =>
  z
    .union([z.number(), z.string(), z.null()], { error: `${label} : nombre attendu.` })
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
      const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
      if (!Number.isSafeInteger(n) || n < 0 || n > 100_000_000) {
        ctx.addIssue({ code: 'custom', message: `${label} : indiquez un nombre entier positif, sans espace ni virgule (ou laissez vide).` });
        return z.NEVER;
      }
      return n;
    });

const link = z
  .string({ error: 'Lien : texte attendu.' })
  .trim()
  .max(500, { error: 'Lien : 500 caractères au plus.' })
  .refine((v) => v === '' || isWebUrl(v), { error: 'Indiquez une adresse web complète commençant par https:// ou http://.' });

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The practice itself (no respondent): what moderation edits too. */
export const practiceFieldsShape = {
  title: line(SURVEY_FIELD_LABELS.title, 200).default(''),
  department: line(SURVEY_FIELD_LABELS.department, 100).default(''),
  communes: line(SURVEY_FIELD_LABELS.communes, 500).default(''),
  qpv: z.boolean({ error: 'Indiquez si un quartier prioritaire est concerné.' }).nullable().default(null),
  qpvNames: line(SURVEY_FIELD_LABELS.qpvNames, 500).default(''),
  themes: z
    .array(z.enum(PRACTICE_THEME_KEYS, { error: 'Thème inconnu.' }), { error: 'Choisissez au moins un thème.' })
    .max(PRACTICE_THEME_KEYS.length, { error: 'Thèmes : un même thème est choisi plusieurs fois.' })
    .default([])
    .transform((themes) => [...new Set(themes)]),
  otherTheme: line(SURVEY_FIELD_LABELS.otherTheme, 200).default(''),
  actors: text(SURVEY_FIELD_LABELS.actors, 2000).default(''),
  context: longText(SURVEY_FIELD_LABELS.context),
  actions: longText(SURVEY_FIELD_LABELS.actions),
  results: longText(SURVEY_FIELD_LABELS.results),
  insertionHours: count(SURVEY_FIELD_LABELS.insertionHours),
  peopleHired: count(SURVEY_FIELD_LABELS.peopleHired),
  difficulties: longText(SURVEY_FIELD_LABELS.difficulties),
  reproduce: longText(SURVEY_FIELD_LABELS.reproduce),
  period: line(SURVEY_FIELD_LABELS.period, 200).default(''),
  links: z
    .array(link, { error: 'Liens : une liste d’adresses est attendue.' })
    .max(MAX_LINKS, { error: `Liens : ${MAX_LINKS} au plus.` })
    .default([])
    .transform((links) => links.filter((l) => l !== '')),
};

export const surveySchema = z
  .object(
    {
      /** What the person asks: keep a draft, or send the answer (the API always sends). */
      intent: z.enum(['draft', 'submit'], { error: 'Action inconnue.' }).default('submit'),
      respondentName: line(SURVEY_FIELD_LABELS.respondentName, 150).default(''),
      respondentOrganisation: line(SURVEY_FIELD_LABELS.respondentOrganisation, 200).default(''),
      respondentOrganisationType: z
        .union([z.enum(ORGANISATION_TYPE_VALUES), z.literal('')], { error: 'Choisissez le type de votre organisation.' })
        .default(''),
      respondentRole: line(SURVEY_FIELD_LABELS.respondentRole, 150).default(''),
      email: registrationSchema.shape.email,
      regionCode: z
        .string({ error: 'Région : texte attendu.' })
        .trim()
        .regex(/^[0-9A-Za-z]{0,3}$/, { error: 'Choisissez une région de la liste.' })
        .default(''),
      ...practiceFieldsShape,
      consentPublication: z.boolean({ error: 'Consentement à la publication : oui ou non attendu.' }).default(false),
      consentContact: z.boolean({ error: 'Consentement à être contacté·e : oui ou non attendu.' }).default(false),
    },
    { error: 'Le questionnaire est incomplet.' },
  )
  // Checked even when some fields are already refused, so that every missing answer is listed at once:
  // the values may then be the raw input, hence the defensive reads.
  .superRefine((answer, ctx) => {
    if (answer.intent === 'draft') return;
    const missing = (path: SurveyField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const required: [SurveyField, string][] = [
      ['respondentName', 'Indiquez vos prénom et nom.'],
      ['respondentOrganisation', 'Indiquez votre organisation.'],
      ['respondentOrganisationType', 'Choisissez le type de votre organisation.'],
      ['respondentRole', 'Indiquez votre fonction.'],
      ['regionCode', 'Choisissez la région de la pratique.'],
      ['department', 'Indiquez le département de la pratique.'],
      ['title', 'Donnez un titre à la pratique.'],
      ['communes', 'Indiquez la ou les communes concernées.'],
      ['actors', 'Indiquez les acteurs impliqués.'],
      ['context', 'Décrivez le contexte.'],
      ['actions', 'Décrivez ce qui a été fait.'],
      ['results', 'Décrivez les résultats.'],
      ['difficulties', 'Décrivez les difficultés rencontrées (ou indiquez « aucune »).'],
      ['reproduce', "Dites ce qu'il faut à un autre territoire pour reproduire la pratique."],
      ['period', 'Indiquez la période (par exemple « depuis 2021 »).'],
    ];
    const value = answer as Record<string, unknown>;
    const empty = (field: SurveyField) => value[field] === undefined || value[field] === null || (typeof value[field] === 'string' && value[field].trim() === '');
    for (const [field, message] of required) if (empty(field)) missing(field, message);
    const themes = Array.isArray(value.themes) ? value.themes : [];
    if (typeof value.qpv !== 'boolean') missing('qpv', 'Indiquez si un quartier prioritaire est concerné.');
    if (value.qpv === true && empty('qpvNames')) missing('qpvNames', 'Indiquez le ou les quartiers concernés.');
    if (themes.length === 0) missing('themes', 'Choisissez au moins un thème.');
    if (themes.includes('autre') && empty('otherTheme')) missing('otherTheme', 'Précisez l’autre thème.');
    if (value.consentPublication !== true) missing('consentPublication', 'Votre accord est nécessaire pour que la pratique puisse être publiée.');
  }, { when: () => true });

export type SurveyInput = z.output<typeof surveySchema>;
export type SurveyFormValues = z.input<typeof surveySchema>;

/** The empty form. */
export const EMPTY_SURVEY: SurveyFormValues = {
  intent: 'submit',
  respondentName: '',
  respondentOrganisation: '',
  respondentOrganisationType: '',
  respondentRole: '',
  email: '',
  regionCode: '',
  department: '',
  title: '',
  communes: '',
  qpv: null,
  qpvNames: '',
  themes: [],
  otherTheme: '',
  actors: '',
  context: '',
  actions: '',
  results: '',
  insertionHours: '',
  peopleHired: '',
  difficulties: '',
  reproduce: '',
  period: '',
  links: Array.from({ length: MAX_LINKS }, () => ''),
  consentPublication: false,
  consentContact: false,
};
