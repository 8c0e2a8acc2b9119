import { describe, expect, it } from 'vitest';
import { parisTime } from '@/lib/time';
import { buildCsv, csvField, neutraliseFormula } from './csv';
import { REGISTRATION_CSV_HEADERS, registrationsCsv, slotHeaders } from './registrations-csv';

/** The file as Excel would split it: BOM off, CRLF lines, ";" fields, RFC 4180 quotes. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const body = csv.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(field), (field = '');
    else if (c === '\r' && body[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(row).toEqual([]);
  expect(field).toBe('');
  return rows;
}

describe('buildCsv', () => {
  it('starts with a UTF-8 BOM, separates with ";" and ends every line with CRLF', () => {
    const csv = buildCsv(['Prénom', 'Nom'], [['Léa', 'Durand'], ['Inès', 'Moreau']]);
    expect(csv).toBe('\uFEFFPrénom;Nom\r\nLéa;Durand\r\nInès;Moreau\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes a field holding the separator, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Habitat; Sud')).toBe('"Habitat; Sud"');
    expect(csvField('Le "Grand" Projet')).toBe('"Le ""Grand"" Projet"');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('sans souci, virgule')).toBe('sans souci, virgule');
    const rows = parse(buildCsv(['a', 'b'], [['x;y', 'il a dit "oui"\r\npuis "non"']]));
    expect(rows).toEqual([['a', 'b'], ['x;y', 'il a dit "oui"\r\npuis "non"']]);
  });

  it('writes empty fields for null and undefined, text for numbers and booleans', () => {
    expect(buildCsv(['a', 'b', 'c', 'd'], [[null, undefined, 12, false]])).toBe('\uFEFFa;b;c;d\r\n;;12;false\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","clic")', `'=HYPERLINK("http://evil.example","clic")`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('neutralises a formula: %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it('leaves ordinary values alone, and neutralises a formula even when it must be quoted', () => {
    for (const value of ['Camille', 'Mission locale', '34080', 'a=b', 'jean-pierre@example.org', '']) expect(neutraliseFormula(value)).toBe(value);
    expect(csvField('=1;2')).toBe(`"'=1;2"`);
    expect(csvField('=A1&"x"')).toBe(`"'=A1&""x"""`);
    expect(parse(buildCsv(['h'], [['\r=1+1']]))).toEqual([['h'], ["'\r=1+1"]]);
  });
});

describe('registrationsCsv', () => {
  const slots = [
    { id: 'slot-1', startsAt: parisTime('2022-12-08', '13:30'), endsAt: parisTime('2022-12-08', '14:30') },
    { id: 'slot-2', startsAt: parisTime('2022-12-08', '14:00'), endsAt: parisTime('2022-12-08', '15:00') },
  ];
  const base = {
    firstName: 'Léa',
    lastName: 'Durand',
    email: 'lea.durand@example.org',
    organisation: 'Habitat Sud',
    organisationType: 'bailleur_social' as const,
    jobTitle: 'Chargée de mission',
    postcode: '34080',
    status: 'confirmed' as const,
    lunch: true,
    accessibilityNeeds: '',
    createdAt: new Date('2022-11-02T08:05:00Z'),
    checkedInAt: null,
    choices: { 'slot-1': { code: 'A', title: 'Innover avec la clause sociale' }, 'slot-2': { code: 'D', title: 'Achats responsables' } },
  };

  it('has the French headers, then one column per workshop slot named by its times', () => {
    const [headers] = parse(registrationsCsv(slots, []));
    expect(headers).toEqual([
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
      'Atelier 13h30–14h30',
      'Atelier 14h00–15h00',
    ]);
    expect(headers.slice(0, REGISTRATION_CSV_HEADERS.length)).toEqual([...REGISTRATION_CSV_HEADERS]);
  });

  it('one line per registration: labels in French, Paris time, the chosen atelier of each slot', () => {
    const rows = parse(
      registrationsCsv(slots, [
        base,
        {
          ...base,
          firstName: '=cmd|"/c calc"!A0',
          lastName: 'Moreau',
          status: 'waitlisted',
          lunch: false,
          organisationType: 'siae',
          accessibilityNeeds: 'Fauteuil; accès de plain-pied',
          createdAt: new Date('2022-07-01T22:30:00Z'),
          checkedInAt: new Date('2022-12-08T08:42:00Z'),
          choices: { 'slot-2': { code: 'C', title: 'Repérer les habitants' } },
        },
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'Léa',
      'Durand',
      'lea.durand@example.org',
      'Habitat Sud',
      'Bailleur social',
      'Chargée de mission',
      '34080',
      'Confirmée',
      'oui',
      '',
      '02/11/2022 09:05',
      'non',
      'A. Innover avec la clause sociale',
      'D. Achats responsables',
    ]);
    expect(rows[2][0]).toBe(`'=cmd|"/c calc"!A0`);
    expect(rows[2].slice(4, 14)).toEqual([
      "Structure d'insertion (SIAE)",
      'Chargée de mission',
      '34080',
      "Liste d'attente",
      'non',
      'Fauteuil; accès de plain-pied',
      '02/07/2022 00:30',
      'oui',
      '',
      'C. Repérer les habitants',
    ]);
  });

  it('tells apart two slots at the same times', () => {
    expect(slotHeaders([slots[0], { ...slots[0], id: 'other' }])).toEqual(['Atelier 13h30–14h30', 'Atelier 13h30–14h30 (2)']);
  });
});
