// The attachments and images of the registration e-mails: calendar file, check-in QR code.
import { describe, expect, it } from 'vitest';
import { parisTime } from '@/lib/time';
import { registrationEmail } from './templates';
import { NOW, data, parseCalendar } from './template-fixtures';

describe('calendar attachment', () => {
  it('parses, with the Paris times of a winter event and the ateliers in the description', () => {
    const [attachment] = registrationEmail('registration_confirmed', data(), { now: NOW }).attachments!;
    const { calendar, event } = parseCalendar(attachment.content);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // One calendar entry per registration, so that cancelling one removes only that one.
    expect(event.uid).toBe('registration-11111111-1111-4111-8111-111111111111@tour-clause-sociale');
    expect(event.summary).toBe("Rencontre régionale des acteurs de l'Occitanie");
    expect(event.location).toBe('Stade de la Mosson, 345 Av. de Heidelberg, 34080 Montpellier');
    expect(event.startDate.zone.tzid).toBe('Europe/Paris');
    expect(event.startDate.hour).toBe(9);
    expect(event.startDate.minute).toBe(30);
    expect(event.startDate.toJSDate().toISOString()).toBe('2022-12-08T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2022-12-08T15:30:00.000Z');
    expect(event.description).toContain('13h30–14h30 : atelier A, Innover avec la clause sociale');
    // The private link stays out of a file that is often shared.
    expect(attachment.content).not.toContain('tok_abc123');
  });

  it('keeps a summer event at its Paris hour (UTC+2)', () => {
    const summer = data({ choices: [] }, { startsAt: parisTime('2023-06-15', '09:30'), endsAt: parisTime('2023-06-15', '16:00') });
    const { event } = parseCalendar(registrationEmail('registration_reminder', summer, { now: NOW }).attachments![0].content);
    expect(event.startDate.hour).toBe(9);
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-06-15T07:30:00.000Z');
  });

  it('gives an overseas event its local hour, zone and a VTIMEZONE ical.js reads (9h30 Réunion = 05:30Z)', () => {
    const reunion = data(
      {},
      {
        timeZone: 'Indian/Reunion',
        startsAt: parisTime('2023-11-16', '09:30', 'Indian/Reunion'),
        endsAt: parisTime('2023-11-16', '16:00', 'Indian/Reunion'),
      },
    );
    const email = registrationEmail('registration_confirmed', reunion, { now: NOW });
    const { calendar, event } = parseCalendar(email.attachments![0].content);
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Indian/Reunion');
    expect(event.startDate.zone.tzid).toBe('Indian/Reunion');
    expect(event.startDate.hour).toBe(9);
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-11-16T05:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2023-11-16T12:00:00.000Z');
    expect(email.text).toContain('9h30–16h00, heure de La Réunion');
  });

  it('raises SEQUENCE with the event and once more for a cancellation, on the same UID', () => {
    const changed = data({}, { calendarSequence: 3 });
    const update = parseCalendar(registrationEmail('registration_reminder', changed, { now: NOW }).attachments![0].content);
    const cancel = parseCalendar(registrationEmail('registration_cancelled', changed, { now: NOW }).attachments![0].content);
    expect(update.event.sequence).toBe(3);
    expect(cancel.event.sequence).toBe(4);
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.uid).toBe(update.event.uid);
  });

  it('escapes typed text in the calendar file too', () => {
    const tricky = data({}, { title: 'Rencontre; avec, virgule\nBEGIN:VEVENT' });
    const ics = registrationEmail('registration_confirmed', tricky, { now: NOW }).attachments![0].content;
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(parseCalendar(ics).event.summary).toBe('Rencontre; avec, virgule\nBEGIN:VEVENT');
  });
});

describe('check-in QR code', () => {
  const checkIn = { url: 'https://tour.example.org/espace/accueil/11111111-1111-4111-8111-111111111111.c2lnbmF0dXJl', qrCid: 'qr-11111111-1111-4111-8111-111111111111@tour' };

  it.each(['registration_confirmed', 'registration_promoted', 'registration_reminder'] as const)(
    '%s: shows the QR code image by its Content-ID, with a French alt text, and the link in both bodies',
    (kind) => {
      const email = registrationEmail(kind, data({ checkIn }), { now: NOW });
      expect(email.html).toContain(`<img src="cid:${checkIn.qrCid}" alt="QR code d&#39;accueil de Camille Martin" width="200" height="200"`);
      expect(email.html).toContain(`href="${checkIn.url}"`);
      expect(email.text).toContain('Présentez ce QR code à l’accueil');
      expect(email.text).toContain(checkIn.url);
      expect(email.text).not.toContain('cid:');
    },
  );

  it.each(['registration_waitlisted', 'registration_changed', 'registration_cancelled', 'manage_link', 'event_cancelled'] as const)(
    '%s: never shows it',
    (kind) => {
      const email = registrationEmail(kind, data({ checkIn }), { now: NOW });
      expect(email.html).not.toContain('cid:');
      expect(email.text).not.toContain(checkIn.url);
    },
  );

  it('is absent without check-in data (the bodies stay as they were)', () => {
    const email = registrationEmail('registration_confirmed', data(), { now: NOW });
    expect(email.html).not.toContain('<img');
    expect(email.text).not.toContain('QR code');
  });
});
