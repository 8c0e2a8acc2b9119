// The recueil as a PDF file (GET /pratiques/recueil.pdf): public, published practices only, never a
// respondent. Generated on each request (docs/practices.md gives the times).
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { parisDate } from '@/lib/time';
import { loadRecueil } from './load';
import type { RecueilFilters } from './model';
import { renderRecueilPdf } from './pdf/render-recueil';

export async function generateRecueilPdf(filters: RecueilFilters, ctx: { now: Date }, db: Executor = pool) {
  const recueil = await loadRecueil(filters, ctx, db);
  const { pdf } = await renderRecueilPdf(recueil);
  return { filename: `recueil-pratiques-inspirantes-${parisDate(ctx.now)}.pdf`, pdf, count: recueil.practices.length };
}
