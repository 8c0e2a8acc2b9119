// A practice's summary in one line, for the lists that show many (a meeting's programme, the
// home page, the editor's search).

/** The first line of a summary, cut at a word near `max` characters. */
export function oneLine(summary: string, max = 180): string {
  const line = summary.split('\n').find((l) => l.trim())?.trim() ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).trimEnd()}…`;
}
