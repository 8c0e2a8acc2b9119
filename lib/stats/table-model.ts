// The shape of a statistics table (lib/stats/tables.ts builds them, the page and the CSV files show
// them), shared by the builders of the tour's and of the practices' tables.

export const STAT_TABLE_SLUGS = [
  'regions',
  'organisations',
  'departements',
  'ateliers',
  'mondes',
  'presence',
  'fidelite',
  'pratiques-regions',
  'pratiques-themes',
  'pratiques-organisations',
  'pratiques-presentees',
] as const;
export type StatTableSlug = (typeof STAT_TABLE_SLUGS)[number];

export function isStatTableSlug(value: string): value is StatTableSlug {
  return (STAT_TABLE_SLUGS as readonly string[]).includes(value);
}

/** A count, a ratio in [0, 1] (null: nothing to divide by), a day or a text. */
export type StatCell = number | { ratio: number | null } | { date: Date } | string;
export type StatColumn = { header: string; kind: 'text' | 'count' | 'ratio' | 'date' };
export type StatRow = { cells: StatCell[]; total?: boolean };

/** The first column names the row (a row header on the page). */
export type StatTable = { slug: StatTableSlug; title: string; columns: StatColumn[]; rows: StatRow[] };

export const text = (header: string): StatColumn => ({ header, kind: 'text' });
export const count = (header: string): StatColumn => ({ header, kind: 'count' });
export const ratio = (header: string): StatColumn => ({ header, kind: 'ratio' });
export const date = (header: string): StatColumn => ({ header, kind: 'date' });
export const r = (value: number | null) => ({ ratio: value });
