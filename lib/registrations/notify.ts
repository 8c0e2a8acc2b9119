// Queues the e-mails of a registration, in the caller's transaction, with a fresh manage link.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/connect';
import { insertManageLink } from '@/db/queries/registrations';
import { agendaItems, events, registrations, workshopChoices, workshops } from '@/db/schema';
import { enqueueEmail, type EmailKind } from '@/lib/email/outbox';
import { registrationEmail } from '@/lib/email/templates';
import { generateToken, hashToken } from '@/lib/tokens';

export function manageUrl(appUrl: string, token: string) {
  return `${appUrl}/inscription/${token}`;
}

/** A new private link for a registration; only its hash is stored. */
export async function mintManageLink(tx: Executor, registrationId: string): Promise<string> {
  const token = generateToken();
  await insertManageLink(tx, registrationId, hashToken(token));
  return token;
}

export async function queueRegistrationEmail(
  tx: Executor,
  kind: EmailKind,
  registrationId: string,
  options: { appUrl: string; token?: string | null },
) {
  const [row] = await tx
    .select({ registration: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  const choices = await tx
    .select({ slotStartsAt: agendaItems.startsAt, slotEndsAt: agendaItems.endsAt, code: workshops.code, title: workshops.title })
    .from(workshopChoices)
    .innerJoin(workshops, eq(workshops.id, workshopChoices.workshopId))
    .innerJoin(agendaItems, eq(agendaItems.id, workshopChoices.slotId))
    .where(eq(workshopChoices.registrationId, registrationId))
    .orderBy(asc(agendaItems.startsAt));
  const token = options.token === undefined ? await mintManageLink(tx, registrationId) : options.token;
  const { registration: r, event: e } = row;
  const email = registrationEmail(kind, {
    registrationId: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    status: r.status,
    lunch: r.lunch,
    manageUrl: token ? manageUrl(options.appUrl, token) : null,
    event: {
      id: e.id,
      slug: e.slug,
      title: e.title,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      venueName: e.venueName,
      venueAddress: e.venueAddress,
      venuePostcode: e.venuePostcode,
      venueCity: e.venueCity,
      contactEmail: e.contactEmail,
      lunchProvided: e.lunchProvided,
      url: `${options.appUrl}/rencontres/${e.slug}`,
    },
    choices,
  });
  await enqueueEmail(tx, { ...email, registrationId: r.id });
}
