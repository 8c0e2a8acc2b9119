// Queues the e-mails of a registration, in the caller's transaction, with a fresh manage link.
import type { Executor } from '@/db/connect';
import { insertManageLink } from '@/db/queries/registrations';
import { composeRegistrationEmail } from '@/lib/email/registration-email';
import { enqueueEmail } from '@/lib/email/outbox';
import { loadRegistrationEmailData } from '@/lib/email/registration-data';
import type { RegistrationEmailKind } from '@/lib/email/registration-data';
import { generateToken, hashToken } from '@/lib/tokens';

export function manageUrl(appUrl: string, token: string) {
  return `${appUrl}/inscription/${token}`;
}

/** A new private link for a registration; only its hash is stored. */
export async function mintManageLink(tx: Executor, registrationId: string): Promise<string> {
  const token = generateToken();
  await insertManageLink(tx, registrationId, hashToken(token));
  return token;
}

export async function queueRegistrationEmail(
  tx: Executor,
  kind: RegistrationEmailKind,
  registrationId: string,
  options: { appUrl: string; token?: string | null },
) {
  const token = options.token === undefined ? await mintManageLink(tx, registrationId) : options.token;
  const [data] = await loadRegistrationEmailData(tx, [registrationId], {
    appUrl: options.appUrl,
    manageUrl: () => (token ? manageUrl(options.appUrl, token) : null),
  });
  // A confirmed attendee's e-mails also carry the QR code of their check-in link.
  await enqueueEmail(tx, await composeRegistrationEmail(kind, data, { appUrl: options.appUrl }));
}
