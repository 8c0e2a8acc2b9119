// Demo accounts for development (never for production: their password is public in the README).
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password';
import type { Database } from '../connect';
import { partnerRegions, regions, users } from '../schema';

export const DEFAULT_DEMO_PASSWORD = 'demo-clause-sociale';

export const DEMO_ACCOUNTS = [
  { email: 'staff@ave.example.org', name: 'Équipe nationale AVE', role: 'national' as const, regions: [] as string[] },
  { email: 'occitanie@partenaires.example.org', name: 'Partenaire Occitanie', role: 'partner' as const, regions: ['76'] },
  { email: 'bretagne@partenaires.example.org', name: 'Partenaire Bretagne', role: 'partner' as const, regions: ['53'] },
];

export async function seedDemoAccounts(tx: Database, password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD) {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const [user] = await tx
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(password) })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) continue;
    created++;
    for (const code of account.regions) {
      const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.code, code));
      await tx.insert(partnerRegions).values({ userId: user.id, regionId: region.id });
    }
  }
  return created;
}
