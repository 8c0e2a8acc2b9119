// The national events page and the tour-wide export on a fixture with known numbers, in an
// edition (2067) that the seed and no other test uses: every assertion is filtered by it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '@/db/schema';
import { listTourEvents, type TourOverview } from '@/lib/admin/events';
import { exportTourRegistrations } from '@/lib/admin/export';
import { parseTourFilters } from '@/lib/admin/tour-filters';
import type { CurrentUser } from '@/lib/auth/permissions';
import { setCheckedIn } from '@/lib/checkin/check-in';
import { CSV_BOM } from '@/lib/exports/csv';
import { REGISTRATION_CSV_HEADERS } from '@/lib/exports/registrations-csv';
import { cancelRegistration } from '@/lib/registrations/manage';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, createUser, testDatabase } from '../support/db';
import { expectAppError } from '../support/manage';
import { validInput } from '../support/registration';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const EDITION = 2067;
/** The factories' clock: before every event, so that their registration windows are open. */
const created = new Date('2067-01-02T09:00:00Z');
/** The page's clock: the March and April events have taken place, the others not. */
const now = new Date('2067-06-15T12:00:00Z');
const appUrl = 'http://localhost:3000';

type Event = Awaited<ReturnType<typeof createEvent>>;
let staff: CurrentUser;
let partner: CurrentUser;
const m = {} as Record<'m1' | 'm2' | 'm3' | 'm4' | 'm5', Event>;

async function register(event: Event, lastName: string, extra: Record<string, unknown> = {}) {
  return registerAttendee(validInput(event.slots, { lastName, ...extra }), { slug: event.event.slug, now: created, appUrl }, db);
}

const slot = (starts: string, ends: string, codes: string[]) => ({
  starts,
  ends,
  workshops: codes.map((code) => ({ code, title: `Atelier ${code}`, capacity: 20 })),
});

/**
 * Occitanie (76): M1 on 9 March (taken place; capacity 3: 3 confirmed of whom 2 present, 2 on the
 * waiting list; one workshop slot), M4 on 18 May (cancelled; 1 confirmed), M3 on 14 September
 * (ahead; 2 confirmed; three slots). Bretagne (53): M2 on 20 April (taken place; 4 confirmed of whom
 * 1 present, 1 cancelled), M5 on 5 October (draft, nothing).
 */
