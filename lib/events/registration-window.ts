// Whether an event takes registrations at a given instant, and why not.
import type { Event } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { formatDate, formatDateTime } from '@/lib/time';
import type { PublicEvent } from './model';

export type RegistrationState =
  | { open: true; full: boolean }
  | { open: false; reason: 'cancelled' | 'past' | 'not_yet_open' | 'closed' | 'no_window' };

export function registrationState(
  event: Pick<PublicEvent, 'status' | 'startsAt' | 'registrationOpensAt' | 'registrationClosesAt' | 'remaining'>,
  now: Date,
): RegistrationState {
  if (event.status === 'cancelled') return { open: false, reason: 'cancelled' };
  if (now >= new Date(event.startsAt)) return { open: false, reason: 'past' };
  if (!event.registrationOpensAt || !event.registrationClosesAt) return { open: false, reason: 'no_window' };
  if (now < new Date(event.registrationOpensAt)) return { open: false, reason: 'not_yet_open' };
  if (now >= new Date(event.registrationClosesAt)) return { open: false, reason: 'closed' };
  return { open: true, full: event.remaining <= 0 };
}

export function isPast(event: Pick<PublicEvent, 'endsAt'>, now: Date): boolean {
  return now >= new Date(event.endsAt);
}

export type ClosedReason = Extract<RegistrationState, { open: false }>['reason'];

/** Why a person cannot register, in French: the same words on the pages and in the API. */
export function closedMessage(
  event: { startsAt: Date | string; registrationOpensAt: Date | string | null; timeZone?: string },
  reason: ClosedReason,
): string {
  switch (reason) {
    case 'past':
      return `Cette rencontre a eu lieu le ${formatDate(new Date(event.startsAt), event.timeZone)}. Les inscriptions sont closes.`;
    case 'cancelled':
      return 'Cette rencontre est annulée : les inscriptions sont fermées.';
    case 'not_yet_open':
      return `Les inscriptions ouvriront le ${formatDateTime(new Date(event.registrationOpensAt!), event.timeZone)}.`;
    case 'closed':
      return 'Les inscriptions sont closes.';
    case 'no_window':
      return 'Les inscriptions ne sont pas encore ouvertes.';
  }
}

/** The same state for a stored event row, its confirmed seats counted by the caller. */
export function stateOfEventRow(event: Event, confirmed: number, now: Date): RegistrationState {
  return registrationState(
    {
      status: event.status,
      startsAt: event.startsAt.toISOString(),
      registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
      registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
      remaining: Math.max(0, event.capacity - confirmed),
    },
    now,
  );
}

export function assertRegistrationOpen(event: Event, confirmed: number, now: Date) {
  const state = stateOfEventRow(event, confirmed, now);
  if (!state.open) throw new AppError('registration_closed', closedMessage(event, state.reason));
}
