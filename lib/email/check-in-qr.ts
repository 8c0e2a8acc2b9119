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
 * The PNG of a QR code for `url`, as an inline attachment with that Content-ID. 200 px, the size
 * it is shown at: small on purpose, as it is drawn inside the registration's transaction (~4 ms).
 */
export async function qrCodeAttachment(url: string, cid: string): Promise<EmailAttachment> {
  const png = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 200 });
  return { filename: 'qr-code-accueil.png', contentType: 'image/png', content: png.toString('base64'), encoding: 'base64', cid };
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
  return { ...email, attachments: [...(email.attachments ?? []), await qrCodeAttachment(url, qrCid)] };
}
