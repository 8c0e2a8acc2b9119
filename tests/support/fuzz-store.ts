// The events the fuzz tests aim at, and what a registration would leave in the database, so that a
// test can prove that none of its thousand refused bodies left anything.
import { and, inArray, isNotNull, like, or } from 'drizzle-orm';
import { auditEntries, manageLinks, outboundEmails, registrations, workshopChoices } from '@/db/schema';
import { addDays } from '@/lib/time';
import { createEvent, type TestDb } from './db';
import type { FuzzEvent, FuzzTargets } from './fuzz';

type Created = Awaited<ReturnType<typeof createEvent>>;

export const asFuzzEvent = ({ event, slots }: Created): FuzzEvent => ({ slug: event.slug, eventId: event.id, slots });

/**
 * Two open events of two slots, a draft and an event that took place a year ago. The open ones
 * are placed after the clock the app reads, the past one a year before it: none depends on the date.
 */
export async function createFuzzEvents(db: TestDb, regionCode?: string) {
  const past = new Date(Date.now() - 400 * 86_400_000);
  const events = [
    await createEvent(db, { regionCode }),
    await createEvent(db, { regionCode }),
    await createEvent(db, { regionCode, status: 'draft' }),
    await createEvent(db, { regionCode, now: past, date: addDays(past.toISOString().slice(0, 10), 30) }),
  ];
  const [event, other, draft, closed] = events;
  const targets: FuzzTargets = { event: asFuzzEvent(event), other: asFuzzEvent(other), closedSlugs: [draft.event.slug, closed.event.slug] };
  return { events, targets };
}

/**
 * Everything a registration writes, for these events and for the fuzz's addresses (fuzz.…):
 * registrations, choices, private links, e-mails, journal. The rate-limit counters are left out:
 * a refused attempt counts on purpose (lib/registrations/register.ts).
 */
export async function fuzzFootprint(db: TestDb, events: Created[]) {
  const eventIds = events.map((m) => m.event.id);
  const slotIds = events.flatMap((m) => m.slots.map((s) => s.id));
  const ours = db.select({ id: registrations.id }).from(registrations).where(inArray(registrations.eventId, eventIds));
  return {
    registrations: await db.$count(registrations, inArray(registrations.eventId, eventIds)),
    fuzzAddresses: await db.$count(registrations, like(registrations.email, 'fuzz.%')),
    idempotencyKeys: await db.$count(registrations, and(inArray(registrations.eventId, eventIds), isNotNull(registrations.idempotencyKey))),
    choices: await db.$count(workshopChoices, inArray(workshopChoices.slotId, slotIds)),
    links: await db.$count(manageLinks, inArray(manageLinks.registrationId, ours)),
    emails: await db.$count(outboundEmails, or(inArray(outboundEmails.registrationId, ours), like(outboundEmails.to, 'fuzz.%'))),
    audit: await db.$count(auditEntries, inArray(auditEntries.eventId, eventIds)),
  };
}
