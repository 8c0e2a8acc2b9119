// Idempotent seed: regions, the real Occitanie 2022 event, invented past editions, a demo
// edition dated from `today` and invented pratiques inspirantes. An event whose slug exists is left exactly as it is.
import { sql } from 'drizzle-orm';
import { parisDate, parisTime, regionTimeZone } from '../../lib/time';
import type { Database } from '../connect';
import { agendaItems, agendaItemSpeakers, events, regions, registrations, speakers, workshopChoices, workshops } from '../schema';
import { seedDemoAccounts } from './accounts';
import { demoEvents } from './demo';
import { PAST_FICTIONAL } from './fictional';
import { OCCITANIE_2022 } from './occitanie-2022';
import { seedPractices } from './practices';
import { REGIONS } from './regions';
import type { SeedEvent } from './types';

export type SeedReport = { regions: number; eventsCreated: string[]; practicesCreated: string[]; accountsCreated: number };

export async function seedDatabase(db: Database, options: { now?: Date; demoAccounts?: boolean } = {}): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const today = parisDate(now);
  return db.transaction(async (tx) => {
    // Serialise concurrent seeds (two app instances starting at once).
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('tour.seed'))`);
    await tx.insert(regions).values([...REGIONS]).onConflictDoNothing({ target: regions.code });
    const regionRows = await tx.select({ id: regions.id, code: regions.code }).from(regions);
    const regionId = new Map(regionRows.map((r) => [r.code, r.id]));

    const created: string[] = [];
    for (const spec of [OCCITANIE_2022, ...PAST_FICTIONAL, ...demoEvents(today)]) {
      if (await insertEvent(tx as unknown as Database, spec, regionId.get(spec.region)!, now)) created.push(spec.slug);
    }
    const practicesCreated = await seedPractices(tx as unknown as Database, regionId);
    const withAccounts = options.demoAccounts ?? process.env.DEMO_ACCOUNTS !== '0';
    const accountsCreated = withAccounts ? await seedDemoAccounts(tx as unknown as Database) : 0;
    return { regions: regionRows.length, eventsCreated: created, practicesCreated, accountsCreated };
  });
}

async function insertEvent(tx: Database, spec: SeedEvent, regionId: number, now: Date): Promise<boolean> {
  // Times are the wall clock of the region's zone: 9h30 in Saint-Denis is 9h30 Réunion time.
  const timeZone = regionTimeZone(spec.region);
  const at = (time: string) => parisTime(spec.date, time, timeZone);
  const [event] = await tx
    .insert(events)
    .values({
      regionId,
      slug: spec.slug,
      title: spec.title,
      edition: spec.edition,
      startsAt: at(spec.starts),
      endsAt: at(spec.ends),
      timeZone,
      venueName: spec.venue.name,
      venueAddress: spec.venue.address,
      venuePostcode: spec.venue.postcode,
      venueCity: spec.venue.city,
      venueLat: spec.venue.lat ?? null,
      venueLng: spec.venue.lng ?? null,
      description: spec.description,
      status: spec.status,
      capacity: spec.capacity,
      registrationOpensAt: spec.registration ? new Date(spec.registration.opens) : null,
      registrationClosesAt: spec.registration ? new Date(spec.registration.closes) : null,
      contactEmail: spec.contactEmail,
      lunchProvided: spec.lunchProvided,
      accessibilityInfo: spec.accessibilityInfo ?? '',
    })
    .onConflictDoNothing({ target: events.slug })
    .returning({ id: events.id });
  if (!event) return false;

  const speakerIds = new Map<string, string>();
  for (const [position, s] of (spec.speakers ?? []).entries()) {
    const [row] = await tx
      .insert(speakers)
      .values({ eventId: event.id, name: s.name, role: s.role, organisation: s.organisation ?? '', position })
      .returning({ id: speakers.id });
    speakerIds.set(s.key, row.id);
  }

  const workshopIds = new Map<string, { slotId: string; workshopId: string }>();
  for (const [position, item] of spec.agenda.entries()) {
    const [row] = await tx
      .insert(agendaItems)
      .values({
        eventId: event.id,
        kind: item.kind,
        title: item.title,
        description: item.description ?? '',
        startsAt: at(item.starts),
        endsAt: at(item.ends),
        position,
      })
      .returning({ id: agendaItems.id });
    for (const key of item.speakers ?? []) {
      await tx.insert(agendaItemSpeakers).values({ agendaItemId: row.id, speakerId: speakerIds.get(key)! });
    }
    if (item.workshops?.length) {
      const inserted = await tx
        .insert(workshops)
        .values(
          item.workshops.map((w) => ({
            slotId: row.id,
            code: w.code,
            title: w.title,
            description: w.description ?? '',
            room: w.room ?? '',
            capacity: w.capacity,
          })),
        )
        .returning({ id: workshops.id, code: workshops.code });
      for (const w of inserted) workshopIds.set(w.code, { slotId: row.id, workshopId: w.id });
    }
  }

  for (const r of spec.registrations ?? []) {
    const [reg] = await tx
      .insert(registrations)
      .values({
        eventId: event.id,
        firstName: r.firstName,
        lastName: r.lastName,
        email: r.email,
        organisation: r.organisation,
        organisationType: r.organisationType,
        postcode: r.postcode,
        lunch: r.lunch,
        consentAt: now,
        status: 'confirmed',
      })
      .returning({ id: registrations.id });
    await tx.insert(workshopChoices).values(
      r.choices.map((code) => {
        const w = workshopIds.get(code)!;
        return { registrationId: reg.id, slotId: w.slotId, workshopId: w.workshopId };
      }),
    );
  }
  return true;
}
