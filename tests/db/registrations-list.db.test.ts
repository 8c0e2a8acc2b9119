import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { setCheckedIn } from '@/lib/checkin/check-in';
import { exportEventRegistrations, listEventRegistrations } from '@/lib/registrations/list';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, createUser, testDatabase } from '../support/db';
import { expectAppError } from '../support/app-error';
import { validInput } from '../support/registration';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const now = new Date('2030-03-01T10:00:00Z');
const appUrl = 'http://localhost:3000';

type Setup = Awaited<ReturnType<typeof setup>>;

/** An Occitanie event of 4 seats: 4 confirmed (one of them cancelled afterwards, one present), 1 waitlisted. */
async function setup() {
  const { event, slots } = await createEvent(db, { now, regionCode: '76', capacity: 4 });
  const [[a, b], [c, d]] = slots.map((s) => s.workshops);
  const register = (overrides: Record<string, unknown>, choice: [string, string]) =>
    registerAttendee(validInput(slots, { ...overrides, workshops: { [slots[0].id]: choice[0], [slots[1].id]: choice[1] } }), {
            slug: event.slug,
            now,
            appUrl,
          }, db);
  const ines = await register({ firstName: 'Inès', lastName: 'Moreau', organisation: 'Mission locale de Toulouse', lunch: true }, [a.id, c.id]);
  const camille = await register({ firstName: 'Camille', lastName: 'Martin', organisation: 'Ville 100%_Sud', lunch: false }, [b.id, d.id]);
  const eloi = await register({ firstName: 'Éloi', lastName: 'Durand', organisation: 'BTP Garonne', lunch: true }, [a.id, d.id]);
  const zoe = await register({ firstName: 'Zoé', lastName: 'Blanc', organisation: 'Habitat Sud', lunch: true }, [b.id, c.id]);
  const hugo = await register({ firstName: 'Hugo', lastName: 'Lopez', organisation: 'DDETS', lunch: true }, [a.id, c.id]);
  expect(hugo.status).toBe('waitlisted');
  // Cancelled without promotion, to have all three statuses at once.
  await db.update(registrations).set({ status: 'cancelled', cancelledAt: now }).where(eq(registrations.id, zoe.id));
  const staff = await createUser(db, { role: 'national' });
  await setCheckedIn(ines.id, true, { user: staff.currentUser, now }, db);
  return { event, slots, workshops: { a, b, c, d }, people: { ines, camille, eloi, zoe, hugo } };
}

let s: Setup;
let occitanie: CurrentUser;
let bretagne: CurrentUser;
let national: CurrentUser;
let regionless: CurrentUser;

beforeAll(async () => {
  s = await setup();
  occitanie = (await createUser(db, { regionCodes: ['76'] })).currentUser;
  bretagne = (await createUser(db, { regionCodes: ['53'] })).currentUser;
  national = (await createUser(db, { role: 'national' })).currentUser;
  regionless = (await createUser(db, { regionCodes: [] })).currentUser;
});

const names = (rows: { firstName: string }[]) => rows.map((r) => r.firstName);

