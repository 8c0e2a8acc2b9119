import { describe, expect, it } from 'vitest';
import { escapeHtml, singleLine } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('leaves other text alone', () => {
    expect(escapeHtml('Île-de-France « été » — 9h30')).toBe('Île-de-France « été » — 9h30');
  });
});

describe('singleLine', () => {
  it('turns CR, LF and other control characters into single spaces', () => {
    expect(singleLine('Objet\r\nBcc: x@example.org\n\tSuite\u2028fin ')).toBe('Objet Bcc: x@example.org Suite fin');
  });
});
