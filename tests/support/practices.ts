// Practices written straight to the table for tests of what reads them (the collection, the API, the
// recueil): published by default, complete enough for the practices_submitted_complete check.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { practices, regions, type NewPractice } from '@/db/schema';
import type { TestDb } from './db';

export type PracticeOverrides = Partial<Omit<NewPractice, 'regionId'>> & { regionCode?: string };

/** A word found in no other practice, to make a test's searches see only its own rows. */
export function uniqueWord(prefix = 'zorb'): string {
  // Letters only (a digit would be its own token): a random suffix over a-z.
  const letters = randomUUID()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 8)
    .split('')
    .map((c) => String.fromCharCode(97 + (parseInt(c, 16) % 26)))
    .join('');
  return `${prefix}${letters}`;
}

export async function insertPractice(db: TestDb, overrides: PracticeOverrides = {}) {
  const { regionCode = '76', ...values } = overrides;
  const [region] = await db.select({ id: regions.id }).from(regions).where(eq(regions.code, regionCode));
  if (!region) throw new Error(`unknown region ${regionCode}`);
  const now = new Date('2030-01-10T10:00:00Z');
  const status = values.status ?? 'published';
  const [row] = await db
    .insert(practices)
    .values({
      slug: `pratique-${randomUUID().slice(0, 8)}`,
      status,
      respondentName: 'Camille Testeur',
      respondentOrganisation: 'Maison de l’emploi de Test',
      respondentOrganisationType: 'facilitateur',
      respondentRole: 'Facilitatrice',
      respondentEmail: `repondant.${randomUUID().slice(0, 8)}@test.example.org`,
      title: 'Une pratique de test',
      summary: 'Résumé de la pratique de test.',
      themes: ['innover'],
      consentPublicationAt: now,
      submittedAt: status === 'draft' ? null : now,
      publishedAt: status === 'published' ? now : null,
      ...values,
      regionId: region.id,
    })
    .returning();
  return row;
}
