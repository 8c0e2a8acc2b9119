// Whether an event row takes registrations now, as the public pages and the API say it.
import type { Event } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { closedMessage, registrationState, type RegistrationState } from '@/lib/events/registration-window';

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
