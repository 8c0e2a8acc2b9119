// Rules of an event's programme that need no database: the day's bounds, reordering, and what a
// event must have before it is published. Unit-tested in agenda-rules.test.ts.
import type { AgendaKind } from '@/db/schema';
import { addDays, formatTime, formatTimeRange, parisDate, parisTime } from '@/lib/time';
import { clockOf } from './fields';

export type Span = { startsAt: Date; endsAt: Date };
type Item = Span & { id: string; kind: AgendaKind; title: string };

export function isWithin(item: Span, day: Span): boolean {
  return item.startsAt >= day.startsAt && item.endsAt <= day.endsAt;
}

/** "Ce temps doit se tenir pendant la rencontre, entre 9h30 et 16h30." */
export function outsideDayMessage(day: Span & { timeZone?: string }): string {
  return `Ce temps doit se tenir pendant la rencontre, entre ${formatTime(day.startsAt, day.timeZone)} et ${formatTime(day.endsAt, day.timeZone)}.`;
}

/** "« Accueil-café » (9h00–9h30)" */
export function describeItem(item: Item, timeZone?: string): string {
  return `« ${item.title} » (${formatTimeRange(item.startsAt, item.endsAt, timeZone)})`;
}

/**
 * The same wall-clock times, `days` calendar days later (or earlier); read in zone `from` and
 * written in zone `to` (the event's zone before and after an edit; Paris by default).
 */
export function shiftByDays<T extends Span>(item: T, days: number, from?: string, to: string | undefined = from): T {
  if (days === 0 && from === to) return item;
  return {
    ...item,
    startsAt: parisTime(addDays(parisDate(item.startsAt, from), days), clockOf(item.startsAt, from), to),
    endsAt: parisTime(addDays(parisDate(item.endsAt, from), days), clockOf(item.endsAt, from), to),
  };
}

/** Whole calendar days from one 'YYYY-MM-DD' to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Swaps two neighbours of the programme, `first` being the earlier one. Both keep their duration
 * and the pair keeps its place in the day: the later one now starts when the earlier one did, and
 * the earlier one ends when the later one did (the gap between them is kept). Two items starting
 * at the same time only swap their order. Overlapping items cannot be swapped: null.
 */
export function swapNeighbours(first: Span, second: Span): { first: Span; second: Span } | null {
  if (first.startsAt.getTime() === second.startsAt.getTime()) return { first, second };
  if (second.startsAt < first.endsAt) return null;
  const secondDuration = second.endsAt.getTime() - second.startsAt.getTime();
  const gap = second.startsAt.getTime() - first.endsAt.getTime();
  const movedSecond = { startsAt: first.startsAt, endsAt: new Date(first.startsAt.getTime() + secondDuration) };
  const movedFirst = { startsAt: new Date(movedSecond.endsAt.getTime() + gap), endsAt: second.endsAt };
  return { first: movedFirst, second: movedSecond };
}

type PublishCheck = {
  venueName: string;
  venueAddress: string;
  venuePostcode: string;
  venueCity: string;
  contactEmail: string;
  capacity: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
};

/** What an event's details lack to be shown to the public, in French (empty when complete). */
export function missingDetails(event: PublishCheck): string[] {
  const missing: string[] = [];
  const venue = [
    [event.venueName, 'nom'],
    [event.venueAddress, 'adresse'],
    [event.venuePostcode, 'code postal'],
    [event.venueCity, 'ville'],
  ]
    .filter(([value]) => !value.trim())
    .map(([, label]) => label);
  if (venue.length) missing.push(`le lieu (${venue.join(', ')})`);
  if (!event.registrationOpensAt || !event.registrationClosesAt) {
    missing.push('les dates d’ouverture et de clôture des inscriptions');
  }
  if (event.capacity < 1) missing.push('le nombre de places');
  if (!event.contactEmail.trim()) missing.push('l’adresse e-mail de contact');
  return missing;
}

/** What an event lacks to be published: its details, a programme, ateliers in every slot. */
export function missingForPublication(event: PublishCheck, items: Item[], workshopCountBySlot: Map<string, number>): string[] {
  const missing = missingDetails(event);
  if (items.length === 0) missing.push('au moins un temps au programme');
  for (const slot of items.filter((i) => i.kind === 'workshop_slot')) {
    if (!workshopCountBySlot.get(slot.id)) {
      missing.push(`au moins un atelier dans le créneau ${describeItem(slot)}`);
    }
  }
  return missing;
}
