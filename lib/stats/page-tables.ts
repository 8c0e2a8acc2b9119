// The statistics tables as the page shows them. Over the whole tour the atelier list runs to
// hundreds of rows, each sent twice (as HTML and in the React payload): most of the page's weight
// and rendering time, for a list nobody reads on a screen. National staff look for what draws people
// and what does not: the page shows the fullest and the emptiest ateliers, and the CSV file, made for
// sorting and filtering, keeps every one (lib/stats/export.ts uses the whole table).
import type { StatTable } from './tables';

/** How many ateliers each end of a long list shows. */
export const LIST_ENDS = 10;
/** Up to this many, the page shows them all (cutting out a handful would hide more than it saves). */
const ALL_UP_TO = 25;

/** The first and the last items of a long list (sorted from the fullest), or null when all fit. */
export function listEnds<T>(items: readonly T[]): { first: T[]; last: T[]; total: number } | null {
  if (items.length <= ALL_UP_TO) return null;
  return { first: items.slice(0, LIST_ENDS), last: items.slice(-LIST_ENDS), total: items.length };
}

export type PageTable = { table: StatTable; captionId: string };

/** A table whole, or for a long atelier list its two ends as two tables, each with its own caption. */
export function pageTables(table: StatTable): PageTable[] {
  const ends = table.slug === 'ateliers' ? listEnds(table.rows) : null;
  if (!ends) return [{ table, captionId: `tableau-${table.slug}` }];
  const of = `sur ${ends.total}, choix confirmés rapportés à la capacité`;
  return [
    { table: { ...table, title: `Les ${LIST_ENDS} ateliers les plus remplis (${of})`, rows: ends.first }, captionId: `tableau-${table.slug}-plus` },
    { table: { ...table, title: `Les ${LIST_ENDS} ateliers les moins remplis (${of})`, rows: ends.last }, captionId: `tableau-${table.slug}-moins` },
  ];
}
