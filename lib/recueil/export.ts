// The recueil's selection as CSV for national staff (GET /admin/pratiques/export.csv): the published
// practices of the same filters as the PDF, with the respondents who agreed to be contacted.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findContactableRespondents } from '@/db/queries/recueil';
import { assertCanInConsole, type CurrentUser } from '@/lib/auth/permissions';
import { parisDate } from '@/lib/time';
import { recueilCsv, type RecueilRespondent } from './csv';
import { loadRecueil } from './load';
import type { RecueilFilters } from './model';

export async function exportRecueilCsv(
  filters: RecueilFilters,
  ctx: { user: CurrentUser | null; now: Date; appUrl: string },
  db: Executor = pool,
): Promise<{ filename: string; csv: string; count: number }> {
  assertCanInConsole(ctx.user, 'practices:export');
  const recueil = await loadRecueil(filters, ctx, db);
  const rows = await findContactableRespondents(
    db,
    recueil.practices.map((p) => p.id),
  );
  const respondents = new Map<string, RecueilRespondent>();
  for (const { practiceId, consentContactAt, ...r } of rows) if (consentContactAt) respondents.set(practiceId, { ...r, consentContactAt });
  return {
    filename: `pratiques-inspirantes-${parisDate(ctx.now)}.csv`,
    csv: recueilCsv(recueil.practices, respondents, ctx.appUrl),
    count: recueil.practices.length,
  };
}
