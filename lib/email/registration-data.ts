// What the e-mail of a registration needs: its shape, built from what a use case holds in memory
// or read from the database in the caller's transaction.
import type { Executor } from '@/db/connect';
import { findChoicesForEmails, findRegistrationsWithEvent } from '@/db/queries/registration-emails';
import type { Event, Registration } from '@/db/schema';
import type { EmailKind } from './outbox';

export type RegistrationEmailData = {
  registrationId: string;
  firstName: string;
  lastName: string;
  email: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  lunch: boolean;
  /** The private manage link; null when it cannot be rebuilt (only its hash is stored). */
  manageUrl: string | null;
  /**
   * The signed check-in link of the welcome desk and the Content-ID of its QR code, attached to
   * the e-mail by whoever sets this (lib/email/registration-email.ts). Shown in the confirmation,
   * promotion and reminder e-mails.
   */
  checkIn?: { url: string; qrCid: string } | null;
  event: {
    id: string;
    slug: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    /** IANA zone of the venue: the e-mail and its .ics give times in it. */
    timeZone: string;
    calendarSequence: number;
    venueName: string;
    venueAddress: string;
    venuePostcode: string;
    venueCity: string;
    contactEmail: string;
    lunchProvided: boolean;
    /** Absolute address of the event's public page. */
    url: string;
  };
  choices: { slotStartsAt: Date; slotEndsAt: Date; code: string; title: string }[];
  /** For an event_changed e-mail: what changed, one French line each ("Date : … (au lieu de …)"). */
  changes?: string[];
};

/** Every kind of e-mail is about one registration, the event's cancellation included. */
export type RegistrationEmailKind = Extract<
  EmailKind,
  | 'registration_confirmed'
  | 'registration_waitlisted'
  | 'registration_promoted'
  | 'registration_changed'
  | 'registration_cancelled'
  | 'registration_reminder'
  | 'manage_link'
  | 'event_cancelled'
  | 'event_changed'
>;

type Slot = { id: string; startsAt: Date; endsAt: Date; workshops: { id: string; code: string; title: string }[] };

/**
 * The same data for a registration not written yet, from what its use case holds in memory: its
 * e-mail is composed before the event's lock is taken.
 */
export function registrationEmailData(
  r: Person,
  event: Event,
  slots: Slot[],
  choices: Record<string, string>,
  options: { appUrl: string; manageUrl: string | null },
): RegistrationEmailData {
  const chosen = slots.flatMap((slot) => {
    const workshop = slot.workshops.find((w) => w.id === choices[slot.id]);
    return workshop ? [{ slotStartsAt: slot.startsAt, slotEndsAt: slot.endsAt, code: workshop.code, title: workshop.title }] : [];
  });
  return emailData(r, event, chosen, options.manageUrl, options.appUrl.replace(/\/+$/, ''));
}

type Person = Pick<Registration, 'id' | 'firstName' | 'lastName' | 'email' | 'status' | 'lunch'>;

function emailData(r: Person, event: Event, choices: RegistrationEmailData['choices'], manageUrl: string | null, appUrl: string): RegistrationEmailData {
  return {
    registrationId: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    status: r.status,
    lunch: r.lunch,
    manageUrl,
    event: eventEmailData(event, appUrl),
    choices,
  };
}

function eventEmailData(e: Event, appUrl: string): RegistrationEmailData['event'] {
  return {
    id: e.id,
    slug: e.slug,
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    calendarSequence: e.calendarSequence,
    venueName: e.venueName,
    venueAddress: e.venueAddress,
    venuePostcode: e.venuePostcode,
    venueCity: e.venueCity,
    contactEmail: e.contactEmail,
    lunchProvided: e.lunchProvided,
    url: `${appUrl}/rencontres/${e.slug}`,
  };
}

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
    const own = choices.filter((c) => c.registrationId === r.id).map(({ registrationId: _id, ...choice }) => choice);
    data.push(emailData(r, e, own, await options.manageUrl(r.id), appUrl));
  }
  return data;
}
