import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyCheckInCode } from '@/lib/checkin/signed-link';
import { parisTime } from '@/lib/time';
import { checkInQrCid, drawQrCodes } from './check-in-qr';
import type { RegistrationEmailData } from './registration-data';
import { composeRegistrationEmail } from './registration-email';

const ID = '11111111-1111-4111-8111-111111111111';
const APP_URL = 'https://tour.example.org';

const data = (overrides: Partial<RegistrationEmailData> = {}): RegistrationEmailData => ({
  registrationId: ID,
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille.martin@example.org',
  status: 'confirmed',
  lunch: false,
  manageUrl: `${APP_URL}/inscription/tok`,
  event: {
    id: '22222222-2222-4222-8222-222222222222',
    slug: 'rencontre-test',
    title: 'Rencontre de test',
    startsAt: parisTime('2030-12-05', '09:30'),
    endsAt: parisTime('2030-12-05', '16:30'),
    timeZone: 'Europe/Paris',
    calendarSequence: 0,
    venueName: 'Salle',
    venueAddress: '1 rue du Test',
    venuePostcode: '34000',
    venueCity: 'Montpellier',
    contactEmail: 'contact@example.org',
    lunchProvided: false,
    url: `${APP_URL}/rencontres/rencontre-test`,
  },
  choices: [],
  ...overrides,
});

describe('composeRegistrationEmail', () => {
  beforeEach(() => vi.stubEnv('AUTH_SECRET', 'secret-de-test'));
  afterEach(() => vi.unstubAllEnvs());

  it('attaches the PNG of a QR code of the signed check-in link, inline, after the calendar file', async () => {
    const email = await composeRegistrationEmail('registration_confirmed', data(), { appUrl: APP_URL });
    expect(email.attachments!.map((a) => a.contentType)).toEqual([expect.stringMatching(/^text\/calendar/), 'image/png']);
    const qr = email.attachments![1];
    expect(qr).toMatchObject({ encoding: 'base64', cid: checkInQrCid(ID), filename: expect.stringMatching(/\.png$/) });
    expect(qr.cid).toBe(`qr-${ID}@tour`);
    // Queued without its image: the worker draws the PNG of the check-in link when it sends.
    expect(qr).toMatchObject({ content: '', qrCodeOf: expect.stringContaining('/espace/accueil/') });
    const [drawn] = await drawQrCodes([qr]);
    expect(Buffer.from(drawn.content, 'base64').subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(drawn).not.toHaveProperty('qrCodeOf');
    expect(email.html).toContain(`src="cid:${qr.cid}"`);
    const url = /https:\/\/tour\.example\.org\/espace\/accueil\/(\S+)/.exec(email.text)![1];
    expect(verifyCheckInCode(url)).toBe(ID);
  });

  it('also for a promotion and a reminder, never for the other kinds or a waitlisted registration', async () => {
    for (const kind of ['registration_promoted', 'registration_reminder'] as const) {
      expect((await composeRegistrationEmail(kind, data(), { appUrl: APP_URL })).attachments!.some((a) => a.cid)).toBe(true);
    }
    for (const kind of ['registration_waitlisted', 'registration_changed', 'registration_cancelled', 'manage_link', 'event_cancelled'] as const) {
      const email = await composeRegistrationEmail(kind, data(), { appUrl: APP_URL });
      expect(email.attachments!.some((a) => a.cid)).toBe(false);
      expect(email.text).not.toContain('/espace/accueil/');
    }
    const waitlisted = await composeRegistrationEmail('registration_reminder', data({ status: 'waitlisted' }), { appUrl: APP_URL });
    expect(waitlisted.attachments!.some((a) => a.cid)).toBe(false);
  });

  it('without a secret, the e-mail goes out without the QR code', async () => {
    vi.stubEnv('AUTH_SECRET', undefined);
    vi.stubEnv('NEXTAUTH_SECRET', undefined);
    const email = await composeRegistrationEmail('registration_confirmed', data(), { appUrl: APP_URL });
    expect(email.attachments).toHaveLength(1);
    expect(email.html).not.toContain('cid:');
  });
});
