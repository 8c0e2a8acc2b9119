// The statistics' fixture: known numbers in an edition (2041) that the seed and no other test
// uses, so that nothing else can change a figure.
import type { Database } from '@/db/connect';
import { registrations, workshopChoices, type OrganisationType, type Registration } from '@/db/schema';
import { createEvent } from './db';

export const EDITION = 2041;
/** Factories' clock: before every event, so that their registration windows are valid. */
const created = new Date('2041-01-01T09:00:00Z');
/** The statistics' clock: the March and April events have taken place, the September one not. */
export const now = new Date('2041-06-15T12:00:00Z');

type Person = { email: string; type: OrganisationType; postcode: string };
type Slot = Awaited<ReturnType<typeof createEvent>>['slots'][number];

let tag = 0;
async function registerIn(
  db: Database,
  event: { id: string },
  person: Person,
  status: Registration['status'],
  options: { checkedIn?: boolean; choices?: [Slot, string][] } = {},
) {
  const [row] = await db
    .insert(registrations)
    .values({
      eventId: event.id,
      firstName: 'Test',
      lastName: `Statistiques ${++tag}`,
      email: person.email,
      organisation: 'Organisation de test',
      organisationType: person.type,
      postcode: person.postcode,
      consentAt: created,
      status,
      cancelledAt: status === 'cancelled' ? now : null,
      checkedInAt: options.checkedIn ? now : null,
    })
    .returning();
  for (const [slot, code] of options.choices ?? []) {
    const workshop = slot.workshops.find((w) => w.code === code)!;
    await db.insert(workshopChoices).values({ registrationId: row.id, slotId: slot.id, workshopId: workshop.id });
  }
  return row;
}

const suffix = Math.random().toString(36).slice(2, 8);
const email = (name: string) => `${name}.${suffix}@stats.example.org`;

/**
 * Occitanie (76): M1 on 7 March 2041 (taken place), M3 on 12 September 2041 (not yet), a cancelled
 * event (M4) and a draft. Bretagne (53): M2 on 18 April 2041 (taken place).
 * Alice comes to M1 and M2 (two regions; her e-mail in a different case) and to the cancelled M4;
 * Bruno comes to M1 and M3.
 */
export async function setupStatsFixture(db: Database) {
  const register = (...args: Parameters<typeof registerIn> extends [Database, ...infer R] ? R : never) => registerIn(db, ...args);
  const slot = (starts: string, ends: string, workshops: [string, number][]) => ({
    starts,
    ends,
    workshops: workshops.map(([code, capacity]) => ({ code, title: `Atelier ${code}`, capacity })),
  });
  const m1 = await createEvent(db, {
    now: created,
    date: '2041-03-07',
    regionCode: '76',
    title: 'Statistiques M1 Montpellier',
    slots: [slot('13:30', '14:30', [['A', 4], ['B', 10]]), slot('14:45', '15:45', [['C', 5], ['D', 5]])],
  });
  const m2 = await createEvent(db, {
    now: created,
    date: '2041-04-18',
    regionCode: '53',
    title: 'Statistiques M2 Rennes',
    slots: [slot('13:30', '14:30', [['A', 2], ['B', 4]])],
  });
  const m3 = await createEvent(db, {
    now: created,
    date: '2041-09-12',
    regionCode: '76',
    title: 'Statistiques M3 Toulouse',
    slots: [slot('13:30', '14:30', [['A', 10], ['B', 5]])],
  });
  const m4 = await createEvent(db, {
    now: created,
    date: '2041-05-16',
    regionCode: '76',
    status: 'cancelled',
    title: 'Statistiques M4 annulée',
    slots: [slot('13:30', '14:30', [['A', 2]])],
  });
  await createEvent(db, { now: created, date: '2041-10-10', regionCode: '76', status: 'draft', title: 'Statistiques brouillon' });

  const [s1a, s1b] = m1.slots;
  const [s2] = m2.slots;
  const [s3] = m3.slots;
  const [s4] = m4.slots;
  const alice = (variant: string): Person => ({ email: variant, type: 'collectivite', postcode: '34000' });
  const bruno: Person = { email: email('bruno'), type: 'bailleur_social', postcode: '31000' };
  const chloe: Person = { email: email('chloe'), type: 'entreprise', postcode: '31200' };
  const fanny: Person = { email: email('fanny'), type: 'facilitateur', postcode: '20090' };

  // M1, Occitanie, taken place: 5 confirmed (3 present), 1 waitlisted, 2 cancelled.
  await register(m1.event, alice(`Alice.Repeat.${suffix}@Stats.example.org`), 'confirmed', { checkedIn: true, choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, bruno, 'confirmed', { checkedIn: true, choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, chloe, 'confirmed', { choices: [[s1a, 'A'], [s1b, 'D']] });
  await register(m1.event, { email: email('damien'), type: 'siae', postcode: '97400' }, 'confirmed', { checkedIn: true, choices: [[s1a, 'B'], [s1b, 'D']] });
  await register(m1.event, { email: email('emma'), type: 'service_public_emploi', postcode: '' }, 'confirmed', { choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, fanny, 'waitlisted', { choices: [[s1a, 'B'], [s1b, 'C']] });
  // Cancelled, though once checked in and holding choices: they count nowhere.
  await register(m1.event, { email: email('gilles'), type: 'maitre_ouvrage', postcode: '20200' }, 'cancelled', { checkedIn: true, choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, { email: email('hugo'), type: 'association', postcode: '34070' }, 'cancelled');

  // M2, Bretagne, taken place: 3 confirmed (2 present), 1 waitlisted, 1 cancelled.
  await register(m2.event, { ...alice(`ALICE.REPEAT.${suffix}@STATS.EXAMPLE.ORG`), postcode: '35000' }, 'confirmed', { checkedIn: true, choices: [[s2, 'A']] });
  await register(m2.event, { email: email('ines'), type: 'etat_agence', postcode: '29200' }, 'confirmed', { choices: [[s2, 'A']] });
  await register(m2.event, { email: email('jules'), type: 'autre', postcode: '56100' }, 'confirmed', { checkedIn: true, choices: [[s2, 'B']] });
  await register(m2.event, { email: email('karim'), type: 'entreprise', postcode: '35000' }, 'waitlisted', { choices: [[s2, 'B']] });
  await register(m2.event, { email: email('lea'), type: 'bailleur_social', postcode: '98800' }, 'cancelled');

  // M3, Occitanie, not yet: 3 confirmed (one already marked present: not counted before the day), 1 waitlisted, 1 cancelled.
  await register(m3.event, bruno, 'confirmed', { choices: [[s3, 'A']] });
  await register(m3.event, { email: email('marc'), type: 'collectivite', postcode: '97100' }, 'confirmed', { checkedIn: true, choices: [[s3, 'A']] });
  await register(m3.event, { ...fanny, postcode: '20600' }, 'confirmed', { choices: [[s3, 'B']] });
  await register(m3.event, { email: email('nina'), type: 'siae', postcode: '99100' }, 'waitlisted', { choices: [[s3, 'A']] });
  await register(m3.event, chloe, 'cancelled');

  // M4, cancelled event: nothing of it counts.
  await register(m4.event, { ...alice(email('alice.repeat')), postcode: '75001' }, 'confirmed', { checkedIn: true, choices: [[s4, 'A']] });
  await register(m4.event, { email: email('olga'), type: 'maitre_ouvrage', postcode: '13001' }, 'confirmed', { checkedIn: true, choices: [[s4, 'A']] });

  return { m1, m2, m3, m4 };
}
