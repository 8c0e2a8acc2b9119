// Private links to a practice answer: only the SHA-256 of a token is stored (lib/tokens.ts).
import { eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { practiceLinks, practices } from '../schema';

export async function insertPracticeLink(tx: Executor, practiceId: string, tokenHash: string) {
  await tx.insert(practiceLinks).values({ tokenHash, practiceId });
}

/** The practice a link opens, or null. */
export async function findPracticeByLink(tx: Executor, tokenHash: string) {
  const [row] = await tx
    .select({ practice: practices })
    .from(practiceLinks)
    .innerJoin(practices, eq(practices.id, practiceLinks.practiceId))
    .where(eq(practiceLinks.tokenHash, tokenHash))
    .limit(1);
  return row?.practice ?? null;
}