beforeAll(async () => {
  staff = (await createUser(db, { role: 'national' })).currentUser;
  partner = (await createUser(db, { regionCodes: ['76'] })).currentUser;
  const base = { now: created };
  m.m1 = await createEvent(db, { ...base, title: 'M1 Montpellier 2067', date: '2067-03-09', regionCode: '76', capacity: 3, slots: [slot('14:00', '15:00', ['A', 'B'])] });
  m.m2 = await createEvent(db, { ...base, title: 'M2 Rennes 2067', date: '2067-04-20', regionCode: '53', capacity: 10 });
  m.m3 = await createEvent(db, {
    ...base,
    title: 'M3 Toulouse 2067',
    date: '2067-09-14',
    regionCode: '76',
    capacity: 20,
    slots: [slot('10:30', '11:30', ['A', 'B']), slot('14:00', '15:00', ['C']), slot('15:15', '16:15', ['D'])],
  });
  m.m4 = await createEvent(db, { ...base, title: 'M4 Nîmes 2067', date: '2067-05-18', regionCode: '76', capacity: 5 });
  m.m5 = await createEvent(db, { ...base, title: 'M5 Brest 2067', date: '2067-10-05', regionCode: '53', capacity: 30, status: 'draft' });

  const m1 = [await register(m.m1, 'Martin'), await register(m.m1, 'Álvarez'), await register(m.m1, 'Blanc')];
  const m1Waiting = [await register(m.m1, 'Dupuis'), await register(m.m1, 'Petit')];
  expect([...m1, ...m1Waiting].map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
  await setCheckedIn(m1[0].id, true, { user: staff, now: new Date('2067-03-09T08:40:00Z') }, db);
  await setCheckedIn(m1[1].id, true, { user: staff, now: new Date('2067-03-09T08:50:00Z') }, db);

  const m2 = [];
  for (const name of ['Roux', 'Leroy', 'Morel', 'Fournier', 'Girard']) m2.push(await register(m.m2, name));
  await cancelRegistration(m2[4].token!, { now: created, appUrl }, db);
  await setCheckedIn(m2[0].id, true, { user: staff, now: new Date('2067-04-20T08:30:00Z') }, db);

  await register(m.m3, 'Zola', { firstName: 'Émile' });
  await register(m.m3, 'Camus', { firstName: 'Albert' });
  await register(m.m4, 'Sand');
  await db.update(events).set({ status: 'cancelled' }).where(eq(events.id, m.m4.event.id));
});

const list = (query: string) => listTourEvents(staff, parseTourFilters(new URLSearchParams(`edition=${EDITION}&${query}`)), { now }, db);
const titles = (overview: TourOverview) => overview.events.map((e) => e.title);

describe('listTourEvents', () => {
  it('[national] lists every event of the edition, newest first, with counts, fill and check-in rates', async () => {
    const overview = await list('');
    expect(titles(overview)).toEqual(['M5 Brest 2067', 'M3 Toulouse 2067', 'M4 Nîmes 2067', 'M2 Rennes 2067', 'M1 Montpellier 2067']);
    const row = (title: string) => overview.events.find((e) => e.title === title)!;
    expect(row('M1 Montpellier 2067')).toMatchObject({
      regionCode: '76',
      regionName: 'Occitanie',
      status: 'published',
      edition: EDITION,
      capacity: 3,
      confirmed: 3,
      waitlisted: 2,
      cancelled: 0,
      checkedIn: 2,
      held: true,
      fillRate: 1,
      checkInRate: 2 / 3,
    });
    expect(row('M2 Rennes 2067')).toMatchObject({ regionName: 'Bretagne', capacity: 10, confirmed: 4, waitlisted: 0, cancelled: 1, checkedIn: 1, fillRate: 0.4, checkInRate: 0.25 });
    // Ahead, cancelled or draft: no check-in rate to speak of.
    expect(row('M3 Toulouse 2067')).toMatchObject({ confirmed: 2, fillRate: 0.1, held: false, checkInRate: null });
    expect(row('M4 Nîmes 2067')).toMatchObject({ status: 'cancelled', confirmed: 1, fillRate: 0.2, held: false, checkInRate: null });
    expect(row('M5 Brest 2067')).toMatchObject({ status: 'draft', confirmed: 0, waitlisted: 0, fillRate: 0, checkInRate: null });
    expect(overview.totals).toEqual({
      events: 5,
      capacity: 68,
      confirmed: 10,
      waitlisted: 2,
      cancelled: 1,
      heldEvents: 2,
      heldConfirmed: 7,
      checkedIn: 3,
      fillRate: 10 / 68,
      checkInRate: 3 / 7,
    });
    expect(overview.editions).toContain(EDITION);
    expect(overview.regions).toEqual(expect.arrayContaining([{ code: '76', name: 'Occitanie' }, { code: '53', name: 'Bretagne' }]));
  });

  it('[national] filters by region, by status, and by both; the totals follow the filters', async () => {
    const occitanie = await list('region=76');
    expect(titles(occitanie)).toEqual(['M3 Toulouse 2067', 'M4 Nîmes 2067', 'M1 Montpellier 2067']);
    expect(occitanie.totals).toMatchObject({ events: 3, capacity: 28, confirmed: 6, waitlisted: 2, cancelled: 0, heldConfirmed: 3, checkedIn: 2 });
    expect(occitanie.totals.checkInRate).toBe(2 / 3);

    const published = await list('statut=publiee');
    expect(titles(published)).toEqual(['M3 Toulouse 2067', 'M2 Rennes 2067', 'M1 Montpellier 2067']);
    expect(published.totals).toMatchObject({ events: 3, capacity: 33, confirmed: 9, waitlisted: 2, cancelled: 1 });

    const bretagnePublished = await list('region=53&statut=publiee');
    expect(titles(bretagnePublished)).toEqual(['M2 Rennes 2067']);
    expect(bretagnePublished.totals).toMatchObject({ events: 1, capacity: 10, confirmed: 4, fillRate: 0.4, checkInRate: 0.25 });

    const none = await list('region=53&statut=annulee');
    expect(none.events).toEqual([]);
    expect(none.totals).toEqual({
      events: 0,
      capacity: 0,
      confirmed: 0,
      waitlisted: 0,
      cancelled: 0,
      heldEvents: 0,
      heldConfirmed: 0,
      checkedIn: 0,
      fillRate: null,
      checkInRate: null,
    });
  });

  it('[partenaire Occitanie] is refused, although it may read its own events; so is an anonymous visitor', async () => {
    await expectAppError(listTourEvents(partner, {}, { now }, db), 'forbidden');
    await expectAppError(listTourEvents(null, {}, { now }, db), 'unauthorized');
  });
});

describe('exportTourRegistrations', () => {
  const lines = (csv: string) => csv.slice(CSV_BOM.length).split('\r\n');

  it('[national] exports the registrations of the events shown, with their event, region, date and one column per slot position', async () => {
    const filters = parseTourFilters(new URLSearchParams(`edition=${EDITION}&region=76&statut=publiee&inscriptions=confirmee`));
    const { filename, csv, count } = await exportTourRegistrations(staff, filters, { now }, db);
    expect(filename).toBe('inscriptions-tour-2067-06-15.csv');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [headers, ...rows] = lines(csv);
    expect(headers.split(';')).toEqual(['Rencontre', 'Région', 'Date', ...REGISTRATION_CSV_HEADERS, 'Atelier 1', 'Atelier 2', 'Atelier 3']);
    expect(count).toBe(5);
    expect(rows.pop()).toBe('');
    const cells = rows.map((r) => r.split(';'));
    // Event by event (March first), people in French alphabetical order within each.
    expect(cells.map((c) => [c[0], c[1], c[2], c[4]])).toEqual([
      ['M1 Montpellier 2067', 'Occitanie', '09/03/2067', 'Álvarez'],
      ['M1 Montpellier 2067', 'Occitanie', '09/03/2067', 'Blanc'],
      ['M1 Montpellier 2067', 'Occitanie', '09/03/2067', 'Martin'],
      ['M3 Toulouse 2067', 'Occitanie', '14/09/2067', 'Camus'],
      ['M3 Toulouse 2067', 'Occitanie', '14/09/2067', 'Zola'],
    ]);
    expect(cells.every((c) => c[10] === 'Confirmée')).toBe(true);
    expect(cells.map((c) => c[14])).toEqual(['oui', 'non', 'oui', 'non', 'non']);
    // M1 has one slot, M3 three: the columns are slot positions, not times.
    expect(cells.map((c) => c.slice(15))).toEqual([
      ['A. Atelier A', '', ''],
      ['A. Atelier A', '', ''],
      ['A. Atelier A', '', ''],
      ['A. Atelier A', 'C. Atelier C', 'D. Atelier D'],
      ['A. Atelier A', 'C. Atelier C', 'D. Atelier D'],
    ]);
  });

  it('[national] keeps the registration status filter: the waiting list only', async () => {
    const { csv, count } = await exportTourRegistrations(staff, parseTourFilters(new URLSearchParams(`edition=${EDITION}&inscriptions=attente`)), { now }, db);
    expect(count).toBe(2);
    expect(lines(csv).slice(1, 3).map((l) => l.split(';')[4])).toEqual(['Dupuis', 'Petit']);
    const all = await exportTourRegistrations(staff, { edition: EDITION }, { now }, db);
    expect(all.count).toBe(3 + 2 + 5 + 2 + 1);
  });

  it('[partenaire Occitanie] is refused; so is an anonymous visitor', async () => {
    await expectAppError(exportTourRegistrations(partner, { edition: EDITION }, { now }, db), 'forbidden');
    await expectAppError(exportTourRegistrations(null, { edition: EDITION }, { now }, db), 'unauthorized');
  });
});
