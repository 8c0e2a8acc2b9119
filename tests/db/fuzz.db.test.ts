// Property-based fuzzing of registration: generated bodies that are all invalid (tests/support/fuzz.ts)
// go to the use case and to the HTTP route handler; every one gets a French refusal and nothing of
// them is stored. The same bodies over HTTP against the production build: tests/e2e/fuzz.spec.ts.
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboundEmails, registrations } from '@/db/schema';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { escapeHtml } from '@/lib/email/escape';
import { AppError } from '@/lib/errors';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, testDatabase } from '../support/db';
import { acceptableRegistration, invalidRegistration, requiredFieldsBody, type FuzzCase, type FuzzTargets } from '../support/fuzz';
import { describeCase, foreignEmailTags, fuzzSeed, notFrench, REFUSAL_CODES } from '../support/fuzz-check';
import { asFuzzEvent, createFuzzEvents, fuzzFootprint } from '../support/fuzz-store';

// The handler is called here as a plain function, outside a Next request: Next's connection() (which
// only marks the answer dynamic) has no request to mark.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => {} }));

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const RUNS = 1000;
const appUrl = 'http://localhost:3000';

let targets: FuzzTargets;
let events: Awaited<ReturnType<typeof createFuzzEvents>>['events'];
const stored = () => fuzzFootprint(db, events);

beforeAll(async () => {
  ({ events, targets } = await createFuzzEvents(db));
});

