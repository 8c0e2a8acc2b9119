import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parisTime } from '@/lib/time';
import { registrationEmail, type RegistrationEmailData, type RegistrationEmailKind } from './templates';

const NOW = new Date('2022-11-01T10:00:00Z');
const MANAGE_URL = 'https://tour.example.org/inscription/tok_abc123';
const EVENT_URL = 'https://tour.example.org/rencontres/occitanie-montpellier-2022-12-08';

function data(overrides: Partial<RegistrationEmailData> = {}, event: Partial<RegistrationEmailData['event']> = {}): RegistrationEmailData {
  return {
    registrationId: '11111111-1111-4111-8111-111111111111',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@example.org',
    status: 'confirmed',
    lunch: true,
    manageUrl: MANAGE_URL,
    event: {
      id: '22222222-2222-4222-8222-222222222222',
      slug: 'occitanie-montpellier-2022-12-08',
      title: "Rencontre régionale des acteurs de l'Occitanie",
      startsAt: parisTime('2022-12-08', '09:30'),
      endsAt: parisTime('2022-12-08', '16:30'),
      venueName: 'Stade de la Mosson',
      venueAddress: '345 Av. de Heidelberg',
      venuePostcode: '34080',
      venueCity: 'Montpellier',
      contactEmail: 'contact@occitanie.example.org',
      lunchProvided: true,
      url: EVENT_URL,
      ...event,
    },
    choices: [
      { slotStartsAt: parisTime('2022-12-08', '14:45'), slotEndsAt: parisTime('2022-12-08', '15:45'), code: 'C', title: 'Les marchés réservés' },
      { slotStartsAt: parisTime('2022-12-08', '13:30'), slotEndsAt: parisTime('2022-12-08', '14:30'), code: 'A', title: 'Innover avec la clause sociale' },
    ],
    ...overrides,
  };
}

/** What a reader sees in the HTML body, tags removed and entities decoded. */
function visibleHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!), 'Europe/Paris');
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

const ALL_KINDS: RegistrationEmailKind[] = [
  'registration_confirmed',
  'registration_waitlisted',
  'registration_promoted',
  'registration_changed',
  'registration_cancelled',
  'registration_reminder',
  'manage_link',
  'event_cancelled',
];

