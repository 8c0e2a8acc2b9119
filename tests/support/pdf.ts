// Reads a PDF back with Mozilla's pdf.js (its legacy build runs in Node without a canvas): the text
// of each page, the document's metadata and its outline (bookmarks), as a reader would see them.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfOutlineItem = { title: string; page: number | null; items: PdfOutlineItem[] };

export type ReadPdf = {
  pageCount: number;
  /** The text of each page, items joined by spaces (lines by line breaks). */
  pages: string[];
  info: Record<string, unknown>;
  outline: PdfOutlineItem[];
};

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
          .join('')
          .replace(/[ \t]+/g, ' '),
      );
    }
    const { info } = await doc.getMetadata();
    type RawItem = { title: string; dest: string | unknown[] | null; items: RawItem[] };
    const resolve = async (items: RawItem[]): Promise<PdfOutlineItem[]> =>
      Promise.all(
        items.map(async (item) => {
          const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
          const ref = Array.isArray(dest) ? dest[0] : null;
          const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as { num: number; gen: number })) + 1 : null;
          return { title: item.title, page, items: await resolve(item.items ?? []) };
        }),
      );
    const outline = await resolve(((await doc.getOutline()) ?? []) as RawItem[]);
    return { pageCount: doc.numPages, pages, info: info as Record<string, unknown>, outline };
  } finally {
    await doc.destroy();
  }
}
