// The attachments and images of the registration e-mails: calendar file, check-in QR code.
import { describe, expect, it } from 'vitest';
import { parisTime } from '@/lib/time';
import { registrationEmail } from './templates';
import { NOW, data, parseCalendar } from './template-fixtures';

describe('calendar attachment', () => {
  it('parses, with the Paris times of a winter meeting and the ateliers in the description', () => {
    const [attachment] = registrationEmail('registration_confirmed', data(), { now: NOW }).attachments!;
    const { calendar, event } = parseCalendar(attachment.content);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.uid).toBe('22222222-2222-4222-8222-222222222222@tour-clause-sociale');
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

  it('keeps a summer meeting at its Paris hour (UTC+2)', () => {
    const summer = data({ choices: [] }, { startsAt: parisTime('2023-06-15', '09:30'), endsAt: parisTime('2023-06-15', '16:00') });
    const { event } = parseCalendar(registrationEmail('registration_reminder', summer, { now: NOW }).attachments![0].content);
    expect(event.startDate.hour).toBe(9);
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-06-15T07:30:00.000Z');
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
