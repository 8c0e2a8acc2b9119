// Registration fuzzed over HTTP against the production build: a thousand generated invalid bodies to
// the API and a thousand to the form's server action, sent exactly as a browser sends them (checked
// against a real submission: fuzz-browser.spec.ts), then bodies no browser sends. Never a 500 from
// the app, always the error shape in French, nothing stored. The same generator in the database
// tier: tests/db/fuzz.db.test.ts.
import fc from 'fast-check';
import { invalidRegistration, requiredFieldsBody, type FuzzCase } from '../support/fuzz';
import { describeCase, fuzzSeed, mapLimit, type ErrorBody } from '../support/fuzz-check';
import {
  actionHeaders,
  actionProblem,
  apiProblem,
  byteLength,
  clientAddress,
  decodeActionResult,
  encodeActionArguments,
  FORM_PAGE,
  NEXT_OPAQUE_ERROR,
  rawPost,
  serverActionId,
  type RawAnswer,
} from '../support/fuzz-http';
import { createFuzzEvents, fuzzFootprint } from '../support/fuzz-store';
import { expect, test } from './fixtures';
import { PORT } from './ports';

const BASE = `http://localhost:${PORT}`;
const RUNS = 1000;
const CONCURRENCY = 16;
/** Next's default limit for the body of a server action (serverActions.bodySizeLimit, 1 MB). */
const ACTION_BODY_LIMIT = 1024 * 1024;

const CHOICES_MESSAGE = 'Certains choix d’ateliers sont à corriger.';

/** Counts an answer by code, the refusals of the ateliers' check apart. */
function count(codes: Record<string, number>, error: ErrorBody) {
  const key = error.message === CHOICES_MESSAGE ? 'validation_failed (ateliers)' : error.code;
  codes[key] = (codes[key] ?? 0) + 1;
}

/** The bodies went past the schema too: to the event's lookup and to the check of its ateliers. */
function expectEveryLayer(codes: Record<string, number>) {
  expect(codes.validation_failed).toBeGreaterThan(RUNS / 2);
  expect(codes['validation_failed (ateliers)']).toBeGreaterThan(20);
  expect(codes.not_found).toBeGreaterThan(0);
}

const report = (problem: string, c: FuzzCase, answer: RawAnswer) =>
  `${problem}\n    ${describeCase(c)}\n    → ${answer.status} ${answer.text.slice(0, 300)}`;

