// What the e-mail of a registration needs, read from the database in the caller's transaction.
import type { Executor } from '@/db/connect';
import { findChoicesForEmails, findRegistrationsWithEvent } from '@/db/queries/registration-emails';
import type { RegistrationEmailData } from './templates';

/** One entry per registration id found; `manageUrl` gives each one's private link (or null). */
export async function loadRegistrationEmailData(
  tx: Executor,
  ids: string[],
  options: { appUrl: string; manageUrl: (registrationId: string) => Promise<string | null> | string | null },
): Promise<RegistrationEmailData[]> {
  const appUrl = options.appUrl.replace(/\/+$/, '');
  const [rows, choices] = await Promise.all([findRegistrationsWithEvent(tx, ids), findChoicesForEmails(tx, ids)]);
  const data: RegistrationEmailData[] = [];
  for (const { registration: r, event: e } of rows) {
    data.push({
      registrationId: r.id,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      status: r.status,
      lunch: r.lunch,
      manageUrl: await options.manageUrl(r.id),
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
        url: `${appUrl}/rencontres/${e.slug}`,
      },
      choices: choices.filter((c) => c.registrationId === r.id).map(({ registrationId: _id, ...choice }) => choice),
    });
  }
  return data;
}
