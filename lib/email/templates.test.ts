import { describe, expect, it } from 'vitest';
import { registrationEmail } from './templates';
import { parisTime } from '@/lib/time';
import { ALL_KINDS, EVENT_URL, MANAGE_URL, NOW, data, parseCalendar, visibleHtml } from './template-fixtures';

describe('every kind', () => {
  it.each(ALL_KINDS)('%s names the event and the person, in both bodies', (kind) => {
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

  it('cancelled: says so, points to the event page, carries no manage link', () => {
    const email = registrationEmail('registration_cancelled', data({ status: 'cancelled', manageUrl: null }), { now: NOW });
    expect(email.subject).toMatch(/^Inscription annulée : /);
    expect(email.text).toContain('est annulée');
    expect(email.text).toContain('jeudi 8 décembre 2022');
    expect(email.text).toContain(EVENT_URL);
    expect(email.text).not.toContain('/inscription/');
    // The .ics removes the attendee's entry from their calendar.
    const { calendar, event } = parseCalendar(email.attachments![0].content);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.uid).toBe('registration-11111111-1111-4111-8111-111111111111@tour-clause-sociale');
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
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

  it('event cancelled: the event is off, with a cancelling calendar file', () => {
    const email = registrationEmail('event_cancelled', data({ manageUrl: null }), { now: NOW });
    expect(email.subject).toMatch(/^Rencontre annulée : /);
    expect(email.text).toContain('est annulée par ses organisateurs');
    expect(email.text).toContain('jeudi 8 décembre 2022');
    expect(email.attachments![0].content).toContain('STATUS:CANCELLED');
    expect(email.attachments![0].content).toContain('METHOD:CANCEL');
  });

  it('leaves out lunch when the event offers none', () => {
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
