// A meeting where a practice was presented, in one line (the PDF, the web recueil and the CSV).
import { formatDate } from '@/lib/time';
import type { RecueilPresentation } from './model';

/** "Rencontre régionale Bretagne, 12 mars 2026 — atelier B : Mobiliser les entreprises". */
export function presentationLine(p: RecueilPresentation): string {
  const where = p.workshopCode ? `atelier ${p.workshopCode} : ${p.workshopTitle ?? ''}` : p.itemTitle;
  return `${p.eventTitle}, ${formatDate(p.startsAt, p.timeZone)} — ${where}`;
}
