// The recueil as a PDF file (GET /pratiques/recueil.pdf): public, published practices only, never a
// respondent. Reading the selection takes milliseconds, laying it out seconds (docs/practices.md):
// each instance keeps the last few PDFs it made, keyed by a hash of everything they show (the
// practices as read, the introduction, the day of the cover), so a copy is served only while it
// is exactly what a new layout would print, and any change (a practice published, edited or
// withdrawn, a meeting renamed, the introduction edited) makes the next request lay it out again.
// Requests that arrive while a layout is running share it.
import { createHash } from 'node:crypto';
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { formatDate, parisDate } from '@/lib/time';
import { loadRecueil } from './load';
import type { Recueil, RecueilFilters } from './model';
import { renderRecueilPdf } from './pdf/render-recueil';

export type RecueilPdf = { filename: string; pdf: Uint8Array; count: number };

const KEPT = 8;
const made = new Map<string, Promise<RecueilPdf>>();

function keyOf(recueil: Recueil): string {
  const { generatedAt, ...content } = recueil;
  return createHash('sha256')
    .update(JSON.stringify({ day: formatDate(generatedAt), content }))
    .digest('base64url');
}

async function render(recueil: Recueil): Promise<RecueilPdf> {
  const { pdf } = await renderRecueilPdf(recueil);
  return { filename: `recueil-pratiques-inspirantes-${parisDate(recueil.generatedAt)}.pdf`, pdf, count: recueil.practices.length };
}

export async function generateRecueilPdf(filters: RecueilFilters, ctx: { now: Date }, db: Executor = pool): Promise<RecueilPdf> {
  const recueil = await loadRecueil(filters, ctx, db);
  const key = keyOf(recueil);
  let pdf = made.get(key);
  if (pdf) made.delete(key); // kept again below, as the most recent
  else pdf = render(recueil);
  made.set(key, pdf);
  // A failed layout is not kept: the next request tries again.
  pdf.catch(() => made.get(key) === pdf && made.delete(key));
  while (made.size > KEPT) made.delete(made.keys().next().value!);
  return pdf;
}
