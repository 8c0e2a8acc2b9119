// One event as its editor sees it: details, counts, programme with ateliers and speakers.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findAgendaItems } from '@/db/queries/agenda-items';
import { countRegistrationsByStatus, findRegion } from '@/db/queries/managed-events';
import { findSpeakerLinks, findSpeakersOfEvent } from '@/db/queries/speakers';
import { findWorkshopsOfEvent } from '@/db/queries/workshops';
import type { CurrentUser } from '@/lib/auth/permissions';
import { reachEvent } from './access';

/** Throws not_found for an event outside the user's regions, an unknown or a malformed id. */
export async function getManagedEvent(user: CurrentUser | null, eventId: unknown, db: Executor = pool) {
  const event = await reachEvent(db, user, eventId, 'events:read');
  const [region, counts, items, ateliers, speakers, links] = await Promise.all([
    findRegion(db, event.regionId),
    countRegistrationsByStatus(db, event.id),
    findAgendaItems(db, event.id),
    findWorkshopsOfEvent(db, event.id),
    findSpeakersOfEvent(db, event.id),
    findSpeakerLinks(db, event.id),
  ]);
  return {
    event,
    regionName: region?.name ?? '',
    counts: { ...counts, seatsLeft: Math.max(0, event.capacity - counts.confirmed) },
    agenda: items.map((item) => ({
      ...item,
      speakerIds: links.filter((l) => l.agendaItemId === item.id).map((l) => l.speakerId),
      workshops: ateliers.filter((w) => w.slotId === item.id),
    })),
    speakers,
  };
}

export type ManagedEvent = Awaited<ReturnType<typeof getManagedEvent>>;
export type ManagedSpeaker = ManagedEvent['speakers'][number];
