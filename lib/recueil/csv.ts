// The recueil's selection as one CSV file for French Excel (lib/exports/csv.ts: BOM, ";", CRLF,
// formulas neutralised): the public content of each published practice, then its respondent only
// when they agreed to be contacted (their consent's date says so), empty cells otherwise.
import { buildCsv, type CsvValue } from '@/lib/exports/csv';
import { excelDate } from '@/lib/exports/tour-registrations-csv';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import type { OrganisationType } from '@/db/schema';
import { presentationLine } from './presentation';
import { qpvLabel, themeLabels, type RecueilPractice } from './model';

export type RecueilRespondent = {
  name: string;
  organisation: string;
  organisationType: OrganisationType | null;
  role: string;
  email: string;
  consentContactAt: Date;
};

export const RECUEIL_CSV_HEADERS = [
  'Titre',
  'Fiche en ligne',
  'Région',
  'Département',
  'Communes',
  'QPV',
  'Thèmes',
  'Résumé',
  'Acteurs',
  'Contexte',
  'Ce qui a été fait',
  'Résultats',
  'Heures d’insertion',
  'Personnes recrutées',
  'Difficultés',
  'Pour reproduire',
  'Période',
  'Liens',
  'Présentée lors des rencontres',
  'Publiée le',
  'Accepte d’être contacté·e',
  'Contact : nom',
  'Contact : organisation',
  'Contact : type d’organisation',
  'Contact : fonction',
  'Contact : e-mail',
] as const;

export function recueilCsv(practices: RecueilPractice[], respondents: ReadonlyMap<string, RecueilRespondent>, appUrl: string): string {
  const rows: CsvValue[][] = practices.map((p) => {
    const r = respondents.get(p.id);
    return [
      p.title,
      `${appUrl}/pratiques/${p.slug}`,
      p.region.name,
      p.department,
      p.communes,
      qpvLabel(p),
      themeLabels(p).join(' ; '),
      p.summary,
      p.actors,
      p.context,
      p.actions,
      p.results,
      p.insertionHours,
      p.peopleHired,
      p.difficulties,
      p.reproduce,
      p.period,
      p.links.join(' '),
      p.presentations.map(presentationLine).join(' ; '),
      p.publishedAt ? excelDate(p.publishedAt) : '',
      r ? `Oui, le ${excelDate(r.consentContactAt)}` : 'Non',
      r?.name ?? '',
      r?.organisation ?? '',
      r?.organisationType ? organisationTypeLabel(r.organisationType) : '',
      r?.role ?? '',
      r?.email ?? '',
    ];
  });
  return buildCsv([...RECUEIL_CSV_HEADERS], rows);
}
