import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/registrations/schema';
import { EMPTY_SURVEY, surveySchema } from './survey-schema';

const errorsOf = (input: unknown) => {
  const parsed = surveySchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('surveySchema', () => {
  it('keeps a draft with only a valid e-mail, and refuses one without', () => {
    expect(errorsOf({ intent: 'draft', email: 'a@exemple.fr' })).toEqual({});
    expect(errorsOf({ ...EMPTY_SURVEY, intent: 'draft', email: 'a@exemple.fr' })).toEqual({});
    expect(Object.keys(errorsOf({ intent: 'draft', email: '' }))).toEqual(['email']);
  });

  it('lists every missing answer of a submission at once, in French', () => {
    const errors = errorsOf({ ...EMPTY_SURVEY, email: 'a@exemple.fr', themes: ['autre'], qpv: true });
    expect(errors).toMatchObject({
      respondentName: 'Indiquez vos prénom et nom.',
      respondentOrganisationType: 'Choisissez le type de votre organisation.',
      regionCode: 'Choisissez la région de la pratique.',
      qpvNames: 'Indiquez le ou les quartiers concernés.',
      otherTheme: 'Précisez l’autre thème.',
      consentPublication: 'Votre accord est nécessaire pour que la pratique puisse être publiée.',
    });
    expect(errors.themes).toBeUndefined();
    expect(errorsOf({ ...EMPTY_SURVEY, email: 'a@exemple.fr' }).themes).toBe('Choisissez au moins un thème.');
  });

  it('reads counts from the form or JSON, drops empty links, refuses other schemes and line breaks', () => {
    const parsed = surveySchema.parse({ intent: 'draft', email: 'a@exemple.fr', insertionHours: ' 1200 ', peopleHired: 3, links: ['', 'https://exemple.fr/a', ''], themes: ['ess', 'ess'] });
    expect(parsed).toMatchObject({ insertionHours: 1200, peopleHired: 3, links: ['https://exemple.fr/a'], themes: ['ess'] });
    expect(surveySchema.parse({ intent: 'draft', email: 'a@exemple.fr', insertionHours: '' }).insertionHours).toBeNull();
    expect(Object.keys(errorsOf({ intent: 'draft', email: 'a@exemple.fr', peopleHired: '1,5', insertionHours: -1, links: ['ftp://exemple.fr'], title: 'a\nb' })).sort()).toEqual(
      ['insertionHours', 'links.0', 'peopleHired', 'title'],
    );
    expect(errorsOf({ intent: 'draft', email: 'a@exemple.fr', links: Array(6).fill('https://exemple.fr') }).links).toBe('Liens : 5 au plus.');
  });
});
