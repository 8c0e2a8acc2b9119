// Odd text for the fuzz tests (tests/support/fuzz.ts): markup, SQL, Unicode of every plane,
// control characters, lone surrogates, and the '$' that React's reply encoding gives a meaning.
import fc from 'fast-check';

export const HTML_PAYLOADS = [
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">clic</a>',
  '</textarea></title><script>alert(1)</script>',
  '<b>gras</b> &amp; &lt;i&gt;',
  '<!-- commentaire --><![CDATA[x]]>',
  '{{7*7}} ${7*7} <%= 7*7 %>',
];

export const SQL_PAYLOADS = [
  "'; DROP TABLE registrations; --",
  "' OR '1'='1",
  "Robert'); DELETE FROM outbound_emails; --",
  '1; SELECT pg_sleep(10) --',
  "\\'; TRUNCATE events CASCADE; --",
  '%_% \\ $1 $$ ? :param',
  "admin'--",
];

export const UNICODE_SAMPLES = [
  '😀👩🏽‍💻🇫🇷🏳️‍🌈',
  '\u202Eesrever\u202C droite à gauche',
  'مرحبا بالعالم',
  'שלום עולם',
  '漢字かなカナ한국어',
  'Z̷̢͇̓a̸̰͝l̶̙̈g̵̝͐o̴̟̿',
  '𝕳𝖊𝖑𝖑𝖔 𝒘𝒐𝒓𝒍𝒅',
  'nul\u0000octet',
  '\u0000',
  'seul \uD800 demi',
  'fin \uDFFF',
  '\u200B\u200C\u200D\u2060',
  'ligne\r\nsuivante\u2028\u2029',
  'İıßẞǅﬃ',
  '\u0007\u001b[31mrouge\u001b[0m',
  // React's reply encoding gives '$' a meaning: the client escapes it, the server must get it back.
  '$undefined',
  '$$',
  '$@0',
  '$Q1',
  '$n123',
];

/** Odd text of any kind: markup, SQL, every plane of Unicode, control characters, lone surrogates. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HTML_PAYLOADS, ...SQL_PAYLOADS, ...UNICODE_SAMPLES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...HTML_PAYLOADS, ...SQL_PAYLOADS, ...UNICODE_SAMPLES), { minLength: 2, maxLength: 5 }).map((parts) => parts.join(' ')),
);
