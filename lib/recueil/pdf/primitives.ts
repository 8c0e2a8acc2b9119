// react-pdf's View and Text with the `bookmark` prop its layout and renderer honour on every node
// (a bookmark of the PDF's outline, nested under the nearest bookmarked ancestor) but that its
// type declarations (4.9) only give to Page.
import { Text as PdfText, View as PdfView } from '@react-pdf/renderer';
import type { ComponentProps, ComponentType } from 'react';

type Bookmark = string | { title: string; fit?: boolean; expanded?: boolean };

export const View = PdfView as unknown as ComponentType<ComponentProps<typeof PdfView> & { bookmark?: Bookmark }>;
export const Text = PdfText as unknown as ComponentType<ComponentProps<typeof PdfText> & { bookmark?: Bookmark }>;