test.describe('[fuzz] inscription : corps générés', () => {
  test('[API] 1 000 corps invalides générés : une erreur 4xx au format { error } en français, jamais de 500, rien d’enregistré', async ({ db }) => {
    test.setTimeout(120_000);
    const { events, targets } = await createFuzzEvents(db, '06');
    const before = await fuzzFootprint(db, events);
    const seed = fuzzSeed();
    const cases = fc.sample(invalidRegistration(targets, { values: 'json' }), { numRuns: RUNS, seed });

    const failures: string[] = [];
    const codes: Record<string, number> = {};
    await mapLimit(cases, CONCURRENCY, async (c, i) => {
      // One case in five also carries the header the API reads the idempotency key from.
      const key: Record<string, string> = i % 5 === 0 ? { 'idempotency-key': i % 10 === 0 ? `cle-${i}-${'x'.repeat(120)}` : `cle-${i}-${seed}` } : {};
      const answer = await rawPost(`${BASE}/api/events/${encodeURIComponent(c.slug)}/registrations`, JSON.stringify(c.body), {
        'content-type': 'application/json',
        ...clientAddress(),
        ...key,
      });
      const problem = apiProblem(answer);
      if (problem) failures.push(report(problem, c, answer));
      else count(codes, (JSON.parse(answer.text) as { error: ErrorBody }).error);
    });

    expect(failures.slice(0, 10), `${failures.length} échecs, graine ${seed} (FUZZ_SEED=${seed} pour rejouer)`).toEqual([]);
    expect(await fuzzFootprint(db, events)).toEqual(before);
    // Every body was checked for itself: no answer came from the rate limits.
    expect(codes.rate_limited ?? 0).toBe(0);
    expectEveryLayer(codes);
    test.info().annotations.push({ type: 'codes', description: JSON.stringify(codes) });
  });

  test('[action du formulaire] 1 000 appels invalides générés, encodés comme par le navigateur : { ok: false, error } en français, rien d’enregistré', async ({ db }) => {
    test.setTimeout(120_000);
    const { events, targets } = await createFuzzEvents(db, '06');
    const before = await fuzzFootprint(db, events);
    const actionId = serverActionId('submitRegistration', FORM_PAGE);
    const page = `${BASE}/rencontres/${targets.event.slug}/inscription`;
    const seed = fuzzSeed();
    // The action's arguments also carry what JSON cannot (undefined, NaN, BigInt, Date, Map, Set):
    // React encodes them, a Map or a Set as multipart. A few bodies pass Next's 1 MB limit: they
    // are kept apart (Next refuses them before the action runs, see the next test).
    const sampled = fc.sample(invalidRegistration(targets, { values: 'reply' }), { numRuns: RUNS + 100, seed });
    const encoded = await Promise.all(
      sampled.map(async (c) => {
        const body = await encodeActionArguments([c.slug, c.body]);
        return { c, body, size: await byteLength(body) };
      }),
    );
    const cases = encoded.filter((e) => e.size <= ACTION_BODY_LIMIT).slice(0, RUNS);
    const oversized = encoded.filter((e) => e.size > ACTION_BODY_LIMIT);
    expect(cases).toHaveLength(RUNS);
    expect(cases.filter((e) => typeof e.body !== 'string').length, 'des appels en multipart').toBeGreaterThan(0);

    const failures: string[] = [];
    const codes: Record<string, number> = {};
    await mapLimit(cases, CONCURRENCY, async ({ c, body }) => {
      const answer = await rawPost(page, body, { ...actionHeaders(actionId, body), ...clientAddress() });
      const problem = await actionProblem(answer);
      if (problem) failures.push(report(problem, c, answer));
      else count(codes, ((await decodeActionResult(answer.text)) as { error: ErrorBody }).error);
    });
    // Over 1 MB, Next refuses the call itself before the action runs: an opaque 500 (or a 413).
    for (const { c, body } of oversized) {
      const answer = await rawPost(page, body, { ...actionHeaders(actionId, body), ...clientAddress() });
      if (!(answer.status === 413 || (answer.status === 500 && NEXT_OPAQUE_ERROR.test(answer.text)))) failures.push(report('plus de 1 Mo', c, answer));
    }

    expect(failures.slice(0, 10), `${failures.length} échecs, graine ${seed} (FUZZ_SEED=${seed} pour rejouer)`).toEqual([]);
    expect(await fuzzFootprint(db, events)).toEqual(before);
    expect(codes.rate_limited ?? 0).toBe(0);
    expectEveryLayer(codes);
    test.info().annotations.push({ type: 'codes', description: `${JSON.stringify(codes)}, plus ${oversized.length} de plus de 1 Mo` });
  });
});