function expectRefusal(error: unknown, c: FuzzCase) {
  const where = `${describeCase(c)}\n→ ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  expect(error, where).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(REFUSAL_CODES, where).toContain(appError.code);
  expect(notFrench(appError), where).toEqual([]);
}

describe('fuzz: registration refuses every invalid body and stores nothing', () => {
  it(`registerAttendee: ${RUNS} generated bodies (types, fields, text, ids, events) all throw an AppError in French`, async () => {
    const before = await stored();
    const codes = new Map<string, number>();
    let choiceErrors = 0;
    await fc.assert(
      fc.asyncProperty(invalidRegistration(targets, { values: 'any' }), async (c) => {
        const error = await registerAttendee(c.body, { slug: c.slug, now: new Date(), appUrl }, db).then(
          () => new Error('inscription acceptée'),
          (e: unknown) => e,
        );
        expectRefusal(error, c);
        const { code, message } = error as AppError;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (message === 'Certains choix d’ateliers sont à corriger.') choiceErrors++;
      }),
      { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
    );
    expect(await stored()).toEqual(before);
    // The generator reaches every layer: the schema, the event lookup, the ateliers' check.
    expect([...codes.keys()].sort()).toEqual(expect.arrayContaining(['not_found', 'registration_closed', 'validation_failed']));
    expect(choiceErrors).toBeGreaterThan(20);
  });

  it(`POST /api/events/{slug}/registrations: ${RUNS} generated JSON bodies all get a 4xx in the error shape`, async () => {
    const before = await stored();
    let ip = 0;
    await fc.assert(
      fc.asyncProperty(invalidRegistration(targets, { values: 'json' }), async (c) => {
        const response = await post(c.slug, JSON.stringify(c.body), ++ip);
        await expectErrorShape(response, describeCase(c));
      }),
      { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
    );
    expect(await stored()).toEqual(before);
  });

  it('POST with a body that is not a JSON object: 400, 413 past 64 kB, in the error shape', async () => {
    const before = await stored();
    const bodies: [string, BodyInit, number][] = [
      ['vide', '', 400],
      ['texte', 'prénom=Camille&nom=Martin', 400],
      ['JSON coupé', '{"firstName": ', 400],
      ['null', 'null', 400],
      ['tableau', '[]', 400],
      ['chaîne', '"Camille"', 400],
      ['nombre', '1e999', 400],
      ['octets invalides', new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0x7d]), 400],
      ['BOM', '\uFEFF{}', 400],
      ['imbrication profonde', '['.repeat(200_000), 413],
      ['objet profond', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, 413],
      ['3 Mo de JSON', JSON.stringify({ ...requiredFieldsBody(targets.event), firstName: 'x'.repeat(3_000_000) }), 413],
      ['65 ko de JSON', JSON.stringify({ ...requiredFieldsBody(targets.event), accessibilityNeeds: 'x'.repeat(65 * 1024) }), 413],
      ['clés dupliquées', '{"consent": true, "consent": false}', 400],
    ];
    for (const [label, body, status] of bodies) {
      const response = await post(targets.event.slug, body, 0);
      expect(response.status, label).toBe(status);
      const json = await expectErrorShape(response, label);
      // Malformed JSON is invalid input like any other: it carries fields, as docs/api.md says.
      if (status === 400) expect(json.error.fields, label).toEqual(expect.any(Object));
    }
    expect(await stored()).toEqual(before);
  });

  it('POST in another type than application/json: 415; from another site: 403; nothing stored', async () => {
    const before = await stored();
    const body = JSON.stringify({ ...requiredFieldsBody(targets.event), email: 'fuzz.autre-site@test.example.org' });
    const cases: [string, Record<string, string>, number][] = [
      ['text/plain', { 'content-type': 'text/plain' }, 415],
      ['formulaire', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
      ['sans type', { 'content-type': '' }, 415],
      ['Origin d’un autre site', { origin: 'https://pirate.example.com' }, 403],
      ['Origin du site sur un autre port', { origin: 'http://localhost:3001' }, 403],
      ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }, 403],
      ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }, 403],
    ];
    for (const [label, headers, status] of cases) {
      const response = await post(targets.event.slug, body, 0, headers);
      expect(response.status, label).toBe(status);
      await expectErrorShape(response, label);
    }
    expect(await stored()).toEqual(before);
  });
});

describe('fuzz: odd but acceptable text is stored as typed and escaped in the e-mail', () => {
  it('200 valid registrations full of markup, SQL and Unicode: all confirmed, stored as typed, never markup in the e-mail', async () => {
    const wide = { starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Atelier A', capacity: 1000 }, { code: 'B', title: 'Atelier B', capacity: 1000 }] };
    const roomy = await createEvent(db, { capacity: 1000, slots: [wide, { ...wide, starts: '14:45', ends: '15:45' }] });
    const roomyTargets = { ...targets, event: asFuzzEvent(roomy) };
    const fields = ['firstName', 'lastName', 'organisation', 'jobTitle', 'accessibilityNeeds'] as const;
    await fc.assert(
      fc.asyncProperty(acceptableRegistration(roomyTargets), async (c) => {
        const where = describeCase(c);
        const result = await registerAttendee(c.body, { slug: c.slug, now: new Date(), appUrl }, db);
        expect(result.status, where).toBe('confirmed');
        const [row] = await db.select().from(registrations).where(eq(registrations.id, result.id));
        const body = c.body as Record<string, unknown>;
        for (const name of fields) {
          // As typed, trimmed; a lone surrogate cannot be UTF-8 and arrives as U+FFFD.
          const typed = typeof body[name] === 'string' ? (body[name] as string).trim().toWellFormed() : '';
          expect(row[name], `${where}\n${name}`).toBe(typed);
        }
        const [mail] = await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, result.id));
        expect(mail.text, where).toContain(`Bonjour ${row.firstName} ${row.lastName},`);
        // Escaped, a line break as <br> (lib/email/layout.ts).
        const html = (value: string) => value.split('\n').map(escapeHtml).join('<br>');
        expect(mail.html, where).toContain(`Bonjour ${html(row.firstName)} ${html(row.lastName)},`);
        // Whatever the names hold, the HTML body has only the layout's own tags.
        expect(foreignEmailTags(mail.html), where).toEqual([]);
      }),
      { numRuns: 200, seed: fuzzSeed(), endOnFailure: true },
    );
  });
});

function post(slug: string, body: BodyInit, ip: number, headers: Record<string, string> = {}) {
  const all: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': `198.51.${Math.floor(ip / 250) % 250}.${ip % 250}`, ...headers };
  const request = new Request(`${appUrl}/api/events/${encodeURIComponent(slug)}/registrations`, {
    method: 'POST',
    body,
    headers: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== '')),
  });
  return POST(request, { params: Promise.resolve({ slug }) });
}

async function expectErrorShape(response: Response, where: string) {
  const text = await response.text();
  const context = `${where}\n→ ${response.status} ${text.slice(0, 500)}`;
  expect(response.status, context).toBeGreaterThanOrEqual(400);
  expect(response.status, context).toBeLessThan(500);
  expect(response.headers.get('content-type'), context).toMatch(/^application\/json/);
  const json = JSON.parse(text) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(Object.keys(json), context).toEqual(['error']);
  expect(json.error, context).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  expect(REFUSAL_CODES, context).toContain(json.error.code);
  expect(notFrench(json.error), context).toEqual([]);
  return json;
}

