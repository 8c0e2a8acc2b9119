// A new private link to a practice answer; each e-mail that carries one mints its own, so older
// e-mails keep working. The caller gives its transaction: the link and its e-mail go together.
import type { Executor } from '@/db/connect';
import { insertPracticeLink } from '@/db/queries/practice-links';
import { generateToken, hashToken } from '@/lib/tokens';

/** The path of the respondent's private page for an answer. */
export const practiceLinkPath = (token: string) => `/enquete/${token}`;

export async function mintPracticeLink(tx: Executor, practiceId: string): Promise<string> {
  const token = generateToken();
  await insertPracticeLink(tx, practiceId, hashToken(token));
  return token;
}
