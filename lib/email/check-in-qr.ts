// The QR code of the check-in link, attached as an inline image to the e-mails a confirmed attendee
// keeps for the day: confirmation, promotion from the waiting list, reminder.
import QRCode from 'qrcode';
import type { EmailAttachment } from './outbox';
import type { RegistrationEmailKind } from './registration-data';

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
