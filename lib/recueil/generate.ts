// The recueil as a PDF file (GET /pratiques/recueil.pdf): public, published practices only, never a
// respondent. Generated on each request (docs/practices.md gives the times); requests for the same
// selection that arrive while it is being generated share that one generation (a layout takes a
// second's CPU for the seed: a burst of visitors must not start one each).
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { parisDate } from '@/lib/time';
import { loadRecueil } from './load';
import type { RecueilFilters } from './model';
import { renderRecueilPdf } from './pdf/render-recueil';

type RecueilPdf = { filename: string; pdf: Uint8Array; count: number };

const inFlight = new Map<string, Promise<RecueilPdf>>();

async function generate(filters: RecueilFilters, ctx: { now: Date }, db: Executor): Promise<RecueilPdf> {
  const recueil = await loadRecueil(filters, ctx, db);
  const { pdf } = await renderRecueilPdf(recueil);
  return { filename: `recueil-pratiques-inspirantes-${parisDate(ctx.now)}.pdf`, pdf, count: recueil.practices.length };
}

export function generateRecueilPdf(filters: RecueilFilters, ctx: { now: Date }, db: Executor = pool): Promise<RecueilPdf> {
  // Only the pool's requests are shared: a test's or a transaction's executor sees its own data.
  if (db !== pool) return generate(filters, ctx, db);
  const key = `${parisDate(ctx.now)}|${filters.regionCode ?? ''}|${filters.theme ?? ''}`;
  const running = inFlight.get(key);
  if (running) return running;
  const started = generate(filters, ctx, db).finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
