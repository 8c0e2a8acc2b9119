// Test access to the database the app uses, and factories that make each test's own data.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { connect } from '@/db/connect';
import { agendaItems, events, regions, workshops, type AgendaKind, type EventStatus } from '@/db/schema';
import { addDays, parisTime as zonedTime } from '@/lib/time';

export function testDatabase(poolSize = 5) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  return connect(url, { max: poolSize });
}

export type TestDb = ReturnType<typeof testDatabase>['db'];

export const uniqueSlug = (prefix = 'test') => `${prefix}-${randomUUID().slice(0, 8)}`;
export const uniqueEmail = (prefix = 'personne') => `${prefix}.${randomUUID().slice(0, 8)}@test.example.org`;

type EventOptions = {
  slug?: string;
  title?: string;
  regionCode?: string;
  status?: EventStatus;
  /** Paris date of the event; defaults to 60 days after `now`. */
  date?: string;
  now?: Date;
  capacity?: number;
  /** Zone of the event, its times being wall-clock times in it (Paris by default). */
  timeZone?: string;
  slots?: { starts: string; ends: string; workshops: { code: string; title: string; capacity: number }[] }[];
  agenda?: { starts: string; ends: string; kind: AgendaKind; title: string }[];
};

/** An event with a morning, a lunch and, by default, two workshop slots of two ateliers each. */
export async function createEvent(db: TestDb, options: EventOptions = {}) {
  const now = options.now ?? new Date();
  const date = options.date ?? addDays(now.toISOString().slice(0, 10), 60);
  const slug = options.slug ?? uniqueSlug();
  const [region] = await db.select().from(regions).where(eq(regions.code, options.regionCode ?? '76'));
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const parisTime = (day: string, time: string) => zonedTime(day, time, timeZone);
  const [event] = await db
    .insert(events)
    .values({
      regionId: region.id,
      slug,
      title: options.title ?? `Rencontre de test ${slug}`,
      edition: Number(date.slice(0, 4)),
      startsAt: parisTime(date, '09:30'),
      endsAt: parisTime(date, '16:30'),
      timeZone,
      venueName: 'Salle de test',
      venueAddress: '1 rue du Test',
      venuePostcode: '34000',
      venueCity: 'Montpellier',
      description: 'Rencontre créée par un test.',
      status: options.status ?? 'published',
      capacity: options.capacity ?? 50,
      registrationOpensAt: new Date(now.getTime() - 86400_000),
      registrationClosesAt: parisTime(addDays(date, -1), '23:59'),
      contactEmail: 'contact@test.example.org',
      lunchProvided: true,
    })
    .returning();
  const agenda = options.agenda ?? [
    { starts: '09:30', ends: '10:00', kind: 'welcome' as const, title: 'Accueil-café' },
    { starts: '12:00', ends: '13:00', kind: 'meal' as const, title: 'Déjeuner' },
  ];
  let position = 0;
  for (const item of agenda) {
    await db.insert(agendaItems).values({
      eventId: event.id,
      kind: item.kind,
      title: item.title,
      startsAt: parisTime(date, item.starts),
      endsAt: parisTime(date, item.ends),
      position: position++,
    });
  }
  const slots = options.slots ?? [
    { starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Atelier A', capacity: 20 }, { code: 'B', title: 'Atelier B', capacity: 20 }] },
    { starts: '14:45', ends: '15:45', workshops: [{ code: 'C', title: 'Atelier C', capacity: 20 }, { code: 'D', title: 'Atelier D', capacity: 20 }] },
  ];
  const createdSlots = [];
  for (const slot of slots) {
    const [row] = await db
      .insert(agendaItems)
      .values({
        eventId: event.id,
        kind: 'workshop_slot',
        title: "Atelier d'une heure au choix",
        startsAt: parisTime(date, slot.starts),
        endsAt: parisTime(date, slot.ends),
        position: position++,
      })
      .returning();
    const ws = await db
      .insert(workshops)
      .values(slot.workshops.map((w) => ({ slotId: row.id, code: w.code, title: w.title, capacity: w.capacity })))
      .returning();
    createdSlots.push({ ...row, workshops: ws });
  }
  return { event, slots: createdSlots };
}

/** An active account with a password, for tests of the partner and staff spaces. */
export async function createUser(
  db: TestDb,
  options: { role?: 'national' | 'partner'; regionCodes?: string[]; password?: string; email?: string; active?: boolean } = {},
) {
  const { hashPassword } = await import('@/lib/auth/password');
  const { users, partnerRegions } = await import('@/db/schema');
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? uniqueEmail(options.role ?? 'partner'),
      name: 'Compte de test',
      role: options.role ?? 'partner',
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? 'mot-de-passe-de-test'),
    })
    .returning();
  const regionIds: number[] = [];
  for (const code of options.regionCodes ?? []) {
    const [region] = await db.select().from(regions).where(eq(regions.code, code));
    await db.insert(partnerRegions).values({ userId: user.id, regionId: region.id });
    regionIds.push(region.id);
  }
  return { ...user, regionIds, currentUser: { id: user.id, email: user.email, name: user.name, role: user.role, regionIds } };
}
