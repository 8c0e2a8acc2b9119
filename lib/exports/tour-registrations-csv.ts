// Every registration of the tour as one CSV file for French Excel: the columns of an event's
// export (lib/exports/registrations-csv.ts) after the event, its region and date, then one column
// per workshop slot position ("Atelier 1", "Atelier 2"…), since events have different slots.
import { parisParts } from '@/lib/time';
import { buildCsv, type CsvValue } from './csv';
import { choiceCell, REGISTRATION_CSV_HEADERS, registrationCells, type RegistrationCsvFields } from './registrations-csv';

export const TOUR_CSV_LEADING_HEADERS = ['Rencontre', 'Région', 'Date'] as const;

export type TourCsvRow = RegistrationCsvFields & {
  eventTitle: string;
  regionName: string;
  eventStartsAt: Date;
  /** The event's zone: its date is the local day. */
  eventTimeZone?: string;
  /** The chosen atelier of each slot, by the slot's position in its event (1, 2…). */
  choices: Record<number, { code: string; title: string }>;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "08/12/2022", the day in a zone (Paris by default): French Excel reads it as a date. */
export function excelDate(instant: Date, timeZone?: string): string {
  const p = parisParts(instant, timeZone);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

export function tourSlotHeaders(slotCount: number): string[] {
  return Array.from({ length: slotCount }, (_, i) => `Atelier ${i + 1}`);
}

export function tourRegistrationsCsv(rows: TourCsvRow[], slotCount: number): string {
  const headers = [...TOUR_CSV_LEADING_HEADERS, ...REGISTRATION_CSV_HEADERS, ...tourSlotHeaders(slotCount)];
  const lines: CsvValue[][] = rows.map((r) => [
    r.eventTitle,
    r.regionName,
    excelDate(r.eventStartsAt, r.eventTimeZone),
    ...registrationCells(r),
    ...Array.from({ length: slotCount }, (_, i) => choiceCell(r.choices[i + 1])),
  ]);
  return buildCsv(headers, lines);
}
