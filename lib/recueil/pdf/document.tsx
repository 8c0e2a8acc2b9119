// The recueil as a PDF document: cover, introduction, contents by theme, one entry (one or two
// pages) per practice, index by region. The page numbers of the contents and the index come from a
// previous layout (render-recueil.tsx); each number printed is reported, so that the caller can
// check it against where the entry landed.
import { Document, Link, Page } from '@react-pdf/renderer';
import { Text, View } from './primitives';
import { formatDate } from '@/lib/time';
import { RECUEIL_AUTHOR, RECUEIL_SUBJECT, RECUEIL_TITLE, TOUR_NAME } from '../content';
import { PRACTICE_THEMES } from '@/lib/practices/model';
import { byRegion, byTheme, paragraphs, practiceAnchor, practiceCount, type Recueil, type RecueilPractice } from '../model';
import { PracticeEntry } from './practice-entry';
import { styles } from './styles';

/** Where each entry starts, and what the contents and the index printed for it. */
export type Pages = {
  of: (slug: string) => number | undefined;
  printed: (slug: string, page: number | undefined) => void;
};

type Props = {
  recueil: Recueil;
  /** The page each practice starts on, as far as laid out; a missing one shows "…". */
  pages: Pages;
  onPlaced: (slug: string, page: number) => void;
};

/** What the selection is, on the cover: "Région Occitanie", "Thème : Mobiliser les entreprises". */
export function selectionLabel(recueil: Recueil): string | null {
  const parts = [];
  if (recueil.filters.regionCode) parts.push(`Région : ${recueil.regionName ?? recueil.filters.regionCode}`);
  if (recueil.filters.theme) parts.push(`Thème : ${PRACTICE_THEMES[recueil.filters.theme]}`);
  return parts.length ? parts.join(' · ') : null;
}

function Footer() {
  return (
    <View style={styles.footer} fixed>
      <Text>{RECUEIL_TITLE}</Text>
      <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
    </View>
  );
}

/** A row of the contents or the index: the title, linked to its entry, and its page. */
function EntryRow({ practice, pages, detail }: { practice: RecueilPractice; pages: Pages; detail?: string }) {
  const page = pages.of(practice.slug);
  pages.printed(practice.slug, page);
  return (
    <View style={styles.tocRow} wrap={false}>
      <Link src={`#${practiceAnchor(practice)}`} style={styles.tocTitle}>
        {practice.title}
        {detail ? <Text style={styles.muted}> — {detail}</Text> : null}
      </Link>
      {/* Fixed width: a number in place of "…" moves no row, so the entries stay where they were laid out. */}
      <Text style={styles.tocPage}>{page ? String(page) : '…'}</Text>
    </View>
  );
}

export function RecueilDocument({ recueil, pages, onPlaced }: Props) {
  const selection = selectionLabel(recueil);
  const themes = byTheme(recueil.practices);
  const regions = byRegion(recueil.practices);
  return (
    <Document title={RECUEIL_TITLE} author={RECUEIL_AUTHOR} subject={RECUEIL_SUBJECT} keywords="clause sociale, insertion, QPV, pratiques inspirantes" creator={TOUR_NAME} producer={`${TOUR_NAME} (react-pdf)`} language="fr" creationDate={recueil.generatedAt} pageMode="useOutlines">
      {/* react-pdf 4.9's new pagination engine (one page opting in switches the document): its stable
          engine crashes on a recueil of 200 practices (a NaN-like coordinate in pdfkit), this one does
          not and is faster. bench/recueil-pdf.mts renders 200. */}
      <Page size="A4" experimentalPagination style={styles.cover} bookmark={{ title: 'Couverture', fit: true }}>
        <Text style={styles.coverTour}>{TOUR_NAME.toUpperCase()}</Text>
        <View>
          <Text style={styles.coverTitle}>{RECUEIL_TITLE}</Text>
          {selection ? <Text style={styles.coverLine}>{selection}</Text> : null}
          <Text style={styles.coverLine}>{practiceCount(recueil.practices.length)}</Text>
          <Text style={styles.coverLine}>Édition du {formatDate(recueil.generatedAt)}</Text>
        </View>
        <Text style={styles.coverNote}>
          {RECUEIL_AUTHOR} et ses partenaires régionaux. Document généré par la plateforme du {TOUR_NAME} à partir des pratiques publiées.
        </Text>
      </Page>

      <Page size="A4" style={styles.page}>
        <View bookmark={{ title: 'Introduction', fit: true }}>
          <Text style={styles.h1}>Introduction</Text>
          {paragraphs(recueil.introduction).map((p, i) => (
            <Text key={i} style={styles.paragraph}>
              {p}
            </Text>
          ))}
        </View>
        <Footer />
      </Page>

      <Page size="A4" style={styles.page}>
        <View bookmark={{ title: 'Sommaire par thème', fit: true }}>
          <Text style={styles.h1}>Sommaire par thème</Text>
          {themes.length === 0 ? <Text>Aucune pratique publiée pour cette sélection.</Text> : null}
          {themes.map((section) => (
            <View key={section.theme}>
              <Text style={styles.h2} minPresenceAhead={30}>
                {section.label}
              </Text>
              {section.practices.map((p) => (
                <EntryRow key={p.slug} practice={p} pages={pages} detail={p.region.name} />
              ))}
            </View>
          ))}
        </View>
        <Footer />
      </Page>

      {recueil.practices.map((p) => (
        <Page key={p.slug} size="A4" style={styles.page}>
          <PracticeEntry practice={p} onPlaced={onPlaced} />
          <Footer />
        </Page>
      ))}

      <Page size="A4" style={styles.page}>
        <View bookmark={{ title: 'Index par région', fit: true }}>
          <Text style={styles.h1}>Index par région</Text>
          {regions.map((section) => (
            <View key={section.code}>
              <Text style={styles.h2} minPresenceAhead={30}>
                {section.name}
              </Text>
              {section.practices.map((p) => (
                <EntryRow key={p.slug} practice={p} pages={pages} />
              ))}
            </View>
          ))}
        </View>
        <Footer />
      </Page>
    </Document>
  );
}