describe('every kind', () => {
  it.each(ALL_KINDS)('%s names the meeting and the person, in both bodies', (kind) => {
    const email = registrationEmail(kind, data(), { now: NOW });
    expect(email.kind).toBe(kind);
    expect(email.to).toBe('camille.martin@example.org');
    expect(email.registrationId).toBe('11111111-1111-4111-8111-111111111111');
    expect(email.subject).toContain("Rencontre régionale des acteurs de l'Occitanie");
    for (const body of [email.text, visibleHtml(email.html)]) {
      expect(body).toContain('Bonjour Camille Martin,');
      expect(body).toContain("Rencontre régionale des acteurs de l'Occitanie");
      expect(body).toContain('contact@occitanie.example.org');
    }
    expect(email.html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(email.html).toContain('<h1');
  });
});

describe('content of each kind', () => {
  it('confirmed: date, times, venue, ateliers in time order, lunch, manage link and a calendar file', () => {
    const email = registrationEmail('registration_confirmed', data(), { now: NOW });
    expect(email.subject).toBe("Inscription confirmée : Rencontre régionale des acteurs de l'Occitanie");
    const text = email.text;
    expect(text).toContain('est confirmée');
    expect(text).toContain('Date : jeudi 8 décembre 2022');
    expect(text).toContain('Horaires : 9h30–16h30');
    expect(text).toContain('Lieu : Stade de la Mosson\n    345 Av. de Heidelberg\n    34080 Montpellier');
    expect(text.indexOf('13h30–14h30 : atelier A, Innover avec la clause sociale')).toBeGreaterThan(-1);
    expect(text.indexOf('13h30–14h30 : atelier A')).toBeLessThan(text.indexOf('14h45–15h45 : atelier C, Les marchés réservés'));
    expect(text).toContain('Déjeuner : oui');
    expect(text).toContain(MANAGE_URL);
    expect(email.html).toContain(`href="${MANAGE_URL}"`);
    expect(email.html).toContain(`href="${EVENT_URL}"`);
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments![0].filename).toBe('occitanie-montpellier-2022-12-08.ics');
    expect(email.attachments![0].contentType).toMatch(/^text\/calendar/);
  });

  it('waitlisted: the waiting list, no promise of a seat, the manage link, no calendar file', () => {
    const email = registrationEmail('registration_waitlisted', data({ status: 'waitlisted' }), { now: NOW });
    expect(email.subject).toMatch(/^Liste d'attente : /);
    expect(email.text).toContain('liste d’attente');
    expect(email.text).toContain('n’est pas garantie');
    expect(email.text).toContain(MANAGE_URL);
    expect(email.attachments).toEqual([]);
  });

  it('promoted: a seat freed, now confirmed, manage link and calendar file', () => {
    const email = registrationEmail('registration_promoted', data(), { now: NOW });
    expect(email.subject).toContain("place s'est libérée");
    expect(email.text).toContain('votre inscription est maintenant confirmée');
    expect(email.text).toContain('Date : jeudi 8 décembre 2022');
    expect(email.text).toContain(MANAGE_URL);
    expect(email.attachments).toHaveLength(1);
  });

  it('changed: the new choices and lunch', () => {
    const email = registrationEmail(
      'registration_changed',
      data({
        lunch: false,
        choices: [{ slotStartsAt: parisTime('2022-12-08', '13:30'), slotEndsAt: parisTime('2022-12-08', '14:30'), code: 'B', title: 'Clauses et QPV' }],
      }),
      { now: NOW },
    );
    expect(email.subject).toMatch(/^Inscription modifiée : /);
    expect(email.text).toContain('13h30–14h30 : atelier B, Clauses et QPV');
    expect(email.text).not.toContain('atelier A');
    expect(email.text).toContain('Déjeuner : non');
    expect(email.text).toContain(MANAGE_URL);
  });

  it('changed while waitlisted says so', () => {
    expect(registrationEmail('registration_changed', data({ status: 'waitlisted' }), { now: NOW }).text).toContain('liste d’attente');
  });

  it('cancelled: says so, points to the meeting page, carries no manage link', () => {
    const email = registrationEmail('registration_cancelled', data({ status: 'cancelled', manageUrl: null }), { now: NOW });
    expect(email.subject).toMatch(/^Inscription annulée : /);
    expect(email.text).toContain('est annulée');
    expect(email.text).toContain('jeudi 8 décembre 2022');
    expect(email.text).toContain(EVENT_URL);
    expect(email.text).not.toContain('/inscription/');
    expect(email.attachments).toEqual([]);
  });

  it('reminder without a manage link: everything to come, and where the private link is', () => {
    const email = registrationEmail('registration_reminder', data({ manageUrl: null }), { now: NOW });
    expect(email.subject).toBe("Rappel : Rencontre régionale des acteurs de l'Occitanie, jeudi 8 décembre 2022");
    const text = email.text;
    for (const part of ['jeudi 8 décembre 2022', '9h30–16h30', 'Stade de la Mosson', '345 Av. de Heidelberg', '34080 Montpellier', 'atelier A', 'atelier C', EVENT_URL]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('lien personnel reçu dans l’e-mail de confirmation');
    expect(email.html).not.toContain('Gérer mon inscription');
    expect(email.attachments).toHaveLength(1);
  });

  it('reminder with a manage link gives it', () => {
    expect(registrationEmail('registration_reminder', data(), { now: NOW }).text).toContain(MANAGE_URL);
  });

  it('manage link: the private link and the current status', () => {
    const email = registrationEmail('manage_link', data({ status: 'waitlisted' }), { now: NOW });
    expect(email.subject).toMatch(/^Votre lien d'inscription : /);
    expect(email.text).toContain('existe déjà avec votre adresse');
    expect(email.text).toContain('sur liste d’attente');
    expect(email.text).toContain(MANAGE_URL);
    expect(email.html).toContain(`href="${MANAGE_URL}"`);
  });

  it('event cancelled: the meeting is off, with a cancelling calendar file', () => {
    const email = registrationEmail('event_cancelled', data({ manageUrl: null }), { now: NOW });
    expect(email.subject).toMatch(/^Rencontre annulée : /);
    expect(email.text).toContain('est annulée par ses organisateurs');
    expect(email.text).toContain('jeudi 8 décembre 2022');
    expect(email.attachments![0].content).toContain('STATUS:CANCELLED');
    expect(email.attachments![0].content).toContain('METHOD:CANCEL');
  });

  it('leaves out lunch when the meeting offers none', () => {
    const email = registrationEmail('registration_confirmed', data({}, { lunchProvided: false }), { now: NOW });
    expect(email.text).not.toContain('Déjeuner');
  });
});

describe('what people typed', () => {
  const hostile = data(
    {
      firstName: '<script>alert("x")</script> & Co',
      lastName: "O'Brien",
      choices: [{ slotStartsAt: parisTime('2022-12-08', '13:30'), slotEndsAt: parisTime('2022-12-08', '14:30'), code: 'A', title: 'Atelier "A" & <b>B</b>' }],
    },
    { title: 'Rencontre <img src=x onerror=alert(1)>', venueName: 'Salle "Jean & Jeanne"' },
  );

  it.each(ALL_KINDS)('%s: is escaped in the HTML body and never becomes markup', (kind) => {
    const email = registrationEmail(kind, hostile, { now: NOW });
    expect(email.html).not.toMatch(/<script|<b>|<img/i);
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(email.html).toContain('O&#39;Brien');
    expect(email.html).toContain('Rencontre &lt;img src=x onerror=alert(1)&gt;');
    // The plain-text body is not HTML: it keeps what was typed.
    expect(email.text).toContain('<script>alert("x")</script> & Co');
  });

  it('escapes atelier titles and venue names', () => {
    const email = registrationEmail('registration_confirmed', hostile, { now: NOW });
    expect(email.html).toContain('Atelier &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;');
    expect(email.html).toContain('Salle &quot;Jean &amp; Jeanne&quot;');
    expect(visibleHtml(email.html)).toContain('atelier A, Atelier "A" & <b>B</b>');
  });

  it('never lets a line break into the subject or the recipient', () => {
    const email = registrationEmail(
      'registration_confirmed',
      data({ email: 'camille@example.org\r\nBcc: victim@example.org' }, { title: 'Rencontre\r\nBcc: evil@example.org\nX-Test: 1' }),
      { now: NOW },
    );
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).toBe('Inscription confirmée : Rencontre Bcc: evil@example.org X-Test: 1');
    expect(email.to).not.toMatch(/[\r\n]/);
  });

  it('does not turn an unexpected URL scheme into a link', () => {
    const email = registrationEmail('registration_confirmed', data({ manageUrl: 'javascript:alert(1)' }), { now: NOW });
    expect(email.html).not.toContain('href="javascript:');
  });
});

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
