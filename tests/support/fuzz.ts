// Generated registration requests that must all be refused (tests/db/fuzz.db.test.ts and
// tests/e2e/fuzz.spec.ts). A case starts from a valid body for the target event, dressed first
// with noise that keeps it valid (odd text, extra fields, optional fields left out), then broken
// by at least one mutation that the schema or the event's ateliers refuse on its own, whatever
// the rest of the body holds. Noise comes first and no break adds a valid value, so no
// case can be repaired on the way: "nothing is stored" is a true assertion, not a hope.
import fc from 'fast-check';
import { ORGANISATION_TYPE_VALUES } from '@/lib/registrations/organisation-types';
import { HTML_PAYLOADS, nastyString, SQL_PAYLOADS } from './fuzz-text';

export type FuzzEvent = { slug: string; eventId: string; slots: { id: string; workshops: { id: string }[] }[] };

export type FuzzTargets = {
  /** An open event with two slots or more: the bodies are made for it. */
  event: FuzzEvent;
  /** Another open event with two slots or more: its ateliers are foreign to `event`, its slug gets `event`'s bodies. */
  other: FuzzEvent;
  /** Slugs of events that refuse any body: a draft, a past event. */
  closedSlugs: string[];
};

export type FuzzCase = { slug: string; body: unknown; breaks: string[]; noise: string[] };

/**
 * What the values may be: 'json', what JSON carries (the HTTP API); 'reply', also undefined, NaN,
 * ±Infinity, -0, BigInt, Date, Map and Set, which React's reply encoding carries to a server
 * action; 'any', also objects that throw when read, as React's temporary references do on the
 * server (a crafted action request can make one: tests/e2e/fuzz.spec.ts).
 */
export type FuzzOptions = { values: 'json' | 'reply' | 'any' };

type Body = Record<string, unknown>;
type Mutation = { label: string; apply: (body: unknown) => unknown };

const FIELD_MAX = { firstName: 100, lastName: 100, organisation: 200, jobTitle: 150, accessibilityNeeds: 1000 } as const;
type TextField = keyof typeof FIELD_MAX;
const REQUIRED_TEXT: TextField[] = ['firstName', 'lastName', 'organisation'];
const TEXT_FIELDS = Object.keys(FIELD_MAX) as TextField[];
const REQUIRED_FIELDS = ['firstName', 'lastName', 'email', 'organisation', 'organisationType', 'lunch', 'consent', 'workshops'];
/** Whitespace that String.prototype.trim() removes: what remains is empty. */
const BLANKS = ['', ' ', '   ', '\t\n\r ', '\u00A0', '\u2003\u3000', '\uFEFF', '\u2028'];

const isRecord = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON.stringify that does not throw on a BigInt. */
function safeJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? `${v}n` : v)) ?? '';
}

/** A valid body for `event`: the first atelier of each slot, a fresh e-mail. */
export function validBody(event: FuzzEvent, emailId: string): Body {
  return {
    firstName: 'Camille',
    lastName: 'Martin',
    email: `fuzz.${emailId}@test.example.org`,
    organisation: 'Ville de Montpellier',
    organisationType: 'collectivite',
    jobTitle: 'Chargée de mission clause sociale',
    postcode: '34000',
    lunch: true,
    accessibilityNeeds: '',
    consent: true,
    workshops: Object.fromEntries(event.slots.map((s) => [s.id, s.workshops[0].id])),
  };
}

// Names, organisation and job title are one line (lib/registrations/schema.ts).
const SINGLE_LINE = new Set(['firstName', 'lastName', 'organisation', 'jobTitle']);
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;

/** Odd text that a field of `max` characters still accepts: never blank, never too long, no NUL. */
const acceptableText = (max: number, singleLine = false) =>
  fc.oneof(
    nastyString.map((s) => `·${s.replaceAll('\u0000', '')}`.slice(0, max)),
    fc.constantFrom(...HTML_PAYLOADS, ...SQL_PAYLOADS).map((s) => s.slice(0, max)),
    fc.constant('x'.repeat(max)),
  ).map((s) => (singleLine ? s.replace(LINE_BREAKS, ' ') : s));

