// Between a survey answer (the schema's values) and a practice's row: the columns to write, the
// respondent's version kept in `original`, and the form's values of an answer to edit again.
import type { Practice, PracticeOriginal } from '@/db/schema';
import { EMPTY_SURVEY, MAX_LINKS, type SurveyFormValues, type SurveyInput } from './survey-schema';
import { PRACTICE_THEME_KEYS, type PracticeTheme } from './model';

/** The respondent's fields, as columns of `practices` (also the keys of `original`). */
export function answerColumns(input: SurveyInput, regionId: number | null) {
  return {
    respondentName: input.respondentName,
    respondentOrganisation: input.respondentOrganisation,
    respondentOrganisationType: input.respondentOrganisationType || null,
    respondentRole: input.respondentRole,
    respondentEmail: input.email,
    regionId,
    department: input.department,
    communes: input.communes,
    qpv: input.qpv,
    qpvNames: input.qpv === false ? '' : input.qpvNames,
    themes: input.themes,
    otherTheme: input.themes.includes('autre') ? input.otherTheme : '',
    title: input.title,
    actors: input.actors,
    context: input.context,
    actions: input.actions,
    results: input.results,
    insertionHours: input.insertionHours,
    peopleHired: input.peopleHired,
    difficulties: input.difficulties,
    reproduce: input.reproduce,
    period: input.period,
    links: input.links,
  };
}

export type AnswerColumns = ReturnType<typeof answerColumns>;

export function originalOf(columns: AnswerColumns): PracticeOriginal {
  return { ...columns };
}

/**
 * A consent's time: kept while the consent stands (the moment it was first given), now when it is
 * given, null when it is withdrawn.
 */
export function consentTime(given: boolean, before: Date | null | undefined, now: Date): Date | null {
  if (!given) return null;
  return before ?? now;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? String(v) : '');

/** What the respondent edits: their own version (`original`) when there is one, else the columns. */
export function formValuesOf(practice: Practice, regionCode: (id: number) => string): SurveyFormValues {
  const source: Record<string, unknown> = practice.original ?? answerColumnsOfRow(practice);
  const themes = (Array.isArray(source.themes) ? source.themes : []).filter((t): t is PracticeTheme =>
    PRACTICE_THEME_KEYS.includes(t as PracticeTheme),
  );
  const links = (Array.isArray(source.links) ? source.links : []).map(str);
  const regionId = typeof source.regionId === 'number' ? source.regionId : null;
  return {
    ...EMPTY_SURVEY,
    respondentName: str(source.respondentName),
    respondentOrganisation: str(source.respondentOrganisation),
    respondentOrganisationType: (str(source.respondentOrganisationType) || '') as SurveyFormValues['respondentOrganisationType'],
    respondentRole: str(source.respondentRole),
    email: str(source.respondentEmail) || practice.respondentEmail,
    regionCode: regionId === null ? '' : regionCode(regionId),
    department: str(source.department),
    title: str(source.title),
    communes: str(source.communes),
    qpv: typeof source.qpv === 'boolean' ? source.qpv : null,
    qpvNames: str(source.qpvNames),
    themes,
    otherTheme: str(source.otherTheme),
    actors: str(source.actors),
    context: str(source.context),
    actions: str(source.actions),
    results: str(source.results),
    insertionHours: num(source.insertionHours),
    peopleHired: num(source.peopleHired),
    difficulties: str(source.difficulties),
    reproduce: str(source.reproduce),
    period: str(source.period),
    links: [...links, ...Array.from({ length: MAX_LINKS }, () => '')].slice(0, MAX_LINKS),
    consentPublication: practice.consentPublicationAt !== null,
    consentContact: practice.consentContactAt !== null,
  };
}

function answerColumnsOfRow(p: Practice): AnswerColumns {
  const keys = Object.keys(answerColumns(EMPTY_INPUT, null)) as (keyof AnswerColumns)[];
  return Object.fromEntries(keys.map((key) => [key, p[key]])) as AnswerColumns;
}

const EMPTY_INPUT = { ...EMPTY_SURVEY, themes: [], links: [], insertionHours: null, peopleHired: null } as unknown as SurveyInput;
