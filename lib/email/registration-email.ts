// A registration's e-mail as it is queued: the template of its kind and, for the e-mails a confirmed
// attendee keeps for the day, the signed check-in link with its QR code.
import { checkInUrl } from '@/lib/checkin/signed-link';
import { CHECK_IN_EMAIL_KINDS, checkInQrCid, qrCodeAttachment } from './check-in-qr';
import type { OutgoingEmail } from './outbox';
import type { RegistrationEmailData, RegistrationEmailKind } from './registration-data';
import { registrationEmail } from './templates';

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
