// The recueil's look: A4, DejaVu Sans (every French glyph: é, œ, « », ’), the site's navy and coral.
import path from 'node:path';
import { Font, StyleSheet } from '@react-pdf/renderer';

export const FONT = 'DejaVu Sans';

let registered = false;

/** The fonts shipped in lib/recueil/fonts (licence beside them), registered once per process. */
export function registerFonts() {
  if (registered) return;
  const dir = path.join(process.cwd(), 'lib', 'recueil', 'fonts');
  Font.register({
    family: FONT,
    fonts: [
      { src: path.join(dir, 'DejaVuSans.ttf'), fontWeight: 'normal' },
      { src: path.join(dir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  // The default hyphenation is English: French words are not cut at all rather than cut wrongly.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

export const MARINE = '#1e3a5f';
export const CORAIL = '#b4452f';
export const GREY = '#475569';

export const styles = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 10, lineHeight: 1.45, color: '#0f172a', paddingTop: 48, paddingBottom: 56, paddingHorizontal: 52 },
  cover: { fontFamily: FONT, backgroundColor: MARINE, color: '#ffffff', padding: 60, justifyContent: 'space-between' },
  coverTour: { fontSize: 13, fontWeight: 'bold', letterSpacing: 1 },
  coverTitle: { fontSize: 30, fontWeight: 'bold', lineHeight: 1.2, marginTop: 120 },
  coverLine: { fontSize: 13, marginTop: 14 },
  coverNote: { fontSize: 10, color: '#e2e8f0' },
  h1: { fontSize: 20, fontWeight: 'bold', color: MARINE, marginBottom: 14 },
  h2: { fontSize: 13, fontWeight: 'bold', color: MARINE, marginTop: 14, marginBottom: 4 },
  h3: { fontSize: 10.5, fontWeight: 'bold', color: MARINE, marginTop: 10, marginBottom: 2 },
  paragraph: { marginBottom: 6 },
  muted: { color: GREY },
  footer: { position: 'absolute', bottom: 24, left: 52, right: 52, fontSize: 8, color: GREY, flexDirection: 'row', justifyContent: 'space-between' },
  tocRow: { flexDirection: 'row', alignItems: 'flex-end', marginBottom: 3 },
  tocTitle: { flex: 1, color: '#0f172a', textDecoration: 'none' },
  tocPage: { width: 36, textAlign: 'right', color: MARINE },
  practiceTitle: { fontSize: 17, fontWeight: 'bold', color: MARINE, lineHeight: 1.25 },
  territory: { fontSize: 11, color: CORAIL, fontWeight: 'bold', marginTop: 4, marginBottom: 8 },
  facts: { borderTopWidth: 1, borderBottomWidth: 1, borderColor: '#cbd5e1', paddingVertical: 6, marginBottom: 4 },
  factRow: { flexDirection: 'row', marginBottom: 2 },
  factLabel: { width: 110, fontWeight: 'bold', color: GREY },
  factValue: { flex: 1 },
  figures: { flexDirection: 'row', marginTop: 6, marginBottom: 4 },
  figure: { borderWidth: 1, borderColor: CORAIL, borderRadius: 3, paddingVertical: 4, paddingHorizontal: 8, marginRight: 8 },
  figureValue: { fontSize: 14, fontWeight: 'bold', color: CORAIL },
  link: { color: MARINE },
});
