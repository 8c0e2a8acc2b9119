// Figures as French readers write them: "1 234", "42 %". The CSV files get plain numbers that
// French Excel reads as numbers ("41,7" in a column "… (%)").
import { formatDate, parisParts } from '@/lib/time';
import type { StatCell } from './tables';

const countFormat = new Intl.NumberFormat('fr-FR');
const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const csvPercentFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, useGrouping: false });

export const NO_RATIO = '—';

export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** 0.4166… → "42 %" (with the narrow no-break space French typography puts before %). */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? NO_RATIO : percentFormat.format(ratio);
}

/** 0.4166… → "41,7"; empty when there is nothing to divide by. */
export function csvPercent(ratio: number | null): string {
  return ratio === null ? '' : csvPercentFormat.format(ratio * 100);
}

/** A table cell as the page shows it. */
export function formatCell(cell: StatCell): string {
  if (typeof cell === 'number') return formatCount(cell);
  if (typeof cell === 'string') return cell;
  if ('date' in cell) return formatDate(cell.date);
  return formatRatio(cell.ratio);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A table cell in a CSV file: bare numbers, "41,7" for 41.7 %, "08/12/2022" for a day (Paris). */
export function csvCell(cell: StatCell): string | number {
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if ('date' in cell) {
    const p = parisParts(cell.date);
    return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  }
  return csvPercent(cell.ratio);
}
