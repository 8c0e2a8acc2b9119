import { describe, expect, it } from 'vitest';
import { oneLine } from './summary';

describe('oneLine', () => {
  it('keeps the first line that is not blank', () => {
    expect(oneLine('\n  Exemple fictif : une ligne.  \nUne autre.')).toBe('Exemple fictif : une ligne.');
    expect(oneLine('')).toBe('');
  });

  it('cuts a long line at a word, with an ellipsis', () => {
    const line = `${'mot '.repeat(60)}fin`;
    const cut = oneLine(line, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('mot…')).toBe(true);
  });
});
