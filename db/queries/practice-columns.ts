// The content of a published practice that anyone may read (the public page, the API, the recueil):
// never the respondent's name or e-mail.
import { practices } from '../schema';

export const PUBLIC_PRACTICE_CONTENT = {
  department: practices.department,
  communes: practices.communes,
  qpv: practices.qpv,
  qpvNames: practices.qpvNames,
  themes: practices.themes,
  otherTheme: practices.otherTheme,
  actors: practices.actors,
  context: practices.context,
  actions: practices.actions,
  results: practices.results,
  insertionHours: practices.insertionHours,
  peopleHired: practices.peopleHired,
  difficulties: practices.difficulties,
  reproduce: practices.reproduce,
  period: practices.period,
  links: practices.links,
  publishedAt: practices.publishedAt,
};
