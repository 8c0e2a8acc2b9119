// The values a fuzzed registration is made of (tests/support/fuzz.ts): odd text a field still
// accepts, text too long, values of the wrong type (JSON, React's reply encoding, or unreadable),
// and malformed e-mails, organisation types and postcodes.
import fc from 'fast-check';
import { ORGANISATION_TYPE_VALUES } from '@/lib/registrations/organisation-types';
import { HTML_PAYLOADS, nastyString, SQL_PAYLOADS } from './fuzz-text';

/**
 * What the values may be: 'json', what JSON carries (the HTTP API); 'reply', also undefined, NaN,
 * ±Infinity, -0, BigInt, Date, Map and Set, which React's reply encoding carries to a server
 * action; 'any', also objects that throw when read, as React's temporary references do on the
 * server (a crafted action request can make one: tests/e2e/fuzz.spec.ts).
 */
export type FuzzOptions = { values: 'json' | 'reply' | 'any' };

// Names, organisation and job title are one line (lib/registrations/schema.ts).
export const SINGLE_LINE = new Set(['firstName', 'lastName', 'organisation', 'jobTitle']);
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;

/** Odd text that a field of `max` characters still accepts: never blank, never too long, no NUL. */
export const acceptableText = (max: number, singleLine = false) =>
  fc.oneof(
    nastyString.map((s) => `·${s.replaceAll('\u0000', '')}`.slice(0, max)),
    fc.constantFrom(...HTML_PAYLOADS, ...SQL_PAYLOADS).map((s) => s.slice(0, max)),
    fc.constant('x'.repeat(max)),
  ).map((s) => (singleLine ? s.replace(LINE_BREAKS, ' ') : s));

/**
 * A string whose trimmed length passes `max`, from just over it to a hundred thousand characters.
 * Zod counts code points, not UTF-16 units: an emoji is one character.
 */
export const tooLong = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('a', 'é', '😀', '<script>', "'; DROP TABLE registrations; --", '\u202E', 'مرحبا', ' '),
      fc.oneof(fc.integer({ min: max + 1, max: 2 * max + 2 }), fc.integer({ min: 100_000, max: 110_000 })),
    )
    .map(([piece, length]) => `x${piece.repeat(Math.ceil(length / [...piece].length))}x`);

/**
 * As JSON.parse makes it: fast-check may build objects without a prototype, which JSON never gives
 * and which React's client refuses to send to a server action.
 */
export const asParsed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

export const replyValues = [undefined, NaN, Infinity, -Infinity, -0, 10n ** 30n, new Date(0), new Map([['prénom', 'Camille']]), new Set(['collectivite'])];

/** Like a temporary reference on the server: reading it throws (it can still be printed in a report). */
export const throwing = () =>
  new Proxy(() => {}, {
    get: (_target, key) => {
      if (typeof key === 'symbol') return undefined;
      if (key === 'toString' || key === 'toJSON') return () => '[référence temporaire]';
      throw new Error(`Cannot access ${key} on the server.`);
    },
  });

/** Anything but a string (undefined only where a value is required). */
export function notAString(options: FuzzOptions, required: boolean): fc.Arbitrary<unknown> {
  const json = fc.oneof(
    fc.constantFrom<unknown>(null, 0, -1, 1e308, true, false, [], {}, ['Camille'], { value: 'Camille' }),
    fc.integer(),
    fc.array(fc.jsonValue(), { maxLength: 3 }).map(asParsed),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }).map(asParsed),
  );
  if (options.values === 'json') return json;
  const exotic = replyValues.filter((v) => required || v !== undefined);
  const unreadable = [fc.constant(null).map(throwing), fc.constant(null).map(() => Object.assign(Object.create(null), { value: 'Camille' }))];
  return fc.oneof(json, fc.constantFrom(...exotic), ...(options.values === 'any' ? unreadable : []));
}

/** A value that is not `true` (consent). */
export const notTrue = (options: FuzzOptions) =>
  fc.oneof(fc.constantFrom<unknown>(false, 'true', 'oui', 1, 'on', null, [true], { value: true }), notAString(options, true).filter((v) => v !== true));

/** A value that is not a boolean (lunch). */
export const notBoolean = (options: FuzzOptions) =>
  fc.oneof(fc.constantFrom<unknown>('true', 'false', 'oui', 1, 0, null, [false]), notAString(options, true).filter((v) => typeof v !== 'boolean'));

/** Not a record of choices: zod refuses arrays, null, scalars and Maps (a Map is not a plain object). */
export const notARecord = (options: FuzzOptions) =>
  fc.constantFrom<unknown>(null, 0, 42, 'A', true, [], ['00000000-0000-4000-8000-000000000000'], ...(options.values === 'json' ? [] : [undefined, new Map(), NaN]));

export const randomUuid = fc.noBias(fc.uuid());
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const notAnEmail = fc.oneof(
  fc.constantFrom('prenom.nom', 'prenom.nom@', '@example.org', 'prenom@exemple', 'a@@example.org', 'a b@example.org', '<script>@example.org', "x'; DROP TABLE registrations; --@example.org", 'prenom.nom@example.org<img src=x onerror=alert(1)>', `${'a'.repeat(250)}@example.org`),
  nastyString.map((s) => s.replaceAll('@', '')),
);

export const badOrganisationType = fc.oneof(
  fc.constantFrom('Collectivite', ' collectivite', 'collectivite ', 'COLLECTIVITÉ', "collectivite'; DROP TABLE registrations; --", '<b>entreprise</b>', ''),
  nastyString.filter((s) => !(ORGANISATION_TYPE_VALUES as string[]).includes(s)),
);

export const badPostcode = fc.oneof(
  fc.constantFrom('3400', '340000', 'ABCDE', '34 000', '３４０００', '<b>34000</b>', "34000' OR '1'='1", '٣٤٠٠٠', '34000\u0000'),
  nastyString.filter((s) => !/^(\d{5})?$/.test(s.trim())),
);
