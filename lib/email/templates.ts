// The e-mails an attendee receives about a registration, in French. Pure functions: the same data
// and clock always give the same message, so they are tested without a database or a mail server.
import { buildCalendar } from '@/lib/ics';
import { singleLine } from './escape';
import { renderHtml, renderText, type EmailDocument } from './layout';
import { choiceLines, messageParts } from './messages';
import type { EmailAttachment, OutgoingEmail } from './outbox';
import type { RegistrationEmailData, RegistrationEmailKind } from './registration-data';

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