test.describe('[fuzz] inscription : corps qu’aucun formulaire n’envoie', () => {
  test('[API] corps non JSON, vides, énormes ou mal encodés : 400 au format { error }, rien d’enregistré', async ({ db }) => {
    const { events, targets } = await createFuzzEvents(db, '06');
    const before = await fuzzFootprint(db, events);
    const valid = requiredFieldsBody(targets.event);
    // Not JSON: 415; over 64 kB: 413 (not read whole); JSON that is not a registration: 400.
    const bodies: [string, string | Uint8Array, string, number][] = [
      ['vide', '', 'application/json', 400],
      ['vide sans type', '', '', 415],
      ['formulaire HTML', 'firstName=Camille&consent=on', 'application/x-www-form-urlencoded', 415],
      ['multipart', '--x\r\nContent-Disposition: form-data; name="firstName"\r\n\r\nCamille\r\n--x--\r\n', 'multipart/form-data; boundary=x', 415],
      ['JSON coupé', '{"firstName": ', 'application/json', 400],
      ['null', 'null', 'application/json', 400],
      ['tableau', JSON.stringify([valid]), 'application/json', 400],
      ['chaîne', '"Camille"', 'application/json', 400],
      ['nombre', '1e999', 'application/json', 400],
      ['JSON en text/plain', JSON.stringify({ ...valid, consent: false }), 'text/plain', 415],
      ['octets invalides', new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0x7d]), 'application/json', 400],
      ['BOM', '\uFEFF{}', 'application/json', 400],
      ['imbrication profonde', '['.repeat(200_000), 'application/json', 413],
      ['objet profond', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, 'application/json', 413],
      ['3 Mo', JSON.stringify({ ...valid, firstName: 'x'.repeat(3_000_000) }), 'application/json', 413],
      ['12 Mo', JSON.stringify({ ...valid, accessibilityNeeds: '😀'.repeat(3_000_000) }), 'application/json', 413],
      ['clés dupliquées', `{"consent": true, ${JSON.stringify(valid).slice(1, -1)}, "consent": false}`, 'application/json', 400],
    ];
    const failures: string[] = [];
    for (const [label, body, type, status] of bodies) {
      const answer = await rawPost(`${BASE}/api/events/${targets.event.slug}/registrations`, body, { ...(type ? { 'content-type': type } : {}), ...clientAddress() });
      const problem = apiProblem(answer) ?? (answer.status === status ? null : `statut ${answer.status} au lieu de ${status}`);
      if (problem) failures.push(`${label} : ${problem} → ${answer.status} ${answer.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(await fuzzFootprint(db, events)).toEqual(before);
  });

  test('[action du formulaire] requêtes forgées : jamais de trace ni de donnée dans la réponse, rien d’enregistré ; ce que Next refuse lui-même est listé', async ({ db }) => {
    test.setTimeout(60_000);
    const { events, targets } = await createFuzzEvents(db, '06');
    const before = await fuzzFootprint(db, events);
    const actionId = serverActionId('submitRegistration', FORM_PAGE);
    const slug = targets.event.slug;
    const page = `${BASE}/rencontres/${slug}/inscription`;
    const valid = {
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'fuzz.forge@test.example.org',
      organisation: 'Ville',
      organisationType: 'collectivite',
      lunch: true,
      consent: true,
      workshops: Object.fromEntries(targets.event.slots.map((s) => [s.id, s.workshops[0].id])),
    };
    // The raw text of a reply, '$' included: React's client would have escaped it ('$$…').
    const raw = (firstName: string) => JSON.stringify([slug, { ...valid, firstName: 'x', consent: false }]).replace('"firstName":"x"', `"firstName":${JSON.stringify(firstName)}`);
    const multipart = new FormData();
    multipart.append('0', JSON.stringify([slug, '$@1']));
    multipart.append('1', 'pas du JSON');
    const requests: [string, string | FormData, Record<string, string>?][] = [
      ['sans argument', '[]'],
      ['slug seul', JSON.stringify([slug])],
      ['mille arguments', JSON.stringify([slug, ...Array(1000).fill(valid)])],
      ['objet au lieu du tableau', JSON.stringify(valid)],
      ['slug non chaîne', JSON.stringify([{ slug }, { ...valid, consent: false }])],
      ['slug d’une autre rencontre', JSON.stringify([targets.other.slug, valid])],
      ['slug avec octet nul', JSON.stringify([`${slug}\u0000`, valid])],
      ['référence temporaire $T', raw('$T')],
      ['référence de formulaire $K1', raw('$K1')],
      ['promesse $@0', raw('$@0')],
      ['date $D', raw('$D2020-01-01T00:00:00.000Z')],
      ['symbole $S', raw('$Sreact.element')],
      ['grand entier $n', raw('$n123')],
      ['référence absente $Q', raw('$Q5')],
      ['référence serveur $h', raw('$h1')],
      ['référence serveur $F', raw('$F1')],
      ['itérateur $i', raw('$i1')],
      ['multipart à référence illisible', multipart],
      ['pas du JSON', 'pas du JSON'],
      ['vide', ''],
      ['imbrication profonde', '['.repeat(100_000)],
      ['imbrication profonde fermée', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
      ['plus de 1 Mo', JSON.stringify([slug, { ...valid, firstName: 'x'.repeat(1_200_000) }])],
      ['action inconnue', JSON.stringify([slug, valid]), { 'next-action': '00'.repeat(21) }],
    ];

    const leaks: string[] = [];
    const refusedByNext: string[] = [];
    for (const [label, body, extra] of requests) {
      const answer = await rawPost(page, body, { ...actionHeaders(actionId, body), ...clientAddress(), ...extra });
      const ours = await actionProblem(answer);
      if (ours === null) continue;
      // Not our action's answer: Next refused the request before running it. It must say nothing.
      const opaque = (answer.status === 500 && NEXT_OPAQUE_ERROR.test(answer.text)) || (answer.status >= 400 && answer.status < 500 && !/\bat \S+:\d+|Error:/.test(answer.text));
      if (!opaque) leaks.push(`${label} : ${ours} → ${answer.status} ${answer.text.slice(0, 300)}`);
      else refusedByNext.push(`${label} (${answer.status})`);
    }
    expect(leaks).toEqual([]);
    expect(await fuzzFootprint(db, events)).toEqual(before);
    // Everything that reaches the action is refused by it in French (a temporary reference too):
    // what Next refuses itself is malformed RSC, an unknown action, or a body over 1 MB.
    const reachingTheAction = ['sans argument', 'slug seul', 'slug non chaîne', 'slug d’une autre rencontre', 'slug avec octet nul', 'référence temporaire $T', 'référence de formulaire $K1', 'promesse $@0', 'date $D', 'grand entier $n'];
    expect(refusedByNext.filter((r) => reachingTheAction.some((label) => r.startsWith(`${label} (`)))).toEqual([]);
    test.info().annotations.push({ type: 'refusées par Next avant l’action', description: refusedByNext.join(' ; ') });
  });
});