/**
 * A string whose trimmed length passes `max`, from just over it to a hundred thousand characters.
 * Zod counts code points, not UTF-16 units: an emoji is one character.
 */
const tooLong = (max: number) =>
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
const asParsed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const replyValues = [undefined, NaN, Infinity, -Infinity, -0, 10n ** 30n, new Date(0), new Map([['prénom', 'Camille']]), new Set(['collectivite'])];

/** Like a temporary reference on the server: reading it throws (it can still be printed in a report). */
const throwing = () =>
  new Proxy(() => {}, {
    get: (_target, key) => {
      if (typeof key === 'symbol') return undefined;
      if (key === 'toString' || key === 'toJSON') return () => '[référence temporaire]';
      throw new Error(`Cannot access ${key} on the server.`);
    },
  });

/** Anything but a string (undefined only where a value is required). */
function notAString(options: FuzzOptions, required: boolean): fc.Arbitrary<unknown> {
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
const notTrue = (options: FuzzOptions) =>
  fc.oneof(fc.constantFrom<unknown>(false, 'true', 'oui', 1, 'on', null, [true], { value: true }), notAString(options, true).filter((v) => v !== true));

/** A value that is not a boolean (lunch). */
const notBoolean = (options: FuzzOptions) =>
  fc.oneof(fc.constantFrom<unknown>('true', 'false', 'oui', 1, 0, null, [false]), notAString(options, true).filter((v) => typeof v !== 'boolean'));

/** Not a record of choices: zod refuses arrays, null, scalars and Maps (a Map is not a plain object). */
const notARecord = (options: FuzzOptions) =>
  fc.constantFrom<unknown>(null, 0, 42, 'A', true, [], ['00000000-0000-4000-8000-000000000000'], ...(options.values === 'json' ? [] : [undefined, new Map(), NaN]));

const randomUuid = fc.noBias(fc.uuid());
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notAnEmail = fc.oneof(
  fc.constantFrom('prenom.nom', 'prenom.nom@', '@example.org', 'prenom@exemple', 'a@@example.org', 'a b@example.org', '<script>@example.org', "x'; DROP TABLE registrations; --@example.org", 'prenom.nom@example.org<img src=x onerror=alert(1)>', `${'a'.repeat(250)}@example.org`),
  nastyString.map((s) => s.replaceAll('@', '')),
);

const badOrganisationType = fc.oneof(
  fc.constantFrom('Collectivite', ' collectivite', 'collectivite ', 'COLLECTIVITÉ', "collectivite'; DROP TABLE registrations; --", '<b>entreprise</b>', ''),
  nastyString.filter((s) => !(ORGANISATION_TYPE_VALUES as string[]).includes(s)),
);

const badPostcode = fc.oneof(
  fc.constantFrom('3400', '340000', 'ABCDE', '34 000', '３４０００', '<b>34000</b>', "34000' OR '1'='1", '٣٤٠٠٠', '34000\u0000'),
  nastyString.filter((s) => !/^(\d{5})?$/.test(s.trim())),
);

function field(label: string, name: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return value.map((v) => ({
    label: `${label}:${name}`,
    apply: (body) => {
      if (isRecord(body)) body[name] = v;
      return body;
    },
  }));
}

/** Mutations after which the body is still valid: text of every kind, extra fields, optional fields left out. */
function noise(targets: FuzzTargets): fc.Arbitrary<Mutation> {
  const { other } = targets;
  const extraValue = fc.oneof(
    fc.constantFrom<unknown>('confirmed', 'cancelled', 'waitlisted', other.eventId, other.slots[0].id, true, null, '2020-01-01T00:00:00Z'),
    fc.jsonValue({ maxDepth: 2 }).map(asParsed),
  );
  return fc.oneof(
    ...TEXT_FIELDS.map((name) => field('texte', name, acceptableText(FIELD_MAX[name], SINGLE_LINE.has(name)))),
    fc.constantFrom('jobTitle', 'postcode', 'accessibilityNeeds').map((name) => ({
      label: `sans:${name}`,
      apply: (body: unknown) => {
        if (isRecord(body)) delete body[name];
        return body;
      },
    })),
    field('valide', 'postcode', fc.constantFrom('', '   ', '75001', ' 97600 ')),
    field('valide', 'lunch', fc.boolean()),
    // Unique, so that no case replays another one's registration.
    field('valide', 'idempotencyKey', fc.tuple(nastyString, randomUuid).map(([s, id]) => `${s.replaceAll('\u0000', '').slice(0, 60)}${id}`)),
    fc
      .tuple(fc.constantFrom('id', 'status', 'eventId', 'registrationId', 'checkedInAt', 'consentAt', 'personKey', 'role', 'createdAt', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'), extraValue)
      .map(([name, value]) => ({
        label: `extra:${name}`,
        apply: (body: unknown) => {
          // An own property, as JSON.parse makes it: never the object's prototype.
          if (isRecord(body)) Object.defineProperty(body, name, { value, enumerable: true, writable: true, configurable: true });
          return body;
        },
      })),
  );
}

/** Mutations that each make a body invalid on their own, whatever else it holds. */
function breaks(targets: FuzzTargets, options: FuzzOptions): fc.Arbitrary<Mutation> {
  const { event, other } = targets;
  const slots = event.slots;
  const slotIndex = fc.integer({ min: 0, max: slots.length - 1 });
  const choices = (body: Body): Body => {
    const current = body.workshops;
    return isRecord(current) && !(current instanceof Map) && !(current instanceof Set) && !(current instanceof Date)
      ? current
      : Object.fromEntries(slots.map((s) => [s.id, s.workshops[0].id]));
  };
  const onChoices = (label: string, change: (workshops: Body) => void): Mutation => ({
    label: `ateliers:${label}`,
    apply: (body) => {
      if (!isRecord(body)) return body;
      const workshops = choices(body);
      change(workshops);
      body.workshops = workshops;
      return body;
    },
  });

  return fc.oneof(
    fc.constantFrom(...REQUIRED_FIELDS).map((name) => ({
      label: `manque:${name}`,
      apply: (body: unknown) => {
        if (isRecord(body)) delete body[name];
        return body;
      },
    })),
    ...[...TEXT_FIELDS, 'email', 'organisationType', 'postcode', 'idempotencyKey'].map((name) =>
      field('type', name, notAString(options, REQUIRED_FIELDS.includes(name))),
    ),
    field('type', 'lunch', notBoolean(options)),
    field('type', 'consent', notTrue(options)),
    field('type', 'workshops', notARecord(options)),
    ...REQUIRED_TEXT.map((name) => field('vide', name, fc.constantFrom(...BLANKS))),
    field('vide', 'email', fc.constantFrom(...BLANKS)),
    ...TEXT_FIELDS.map((name) => field('trop-long', name, tooLong(FIELD_MAX[name]))),
    // PostgreSQL's text cannot hold a NUL: the schema refuses it rather than the database failing.
    ...[...TEXT_FIELDS, 'idempotencyKey'].map((name) => field('nul', name, nastyString.map((s) => `x${s.slice(0, 40)}\u0000`))),
    field('trop-long', 'email', tooLong(254).map((s) => `${s}@example.org`)),
    field('trop-long', 'idempotencyKey', tooLong(100)),
    field('invalide', 'email', notAnEmail),
    field('invalide', 'organisationType', badOrganisationType),
    field('invalide', 'postcode', badPostcode),
    slotIndex.map((i) => onChoices('créneau-manquant', (w) => delete w[slots[i].id])),
    fc.tuple(randomUuid, slotIndex).map(([slotId, i]) => onChoices('créneau-inconnu', (w) => (w[slotId] = slots[i].workshops[0].id))),
    fc.tuple(fc.oneof(nastyString, fc.constantFrom('1', 'créneau', '00000000-0000-0000-0000')), slotIndex).map(([key, i]) =>
      onChoices('clé-invalide', (w) => {
        // '∅' keeps it from ever being a uuid; an own property even when named __proto__.
        Object.defineProperty(w, `${key}∅`, { value: slots[i].workshops[0].id, enumerable: true, writable: true, configurable: true });
      }),
    ),
    fc.tuple(slotIndex, fc.oneof(nastyString.filter((s) => !UUID.test(s)), notAString(options, true))).map(([i, value]) => onChoices('valeur-invalide', (w) => (w[slots[i].id] = value))),
    fc.tuple(slotIndex, randomUuid).map(([i, id]) => onChoices('atelier-inconnu', (w) => (w[slots[i].id] = id))),
    fc.tuple(slotIndex, fc.nat()).map(([i, n]) => {
      const foreign = other.slots.flatMap((s) => s.workshops);
      return onChoices('atelier-autre-rencontre', (w) => (w[slots[i].id] = foreign[n % foreign.length].id));
    }),
    // Only the other event's first slot: its second one never gets a choice, so a body sent to
    // the other event's slug stays refused even when this one's slots were all dropped.
    fc.constant(onChoices('créneau-autre-rencontre', (w) => (w[other.slots[0].id] = other.slots[0].workshops[0].id))),
    slotIndex.map((i) => onChoices('atelier-autre-créneau', (w) => (w[slots[i].id] = slots[(i + 1) % slots.length].workshops[0].id))),
    fc.constant<Mutation>({
      label: 'ateliers:aucun',
      apply: (body) => {
        if (isRecord(body)) body.workshops = {};
        return body;
      },
    }),
    fc
      .constantFrom<[string, (body: unknown) => unknown]>(
        ['null', () => null],
        ['nombre', () => 42],
        ['booléen', () => true],
        ['chaîne', (body) => safeJson(body)],
        ['tableau', (body) => [body]],
        ['tableau-vide', () => []],
        ['objet-vide', () => ({})],
        ['enveloppe', (body) => ({ registration: body, data: body })],
        ...(options.values === 'json' ? [] : ([['undefined', () => undefined]] as [string, (body: unknown) => unknown][])),
        ...(options.values === 'any' ? ([['illisible', throwing]] as [string, (body: unknown) => unknown][]) : []),
      )
      .map(([label, replace]) => ({ label: `corps:${label}`, apply: replace })),
  );
}

/** The slug a case is sent to, or one that refuses any body. */
function slugs(targets: FuzzTargets): fc.Arbitrary<{ slug: string; label?: string }> {
  const unknown = fc.oneof(
    fc.constantFrom('inconnue', "x'; DROP TABLE events; --", '<script>alert(1)</script>', 'nul\u0000octet', '%00', '😀', 'a/b', '?q=1#x'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant({ slug: targets.event.slug }) },
    { weight: 1, arbitrary: fc.constant({ slug: targets.other.slug, label: 'rencontre:autre' }) },
    { weight: 1, arbitrary: fc.constantFrom(...targets.closedSlugs).map((slug) => ({ slug, label: 'rencontre:fermée' })) },
    // Prefixed: never one of the events' slugs, never '.' or '..' (which would change the path).
    { weight: 1, arbitrary: unknown.map((s) => ({ slug: `fuzz-inconnue-${s}`, label: 'rencontre:inconnue' })) },
  );
}

/** Valid registrations made odd by noise only: markup, SQL, Unicode of every kind, extra fields. */
export function acceptableRegistration(targets: FuzzTargets): fc.Arbitrary<FuzzCase> {
  return fc.record({ emailId: randomUuid, noise: fc.array(noise(targets), { minLength: 1, maxLength: 6 }) }).map(({ emailId, noise: noisy }) => {
    let body: unknown = validBody(targets.event, emailId);
    for (const m of noisy) body = m.apply(body);
    return { slug: targets.event.slug, body, breaks: [], noise: noisy.map((m) => m.label) };
  });
}

/** Registration requests that must all be refused, each labelled with what breaks it. */
export function invalidRegistration(targets: FuzzTargets, options: FuzzOptions): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      emailId: randomUuid,
      target: slugs(targets),
      noise: fc.array(noise(targets), { maxLength: 4 }),
      breaks: fc.array(breaks(targets, options), { minLength: 1, maxLength: 3 }),
    })
    .map(({ emailId, target, noise: noisy, breaks: broken }) => {
      let body: unknown = validBody(targets.event, emailId);
      for (const m of noisy) body = m.apply(body);
      for (const m of broken) body = m.apply(body);
      return {
        slug: target.slug,
        body,
        breaks: [...(target.label ? [target.label] : []), ...broken.map((m) => m.label)],
        noise: noisy.map((m) => m.label),
      };
    });
}
