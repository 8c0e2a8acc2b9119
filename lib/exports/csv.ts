// CSV files that French Excel opens as they are: UTF-8 with a BOM (otherwise Excel reads the bytes
// as Windows-1252), ";" between fields (the list separator of a French Windows), CRLF line ends,
// quotes as RFC 4180 says, and no cell that a spreadsheet would run as a formula.

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A value a spreadsheet would read as a formula (= + - @, or a tab or carriage return before one)
 * gets a leading single quote, so "=HYPERLINK(…)" typed into a registration form stays text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field: formula-safe, and quoted when it holds the separator, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, a header row, then one line per row, every line ended by CRLF. */
export function buildCsv(headers: string[], rows: CsvValue[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(CSV_SEPARATOR));
  return CSV_BOM + lines.map((line) => line + CSV_EOL).join('');
}
