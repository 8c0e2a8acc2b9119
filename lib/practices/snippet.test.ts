import { describe, expect, it } from 'vitest';
import { MATCH_END as E, MATCH_START as S } from '@/db/queries/practices-search';
import { snippetParts } from './snippet';

describe('snippetParts', () => {
  it('splits the marked words from the text around them', () => {
    expect(snippetParts(`Une ${S}école${E} très ${S}inclusive${E}.`)).toEqual([
      { text: 'Une ', match: false },
      { text: 'école', match: true },
      { text: ' très ', match: false },
      { text: 'inclusive', match: true },
      { text: '.', match: false },
    ]);
  });
  it('keeps a text without marks whole, and markup as plain text', () => {
    expect(snippetParts('<b>rien</b> à marquer')).toEqual([{ text: '<b>rien</b> à marquer', match: false }]);
  });
  it('survives an unclosed mark', () => {
    expect(snippetParts(`début ${S}fin`)).toEqual([
      { text: 'début ', match: false },
      { text: 'fin', match: true },
    ]);
  });
});
