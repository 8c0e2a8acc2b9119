import { describe, expect, it } from 'vitest';
import { organisationType } from '@/db/schema';
import { DEPARTMENTS, departmentLabel } from './departments';
import { parseStatsFilters, statsQuery } from './filters';
import { csvCell, csvPercent, formatCell, formatCount, formatRatio } from './format';
import { LIST_ENDS, listEnds, pageTables } from './page-tables';
import type { StatTable } from './tables';
import { WORLD_MAPPING, WORLDS, worldLabel } from './worlds';

describe('departments', () => {
  it('lists the 101 departments once each, then 4 overseas collectivities', () => {
    const codes = DEPARTMENTS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(105);
    expect(codes.slice(0, 101).filter((c) => /^(0[1-9]|[1-8]\d|9[0-5]|2[AB])$/.test(c))).toHaveLength(96);
    expect(codes.slice(96, 101)).toEqual(['971', '972', '973', '974', '976']);
    expect(codes).not.toContain('20');
  });

  it('labels a department with its code, anything else "Non renseigné"', () => {
    expect(departmentLabel('34', 'Hérault')).toBe('Hérault (34)');
    expect(departmentLabel(null, null)).toBe('Non renseigné');
  });
});

describe('worlds', () => {
  it('puts every organisation type in exactly one world', () => {
    expect(WORLD_MAPPING.map((m) => m.type).sort()).toEqual([...organisationType.enumValues].sort());
    expect(WORLDS.map((w) => w.label)).toEqual(['Emploi', 'Habitat', 'Politique de la ville', 'Renouvellement urbain', 'Autre']);
    expect(WORLD_MAPPING.find((m) => m.type === 'maitre_ouvrage')).toEqual({ type: 'maitre_ouvrage', world: 'renouvellement_urbain', position: 3 });
    expect(worldLabel('politique_ville')).toBe('Politique de la ville');
  });
});

describe('statistics filters', () => {
  it('reads an edition and a region from the query string, and ignores anything malformed', () => {
    expect(parseStatsFilters({ edition: '2041', region: '76' })).toEqual({ edition: 2041, regionCode: '76' });
    expect(parseStatsFilters(new URLSearchParams('edition=2022&region=2a'))).toEqual({ edition: 2022, regionCode: '2A' });
    expect(parseStatsFilters({ edition: ['2023', '2022'] })).toEqual({ edition: 2023 });
    expect(parseStatsFilters({ edition: '1999', region: "76'; DROP" })).toEqual({});
    expect(parseStatsFilters({ edition: '20x1', region: '' })).toEqual({});
  });

  it('writes them back as the form does', () => {
    expect(statsQuery({})).toBe('');
    expect(statsQuery({ edition: 2041, regionCode: '53' })).toBe('?edition=2041&region=53');
    expect(statsQuery({ regionCode: '53' })).toBe('?region=53');
  });
});

describe('statistics formatting', () => {
  // French typography: a (narrow) no-break space before % and between thousands; which of the two
  // depends on the CLDR data of the runtime.
  it('writes counts and percentages the French way', () => {
    expect(formatCount(1234)).toMatch(/^1[\u00a0\u202f]234$/);
    expect(formatRatio(5 / 12)).toMatch(/^42[\u00a0\u202f]%$/);
    expect(formatRatio(1)).toMatch(/^100[\u00a0\u202f]%$/);
    expect(formatRatio(null)).toBe('—');
    expect(formatCell({ ratio: 0.25 })).toMatch(/^25[\u00a0\u202f]%$/);
    expect(formatCell({ date: new Date('2041-03-07T08:30:00Z') })).toBe('7 mars 2041');
    expect(formatCell('Occitanie')).toBe('Occitanie');
  });

  it('writes CSV cells that French Excel reads as numbers and dates', () => {
    expect(csvPercent(5 / 12)).toBe('41,7');
    expect(csvPercent(1)).toBe('100');
    expect(csvPercent(null)).toBe('');
    expect(csvCell(1234)).toBe(1234);
    expect(csvCell({ ratio: 2 / 3 })).toBe('66,7');
    // Paris date: 23:30 UTC on 31 December is already 1 January in Paris.
    expect(csvCell({ date: new Date('2040-12-31T23:30:00Z') })).toBe('01/01/2041');
  });
});

describe('statistics tables on the page', () => {
  const table = (slug: StatTable['slug'], n: number): StatTable => ({
    slug,
    title: 'Popularité des ateliers (choix confirmés), du plus rempli au moins rempli',
    columns: [{ header: 'Atelier', kind: 'text' }],
    rows: Array.from({ length: n }, (_, i) => ({ cells: [`Atelier ${i + 1}`] })),
  });

  it('shows a short atelier list whole, under its own caption', () => {
    expect(listEnds([1, 2, 3])).toBeNull();
    const [only, ...others] = pageTables(table('ateliers', 25));
    expect(others).toEqual([]);
    expect(only.captionId).toBe('tableau-ateliers');
    expect(only.table.rows).toHaveLength(25);
  });

  it('cuts a long atelier list to its fullest and emptiest ateliers, in two captioned tables', () => {
    const long = table('ateliers', 384);
    const [fullest, emptiest] = pageTables(long);
    expect([fullest.captionId, emptiest.captionId]).toEqual(['tableau-ateliers-plus', 'tableau-ateliers-moins']);
    expect(fullest.table.title).toBe(`Les ${LIST_ENDS} ateliers les plus remplis (sur 384, choix confirmés rapportés à la capacité)`);
    expect(emptiest.table.title).toBe(`Les ${LIST_ENDS} ateliers les moins remplis (sur 384, choix confirmés rapportés à la capacité)`);
    expect(fullest.table.rows.map((r) => r.cells[0])).toEqual(long.rows.slice(0, 10).map((r) => r.cells[0]));
    expect(emptiest.table.rows.map((r) => r.cells[0])).toEqual(long.rows.slice(374).map((r) => r.cells[0]));
    // pageTables only picks rows for the page: the table itself, from which the CSV is built, keeps them all.
    expect(long.rows).toHaveLength(384);
    expect(long).toEqual(table('ateliers', 384));
  });

  it('never cuts the other tables', () => {
    expect(pageTables(table('presence', 200))).toEqual([{ table: table('presence', 200), captionId: 'tableau-presence' }]);
  });
});
