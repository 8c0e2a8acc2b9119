// Whether a meeting row takes registrations now, as the public pages and the API say it.
import type { Event } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { registrationState, type RegistrationState } from '@/lib/events/registration-window';
import { formatDateTime } from '@/lib/time';

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

export function closedMessage(event: Pick<Event, 'registrationOpensAt'>, reason: Extract<RegistrationState, { open: false }>['reason']) {
  switch (reason) {
    case 'cancelled':
      return 'Cette rencontre est annulée : les inscriptions sont fermées.';
    case 'past':
      return 'Cette rencontre a déjà eu lieu : les inscriptions sont closes.';
    case 'not_yet_open':
      return `Les inscriptions ne sont pas encore ouvertes : elles ouvriront le ${formatDateTime(event.registrationOpensAt!)}.`;
    case 'closed':
      return 'Les inscriptions sont closes pour cette rencontre.';
    case 'no_window':
      return 'Les inscriptions ne sont pas ouvertes pour cette rencontre.';
  }
}

export function assertRegistrationOpen(event: Event, confirmed: number, now: Date) {
  const state = stateOfEventRow(event, confirmed, now);
  if (!state.open) throw new AppError('registration_closed', closedMessage(event, state.reason));
}
