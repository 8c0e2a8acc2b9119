// Generated registration requests that must all be refused (tests/db/fuzz.db.test.ts and
// tests/e2e/fuzz.spec.ts). A case starts from a valid body for the target event, dressed first
// with noise that keeps it valid (odd text, extra fields, optional fields left out), then broken
// by at least one mutation that the schema or the event's workshops refuse on its own, whatever
// the rest of the body holds. Noise comes first and no break adds a valid value, so no
// case can be repaired on the way: "nothing is stored" is a true assertion, not a hope.
import fc from 'fast-check';
import { nastyString } from './fuzz-text';
import { type FuzzOptions, acceptableText, asParsed, badOrganisationType, badPostcode, notAnEmail, notARecord, notAString, notBoolean, notTrue, randomUuid, SINGLE_LINE, throwing, tooLong, UUID } from './fuzz-values';
import { validInput } from './registration';

export type FuzzEvent = { slug: string; eventId: string; slots: { id: string; workshops: { id: string }[] }[] };

export type FuzzTargets = {
  /** An open event with two slots or more: the bodies are made for it. */
  event: FuzzEvent;
  /** Another open event with two slots or more: its workshops are foreign to `event`, its slug gets `event`'s bodies. */
  other: FuzzEvent;
  /** Slugs of events that refuse any body: a draft, a past event. */
  closedSlugs: string[];
};

export type FuzzCase = { slug: string; body: unknown; breaks: string[]; noise: string[] };

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

/** A valid body with the required fields only, for the bodies no form sends (too big, not JSON…). */
export function requiredFieldsBody(event: FuzzEvent): Body {
  return {
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'fuzz.gros@test.example.org',
    organisation: 'Ville',
    organisationType: 'collectivite',
    lunch: true,
    consent: true,
    workshops: Object.fromEntries(event.slots.map((s) => [s.id, s.workshops[0].id])),
  };
}

/** A valid body for `event`: the first workshop of each slot, a fresh e-mail. */
export function validBody(event: FuzzEvent, emailId: string): Body {
  return validInput(event.slots, { email: `fuzz.${emailId}@test.example.org` });
}

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
