// The QR code of the check-in link, attached as an inline image to the e-mails a confirmed attendee
// keeps for the day: confirmation, promotion from the waiting list, reminder.
import QRCode from 'qrcode';
import { checkInUrl } from '@/lib/checkin/signed-link';
import type { EmailAttachment, OutgoingEmail } from './outbox';
import { registrationEmail, type RegistrationEmailData, type RegistrationEmailKind } from './templates';

export const CHECK_IN_EMAIL_KINDS: readonly RegistrationEmailKind[] = ['registration_confirmed', 'registration_promoted', 'registration_reminder'];

export function checkInQrCid(registrationId: string): string {
  return `qr-${registrationId}@tour`;
}

/**
 * A QR code for `url`, as an inline PNG attachment with that Content-ID. Queued without its image:
 * the worker draws it when it sends the e-mail (drawQrCodes), as drawing takes milliseconds of CPU
 * that the registration's request should not spend.
 */
export function qrCodeAttachment(url: string, cid: string): EmailAttachment {
  return { filename: 'qr-code-accueil.png', contentType: 'image/png', content: '', encoding: 'base64', cid, qrCodeOf: url };
}

/** The attachments with their QR codes drawn: 200 px PNGs, the size they are shown at. */
export async function drawQrCodes(attachments: EmailAttachment[]): Promise<EmailAttachment[]> {
  return Promise.all(
    attachments.map(async ({ qrCodeOf, ...attachment }) => {
      if (!qrCodeOf) return attachment;
      const png = await QRCode.toBuffer(qrCodeOf, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 200 });
      return { ...attachment, content: png.toString('base64') };
    }),
  );
}

/**
 * The registration e-mail of `kind`; for a confirmed attendee's e-mails, with the check-in link and
 * its QR code when links can be signed (a secret is set). Without a secret the e-mail goes out
 * without them rather than not at all.
 */
export async function composeRegistrationEmail(
  kind: RegistrationEmailKind,
  data: RegistrationEmailData,
  options: { appUrl: string; now?: Date },
): Promise<OutgoingEmail> {
  const url = CHECK_IN_EMAIL_KINDS.includes(kind) && data.status === 'confirmed' ? checkInUrl(options.appUrl, data.registrationId) : null;
  if (!url) return registrationEmail(kind, data, { now: options.now });
  const qrCid = checkInQrCid(data.registrationId);
  const email = registrationEmail(kind, { ...data, checkIn: { url, qrCid } }, { now: options.now });
  return { ...email, attachments: [...(email.attachments ?? []), qrCodeAttachment(url, qrCid)] };
}
