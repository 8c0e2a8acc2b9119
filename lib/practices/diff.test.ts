import { describe, expect, it } from 'vitest';
import { practiceDiff, wordDiff } from './diff';

const text = (parts: { kind: string; text: string }[], kind: string) =>
  parts
    .filter((p) => p.kind === kind)
    .map((p) => p.text.trim())
    .join(' | ');

describe('wordDiff', () => {
  it('marks the words removed and added, keeping the others', () => {
    const parts = wordDiff('Un comité réunit les partenaires chaque mois.', 'Un comité de suivi réunit les partenaires chaque trimestre.');
    expect(text(parts, 'added')).toBe('de suivi | trimestre.');
    expect(text(parts, 'removed')).toBe('mois.');
    expect(parts.map((p) => p.text).filter((_, i) => parts[i].kind !== 'removed').join('')).toBe('Un comité de suivi réunit les partenaires chaque trimestre.');
  });

  it('gives one part for identical texts and handles empty sides', () => {
    expect(wordDiff('même texte', 'même texte')).toEqual([{ kind: 'same', text: 'même texte' }]);
    expect(wordDiff('', 'nouveau')).toEqual([{ kind: 'added', text: 'nouveau' }]);
    expect(wordDiff('ancien', '')).toEqual([{ kind: 'removed', text: 'ancien' }]);
  });

  it('shows a huge text as replaced whole rather than spending seconds on it', () => {
    const a = Array.from({ length: 1000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 1000 }, (_, i) => `b${i}`).join(' ');
    const started = performance.now();
    expect(wordDiff(a, b)).toEqual([{ kind: 'removed', text: a }, { kind: 'added', text: b }]);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('practiceDiff', () => {
  const regions = new Map([[1, 'Occitanie']]);
  it('marks the fields moderation changed, with theme labels and a word diff for long texts', () => {
    const diff = practiceDiff(
      { title: 'Titre du répondant', summary: 'Un résumé court', themes: ['innover'], qpv: true },
      { title: 'Titre modéré', summary: 'Un résumé plus long', themes: ['innover'], qpv: true, regionId: 1 },
      regions,
    );
    const by = Object.fromEntries(diff.map((d) => [d.field, d]));
    expect(by.title).toMatchObject({ changed: true, original: 'Titre du répondant', current: 'Titre modéré', words: null });
    expect(by.summary.changed).toBe(true);
    expect(by.summary.words?.find((p) => p.kind === 'added')?.text.trim()).toBe('plus long');
    expect(by.themes).toMatchObject({ changed: false, current: 'Innover avec la clause sociale' });
    expect(by.qpv.current).toBe('oui');
    // Not in the respondent's version: nothing to compare, not marked.
    expect(by.regionId).toMatchObject({ original: null, current: 'Occitanie', changed: false });
  });

  it('marks nothing without an original', () => {
    expect(practiceDiff(null, { title: 'x' }, regions).some((d) => d.changed)).toBe(false);
  });
});
