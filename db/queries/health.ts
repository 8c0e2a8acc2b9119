// The cheapest question the database can answer, to know whether it answers at all.
import { sql } from 'drizzle-orm';
import type { Executor } from '../connect';

export async function ping(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT 1`);
}