describe('listEventRegistrations', () => {
  it('[partner Occitanie] sees every registration of its event, by name, with their ateliers, the counts and the fill', async () => {
    const list = await listEventRegistrations(s.event.id, {}, { user: occitanie }, db);
    expect(list.event).toMatchObject({ id: s.event.id, slug: s.event.slug, regionName: 'Occitanie', capacity: 4 });
    // French order: "Durand" (Éloi) before "Lopez", accents do not send a name to the end.
    expect(names(list.rows)).toEqual(['Zoé', 'Éloi', 'Hugo', 'Camille', 'Inès']);
    expect(list.counts).toEqual({ confirmed: 3, waitlisted: 1, cancelled: 1, checkedIn: 1, lunch: 2 });
    const ines = list.rows.find((r) => r.id === s.people.ines.id)!;
    expect(ines.checkedInAt?.toISOString()).toBe(now.toISOString());
    expect(ines.choices[s.slots[0].id]).toMatchObject({ code: 'A', title: 'Atelier A' });
    expect(ines.choices[s.slots[1].id]).toMatchObject({ code: 'C', title: 'Atelier C' });
    // Confirmed choices fill the ateliers; the waitlisted and the cancelled do not.
    expect(list.slots.map((slot) => slot.workshops.map((w) => [w.code, w.taken, w.capacity, w.waitlisted]))).toEqual([
      [
        ['A', 2, 20, 1],
        ['B', 1, 20, 0],
      ],
      [
        ['C', 1, 20, 1],
        ['D', 2, 20, 0],
      ],
    ]);
  });

  it('[national] sees it too', async () => {
    const list = await listEventRegistrations(s.event.id, {}, { user: national }, db);
    expect(list.rows).toHaveLength(5);
  });

  it('searches names, e-mails and organisations, without case or accents, every word', async () => {
    const search = async (q: string) => names((await listEventRegistrations(s.event.id, { search: q }, { user: occitanie }, db)).rows);
    expect(await search('ines')).toEqual(['Inès']);
    expect(await search('ELOI durand')).toEqual(['Éloi']);
    expect(await search('camille martin')).toEqual(['Camille']);
    expect(await search('mission LOCALE')).toEqual(['Inès']);
    const [{ email }] = await db.select({ email: registrations.email }).from(registrations).where(eq(registrations.id, s.people.camille.id));
    expect(await search(email.toUpperCase())).toEqual(['Camille']);
    expect(await search('@test.example.org')).toHaveLength(5);
    expect(await search('garonne')).toEqual(['Éloi']);
    expect(await search('personne-inconnue')).toEqual([]);
  });

  it('takes % and _ literally in a search', async () => {
    const search = async (q: string) => names((await listEventRegistrations(s.event.id, { search: q }, { user: occitanie }, db)).rows);
    expect(await search('100%_')).toEqual(['Camille']);
    expect(await search('%')).toEqual(['Camille']);
    expect(await search('_')).toEqual(['Camille']);
    expect(await search('\\')).toEqual([]);
  });

  it('filters by status and by atelier, alone or together with a search; the counts stay the event’s', async () => {
    const list = (filters: Parameters<typeof listEventRegistrations>[1]) => listEventRegistrations(s.event.id, filters, { user: occitanie }, db);
    expect(names((await list({ status: 'confirmed' })).rows)).toEqual(['Éloi', 'Camille', 'Inès']);
    expect(names((await list({ status: 'waitlisted' })).rows)).toEqual(['Hugo']);
    expect(names((await list({ status: 'cancelled' })).rows)).toEqual(['Zoé']);
    expect(names((await list({ workshopId: s.workshops.a.id })).rows)).toEqual(['Éloi', 'Hugo', 'Inès']);
    expect(names((await list({ workshopId: s.workshops.a.id, status: 'confirmed' })).rows)).toEqual(['Éloi', 'Inès']);
    expect(names((await list({ workshopId: s.workshops.c.id, search: 'blanc' })).rows)).toEqual(['Zoé']);
    const filtered = await list({ status: 'waitlisted' });
    expect(filtered.counts).toEqual({ confirmed: 3, waitlisted: 1, cancelled: 1, checkedIn: 1, lunch: 2 });
  });

  it('an atelier of another event filters everything out', async () => {
    const other = await createEvent(db, { now, regionCode: '76' });
    const list = await listEventRegistrations(s.event.id, { workshopId: other.slots[0].workshops[0].id }, { user: occitanie }, db);
    expect(list.rows).toEqual([]);
  });

  it('[partner Bretagne] is refused an Occitanie event as if it did not exist (not_found)', async () => {
    await expectAppError(listEventRegistrations(s.event.id, {}, { user: bretagne }, db), 'not_found');
    await expectAppError(listEventRegistrations(s.event.id, { search: 'ines' }, { user: bretagne }, db), 'not_found');
  });

  it('[partner without region] is refused; [anonymous] must sign in', async () => {
    await expectAppError(listEventRegistrations(s.event.id, {}, { user: regionless }, db), 'not_found');
    await expectAppError(listEventRegistrations(s.event.id, {}, { user: null }, db), 'unauthorized');
  });

  it('an unknown or malformed id is not_found, even for national staff', async () => {
    await expectAppError(listEventRegistrations('00000000-0000-4000-8000-000000000000', {}, { user: national }, db), 'not_found');
    await expectAppError(listEventRegistrations('pas-un-identifiant', {}, { user: national }, db), 'not_found');
    await expectAppError(listEventRegistrations("' OR 1=1 --", {}, { user: national }, db), 'not_found');
  });
});

describe('exportEventRegistrations', () => {
  it('[partner Occitanie] gets the CSV of the filtered rows, one column per slot, and a file name with the event and the day', async () => {
    const file = await exportEventRegistrations(s.event.id, { status: 'confirmed' }, { user: occitanie, now }, db);
    expect(file.filename).toBe(`inscriptions-${s.event.slug}-2030-03-01.csv`);
    expect(file.count).toBe(3);
    expect(file.csv.startsWith('\uFEFFPrénom;Nom;E-mail;Organisation;')).toBe(true);
    const lines = file.csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0].split(';').slice(-3)).toEqual(['Présent', 'Atelier 13h30–14h30', 'Atelier 14h45–15h45']);
    expect(lines).toHaveLength(1 + 3 + 1);
    const ines = lines.find((l) => l.startsWith('Inès;'))!.split(';');
    expect(ines.slice(-5)).toEqual(['', '01/03/2030 11:00', 'oui', 'A. Atelier A', 'C. Atelier C']);
    expect(ines[7]).toBe('Confirmée');
    expect(ines[8]).toBe('oui');
  });

  it('[national] exports everything', async () => {
    const file = await exportEventRegistrations(s.event.id, {}, { user: national, now }, db);
    expect(file.count).toBe(5);
  });

  it('[partner Bretagne] is refused (not_found), [anonymous] must sign in', async () => {
    await expectAppError(exportEventRegistrations(s.event.id, {}, { user: bretagne, now }, db), 'not_found');
    await expectAppError(exportEventRegistrations(s.event.id, {}, { user: null, now }, db), 'unauthorized');
  });
});
