// The registrations of an event as a CSV file for French Excel: one line per registration, one
// column per workshop slot, times in Paris.
import type { Registration } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/registrations/list-filters';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { formatTimeRange, parisParts } from '@/lib/time';
import { buildCsv, type CsvValue } from './csv';

export const REGISTRATION_CSV_HEADERS = [
  'Prénom',
  'Nom',
  'E-mail',
  'Organisation',
  "Type d'organisation",
  'Fonction',
  'Code postal',
  'Statut',
  'Déjeuner',
  "Besoins d'accessibilité",
  'Inscrit le',
  'Présent',
] as const;

type Slot = { id: string; startsAt: Date; endsAt: Date };
export type RegistrationCsvFields = Pick<
  Registration,
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'organisation'
  | 'organisationType'
  | 'jobTitle'
  | 'postcode'
  | 'status'
  | 'lunch'
  | 'accessibilityNeeds'
  | 'createdAt'
  | 'checkedInAt'
>;
type Row = RegistrationCsvFields & { choices: Record<string, { code: string; title: string }> };

const pad = (n: number) => String(n).padStart(2, '0');

/** "08/12/2022 09:30" in Paris time: French Excel reads it as a date. */
export function excelDateTime(instant: Date): string {
  const p = parisParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * "Atelier 14h00–15h00" per slot, in the event's zone; two slots at the same times are told
 * apart by their order.
 */
export function slotHeaders(slots: Slot[], timeZone?: string): string[] {
  const seen = new Map<string, number>();
  return slots.map((slot) => {
    const header = `Atelier ${formatTimeRange(slot.startsAt, slot.endsAt, timeZone)}`;
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return n === 1 ? header : `${header} (${n})`;
  });
}

/** The cells under REGISTRATION_CSV_HEADERS, in their order: every registration export uses them. */
export function registrationCells(r: RegistrationCsvFields): CsvValue[] {
  return [
    r.firstName,
    r.lastName,
    r.email,
    r.organisation,
    organisationTypeLabel(r.organisationType),
    r.jobTitle,
    r.postcode,
    STATUS_LABELS[r.status],
    r.lunch ? 'oui' : 'non',
    r.accessibilityNeeds,
    excelDateTime(r.createdAt),
    r.checkedInAt ? 'oui' : 'non',
  ];
}

/** "A. Titre" for a chosen atelier, empty for none. */
export const choiceCell = (choice: { code: string; title: string } | undefined) => (choice ? `${choice.code}. ${choice.title}` : '');

export function registrationsCsv(slots: Slot[], rows: Row[], timeZone?: string): string {
  const headers = [...REGISTRATION_CSV_HEADERS, ...slotHeaders(slots, timeZone)];
  const lines: CsvValue[][] = rows.map((r) => [...registrationCells(r), ...slots.map((slot) => choiceCell(r.choices[slot.id]))]);
  return buildCsv(headers, lines);
}
