// Renders the recueil to PDF bytes. The contents and the index give each practice's page, which is
// only known once the entries are laid out: a first layout records where each entry starts (the
// render callback of PracticeEntry), the second prints those numbers. Page numbers take a fixed
// width in the contents, so the second layout places every entry where the first one did; it is
// checked, and laid out once more in the unlikely case it moved.
import { renderToBuffer } from '@react-pdf/renderer';
import type { Recueil } from '../model';
import { RecueilDocument } from './document';
import { registerFonts } from './styles';

const MAX_LAYOUTS = 3;

async function layout(recueil: Recueil, pages: ReadonlyMap<string, number>) {
  const placed = new Map<string, number>();
  // The callback runs while pages are split (with the page being filled, not yet the final one),
  // then once more for every page when the total is known: the last call is where the entry starts.
  const onPlaced = (slug: string, page: number) => {
    placed.set(slug, page);
  };
  const buffer = await renderToBuffer(<RecueilDocument recueil={recueil} pages={pages} onPlaced={onPlaced} />);
  return { buffer, placed };
}

const same = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([slug, page]) => b.get(slug) === page);

export async function renderRecueilPdf(recueil: Recueil): Promise<{ pdf: Uint8Array; pages: ReadonlyMap<string, number> }> {
  registerFonts();
  let pages: ReadonlyMap<string, number> = new Map();
  for (let i = 0; i < MAX_LAYOUTS; i++) {
    const { buffer, placed } = await layout(recueil, pages);
    if (i > 0 && same(placed, pages)) return { pdf: new Uint8Array(buffer), pages };
    pages = placed;
  }
  throw new Error('The recueil’s page numbers did not settle.');
}
