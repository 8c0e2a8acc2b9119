// The difference between the respondent's version of an answer (`original`, written at their last
// submission) and moderation's (the columns): field by field, and word by word for long texts.
// The word diff is a plain longest-common-subsequence over words, written here rather than taken
// from npm: forty lines, no dependency to keep up to date, and bounded (past MAX_CELLS the text is
// shown as replaced whole) so that a huge answer cannot cost a page seconds.
import { PRACTICE_THEMES, type PracticeTheme } from './model';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const MAX_CELLS = 400_000;

/** The words of `before` and `after`, each kept, added or removed (spaces kept with their word). */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.match(/\s*\S+\s*/g) ?? [];
  const b = after.match(/\s*\S+\s*/g) ?? [];
  if (a.length * b.length > MAX_CELLS) return merge([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i].trim() === b[j].trim() ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i].trim() === b[j].trim()) {
      parts.push({ kind: 'same', text: b[j] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) parts.push({ kind: 'removed', text: a[i++] });
    else parts.push({ kind: 'added', text: b[j++] });
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] });
  return merge(parts);
}

/** Neighbouring parts of one kind joined, empty ones dropped. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The fields compared, in the order of the form, with their French labels; `long` ones get a word diff. */
export const DIFF_FIELDS = [
  ['title', 'Titre', false],
  ['summary', 'Résumé', true],
  ['regionId', 'Région', false],
  ['department', 'Département', false],
  ['communes', 'Commune(s)', false],
  ['qpv', 'QPV concerné', false],
  ['qpvNames', 'QPV concernés', false],
  ['themes', 'Thèmes', false],
  ['otherTheme', 'Autre thème', false],
  ['actors', 'Acteurs', true],
  ['context', 'Contexte', true],
  ['actions', 'Actions menées', true],
  ['results', 'Résultats', true],
  ['insertionHours', 'Heures d’insertion', false],
  ['peopleHired', 'Personnes embauchées', false],
  ['difficulties', 'Difficultés', true],
  ['reproduce', 'Pour reproduire', true],
  ['period', 'Période', false],
  ['links', 'Liens', false],
] as const;

export type FieldDiff = {
  field: string;
  label: string;
  /** The respondent's value as shown, or null when their version does not hold this field. */
  original: string | null;
  current: string;
  changed: boolean;
  /** For a changed long text: its words kept, added, removed. */
  words: DiffPart[] | null;
};

type Values = Record<string, unknown>;

/** A value as a person reads it: themes and regions by name, oui/non, lines for lists. */
export function showValue(field: string, value: unknown, regionNames: ReadonlyMap<number, string>): string {
  if (value === null || value === undefined) return '';
  if (field === 'regionId') return regionNames.get(Number(value)) ?? '';
  if (field === 'themes' && Array.isArray(value)) return value.map((t) => PRACTICE_THEMES[t as PracticeTheme] ?? String(t)).join(', ');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

/** The diff of every field; without an original (nothing submitted yet) nothing is marked changed. */
export function practiceDiff(original: Values | null, current: Values, regionNames: ReadonlyMap<number, string>): FieldDiff[] {
  return DIFF_FIELDS.map(([field, label, long]) => {
    const now = showValue(field, current[field], regionNames);
    const held = !!original && field in original;
    const before = held ? showValue(field, original![field], regionNames) : null;
    const changed = held && before !== now;
    return { field, label, original: before, current: now, changed, words: changed && long ? wordDiff(before!, now) : null };
  });
}
