// The e-mails an attendee receives about a registration, in French. Pure functions: the same data
// and clock always give the same message, so they are tested without a database or a mail server.
import { buildCalendar } from '@/lib/ics';
import { singleLine } from './escape';
import { renderHtml, renderText, type EmailDocument } from './layout';
import { choiceLines, messageParts } from './messages';
import type { EmailAttachment, EmailKind, OutgoingEmail } from './outbox';

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
   * the e-mail by whoever sets this (lib/email/check-in-qr.ts). Shown in the confirmation,
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
export type RegistrationEmailKind = Exclude<EmailKind, 'account_invitation' | 'password_reset'>;

/**
 * The .ics of the event for this attendee: one UID per registration, so that a cancellation
 * removes this person's entry only; SEQUENCE follows the event's changes (one more for a
 * cancellation, which supersedes the last version sent).
 */
export function registrationCalendar(data: RegistrationEmailData, now: Date, cancelled = false): EmailAttachment {
  const { event } = data;
  // The private manage link stays out of the file: calendars are often shared with colleagues.
  const description = [
    ...(data.choices.length ? ['Vos ateliers :', ...choiceLines(data), ''] : []),
    `Programme et informations pratiques : ${event.url}`,
    `Contact : ${event.contactEmail}`,
  ].join('\n');
  return {
    filename: `${event.slug}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    content: buildCalendar(
      {
        uid: `registration-${data.registrationId}@tour-clause-sociale`,
        title: event.title,
        description,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        location: `${event.venueName}, ${event.venueAddress}, ${event.venuePostcode} ${event.venueCity}`,
        url: event.url,
        organizerEmail: event.contactEmail,
        cancelled,
        timeZone: event.timeZone,
        sequence: event.calendarSequence + (cancelled ? 1 : 0),
      },
      now,
    ),
  };
}

/** The e-mail of `kind` for one registration. `now` only stamps the calendar file. */
export function registrationEmail(
  kind: RegistrationEmailKind,
  data: RegistrationEmailData,
  options: { now?: Date } = {},
): OutgoingEmail {
  const p = messageParts(kind, data);
  const subject = singleLine(p.subject);
  const doc: EmailDocument = {
    title: subject,
    heading: p.heading,
    blocks: [{ type: 'paragraph', text: `Bonjour ${data.firstName} ${data.lastName},` }, ...p.blocks],
    footer: [
      'Tour de France de la clause sociale, un programme d’Alliance Villes Emploi avec ses partenaires régionaux.',
      `Merci de ne pas répondre à ce message. Pour toute question sur la rencontre : ${data.event.contactEmail}`,
    ],
  };
  return {
    kind,
    to: singleLine(data.email),
    subject,
    text: renderText(doc),
    html: renderHtml(doc),
    attachments: p.calendar ? [registrationCalendar(data, options.now ?? new Date(), p.calendar === 'cancel')] : [],
    registrationId: data.registrationId,
  };
}
