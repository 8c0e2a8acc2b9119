// Renders the recueil to PDF bytes. The contents and the index give each practice's page, known only
// once the entries are laid out: a first layout records where each entry starts (the render
// callback of PracticeEntry) while the contents show "…", the second prints those numbers. Page
// numbers have a fixed width, so printing them moves nothing; what was printed is checked against
// where the entries finally are, and laid out once more in the unlikely case they moved.
// (react-pdf's page-dependent texts could print them in one layout, but its stable engine draws
// none for an in-flow text and its experimental one mis-measures them: see docs/practices.md.)
import { renderToBuffer } from '@react-pdf/renderer';
import type { Recueil } from '../model';
import { RecueilDocument } from './document';
import { registerFonts } from './styles';

const MAX_LAYOUTS = 3;

async function layout(recueil: Recueil, known: ReadonlyMap<string, number>) {
  const placed = new Map<string, number>();
  const printed = new Map<string, number | undefined>();
  // The callback runs while pages are split, then once more when their total is known: the last
  // call is where the entry starts.
  const onPlaced = (slug: string, page: number) => void placed.set(slug, page);
  const pages = {
    of: (slug: string) => known.get(slug),
    printed: (slug: string, page: number | undefined) => void printed.set(slug, page),
  };
  const buffer = await renderToBuffer(<RecueilDocument recueil={recueil} pages={pages} onPlaced={onPlaced} />);
  const settled = recueil.practices.every((p) => placed.has(p.slug) && printed.get(p.slug) === placed.get(p.slug));
  return { buffer, placed, settled };
}

export async function renderRecueilPdf(recueil: Recueil): Promise<{ pdf: Uint8Array; pages: ReadonlyMap<string, number>; layouts: number }> {
  registerFonts();
  let known: ReadonlyMap<string, number> = new Map();
  for (let i = 1; i <= MAX_LAYOUTS; i++) {
    const { buffer, placed, settled } = await layout(recueil, known);
    if (settled) return { pdf: new Uint8Array(buffer), pages: placed, layouts: i };
    known = placed;
  }
  throw new Error('The recueil’s page numbers did not settle.');
}
