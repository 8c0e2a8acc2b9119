import { describe, expect, it } from 'vitest';
import { CSV_BOM } from './csv';
import { REGISTRATION_CSV_HEADERS, registrationsCsv } from './registrations-csv';
import { tourRegistrationsCsv, type TourCsvRow } from './tour-registrations-csv';

const row: TourCsvRow = {
  firstName: 'Inès',
  lastName: 'Moreau',
  email: 'ines.moreau@example.org',
  organisation: '=Mission locale; "Sud"',
  organisationType: 'service_public_emploi',
  jobTitle: 'Conseillère',
  postcode: '31000',
  status: 'waitlisted',
  lunch: true,
  accessibilityNeeds: 'Fauteuil',
  createdAt: new Date('2022-11-02T08:05:00Z'),
  checkedInAt: null,
  eventTitle: 'Rencontre régionale des acteurs de l’Occitanie',
  regionName: 'Occitanie',
  eventStartsAt: new Date('2022-12-08T08:30:00Z'),
  choices: { 2: { code: 'C', title: 'Atelier C' } },
};

const lines = (csv: string) => csv.slice(CSV_BOM.length).split('\r\n');

describe('tourRegistrationsCsv', () => {
  it('has the event, region and date, then the columns of an event’s export, then one column per slot position', () => {
    const csv = tourRegistrationsCsv([row], 3);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(lines(csv)[0].split(';')).toEqual(['Rencontre', 'Région', 'Date', ...REGISTRATION_CSV_HEADERS, 'Atelier 1', 'Atelier 2', 'Atelier 3']);
    expect(lines(csv)[1].startsWith('Rencontre régionale des acteurs de l’Occitanie;Occitanie;08/12/2022;')).toBe(true);
    expect(lines(csv)[1].endsWith(';;C. Atelier C;')).toBe(true);
    expect(lines(csv)).toHaveLength(3);
  });

  it('writes a registration’s cells exactly as an event’s export does', () => {
    const partner = lines(registrationsCsv([], [{ ...row, choices: {} }]))[1];
    const tour = lines(tourRegistrationsCsv([row], 0))[1];
    expect(tour.endsWith(`;${partner}`)).toBe(true);
    expect(partner).toContain(`"'=Mission locale; ""Sud"""`);
  });

  it('has only the headers when nothing matches', () => {
    expect(lines(tourRegistrationsCsv([], 2))).toEqual([['Rencontre', 'Région', 'Date', ...REGISTRATION_CSV_HEADERS, 'Atelier 1', 'Atelier 2'].join(';'), '']);
  });
});
