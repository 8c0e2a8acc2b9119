// A search snippet as PostgreSQL's ts_headline gives it (MATCH_START/MATCH_END around each
// matching word, db/queries/practices-search.ts), as parts the page renders: text, or a match in
// <mark>. React escapes each part: nothing of the practice's text is ever read as markup.
import { MATCH_END, MATCH_START } from '@/db/queries/practices-search';

export type SnippetPart = { text: string; match: boolean };

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MATCH_END, start + 1);
    const matched = rest.slice(start + 1, end < 0 ? undefined : end);
    if (matched) parts.push({ text: matched, match: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  // Any stray sentinel (there should be none) is dropped rather than shown.
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '') })).filter((p) => p.text);
}
