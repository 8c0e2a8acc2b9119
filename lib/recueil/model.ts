// The recueil as the PDF, the web page and the CSV read it: published practices with their public
// fields, grouped by theme (the table of contents) and by region (the index). Pure: no database.
import { PRACTICE_THEME_KEYS, PRACTICE_THEMES, type PracticeTheme } from '@/lib/practices/model';

export type RecueilPresentation = {
  eventSlug: string;
  eventTitle: string;
  startsAt: Date;
  timeZone: string;
  itemTitle: string;
  workshopCode: string | null;
  workshopTitle: string | null;
};

/** A published practice as the recueil shows it: never its respondent. */
export type RecueilPractice = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  region: { code: string; name: string };
  department: string;
  communes: string;
  qpv: boolean | null;
  qpvNames: string;
  themes: PracticeTheme[];
  otherTheme: string;
  actors: string;
  context: string;
  actions: string;
  results: string;
  insertionHours: number | null;
  peopleHired: number | null;
  difficulties: string;
  reproduce: string;
  period: string;
  links: string[];
  publishedAt: Date | null;
  presentations: RecueilPresentation[];
};

export type RecueilFilters = { regionCode: string | null; theme: PracticeTheme | null };

export type Recueil = {
  generatedAt: Date;
  /** The staff's introduction, or the default text when they wrote none. */
  introduction: string;
  filters: RecueilFilters;
  /** The region's name when the selection is one region's. */
  regionName: string | null;
  /** In the order of the pages: region by region, then by title (French order). */
  practices: RecueilPractice[];
};

export type ThemeSection = { theme: PracticeTheme; label: string; practices: RecueilPractice[] };
export type RegionSection = { code: string; name: string; practices: RecueilPractice[] };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Region by region, then by title, in French alphabetical order (É with E, Î with I). */
export function inRecueilOrder<T extends { title: string; region: { name: string } }>(practices: T[]): T[] {
  return [...practices].sort((a, b) => collator.compare(a.region.name, b.region.name) || collator.compare(a.title, b.title));
}

/** The table of contents: each practice under each of its themes, themes in the survey's order. */
export function byTheme(practices: RecueilPractice[]): ThemeSection[] {
  return PRACTICE_THEME_KEYS.map((theme) => ({
    theme,
    label: PRACTICE_THEMES[theme],
    practices: practices.filter((p) => p.themes.includes(theme)).sort((a, b) => collator.compare(a.title, b.title)),
  })).filter((section) => section.practices.length > 0);
}

/** The index: the regions that have practices, in French order, each with its practices. */
export function byRegion(practices: RecueilPractice[]): RegionSection[] {
  const sections = new Map<string, RegionSection>();
  for (const p of practices) {
    const section = sections.get(p.region.code) ?? { code: p.region.code, name: p.region.name, practices: [] };
    section.practices.push(p);
    sections.set(p.region.code, section);
  }
  return [...sections.values()]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((s) => ({ ...s, practices: s.practices.sort((a, b) => collator.compare(a.title, b.title)) }));
}

/** "Oui : Mosson, Petit Bard", "Oui", "Non", "Non précisé". */
export function qpvLabel(p: Pick<RecueilPractice, 'qpv' | 'qpvNames'>): string {
  if (p.qpv === null) return 'Non précisé';
  if (!p.qpv) return 'Non';
  return p.qpvNames.trim() ? `Oui : ${p.qpvNames.trim()}` : 'Oui';
}

/** The labels of a practice's themes, "Autre" spelt out when the respondent said which. */
export function themeLabels(p: Pick<RecueilPractice, 'themes' | 'otherTheme'>): string[] {
  return PRACTICE_THEME_KEYS.filter((t) => p.themes.includes(t)).map((t) =>
    t === 'autre' && p.otherTheme.trim() ? `${PRACTICE_THEMES.autre} : ${p.otherTheme.trim()}` : PRACTICE_THEMES[t],
  );
}

const numberFormat = new Intl.NumberFormat('fr-FR');

/** "12 500 heures d’insertion", "34 personnes recrutées": the figures a practice gave. */
export function figures(p: Pick<RecueilPractice, 'insertionHours' | 'peopleHired'>): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  if (p.insertionHours !== null) out.push({ value: numberFormat.format(p.insertionHours), label: p.insertionHours > 1 ? 'heures d’insertion' : 'heure d’insertion' });
  if (p.peopleHired !== null) out.push({ value: numberFormat.format(p.peopleHired), label: p.peopleHired > 1 ? 'personnes recrutées' : 'personne recrutée' });
  return out;
}

/** Paragraphs of a text typed in a textarea: blank lines separate them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** "9 pratiques inspirantes", "1 pratique inspirante", "Aucune pratique inspirante". */
export function practiceCount(n: number): string {
  if (n === 0) return 'Aucune pratique inspirante';
  return n === 1 ? '1 pratique inspirante' : `${numberFormat.format(n)} pratiques inspirantes`;
}

/** The anchor of a practice in the PDF and the web page. */
export const practiceAnchor = (p: { slug: string }) => `pratique-${p.slug}`;
