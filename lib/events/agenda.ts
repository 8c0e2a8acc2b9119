// How a day's programme reads: morning, lunch, afternoon, in time order.
import { parisParts } from '@/lib/time';
import type { AgendaEntry } from './model';

export type AgendaPart = { key: 'morning' | 'lunch' | 'afternoon'; label: string; entries: AgendaEntry[] };

function byTime(a: AgendaEntry, b: AgendaEntry) {
  return a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt);
}

/**
 * Splits a programme around its first meal: what comes before is the morning, the meal is the
 * lunch break, the rest is the afternoon. Without a meal the day turns at 13h00 (Paris time).
 */
export function groupAgenda(entries: AgendaEntry[], timeZone?: string): AgendaPart[] {
  const sorted = [...entries].sort(byTime);
  const meal = sorted.find((e) => e.kind === 'meal');
  const parts: AgendaPart[] = [
    { key: 'morning', label: 'Matinée', entries: [] },
    { key: 'lunch', label: 'Pause déjeuner', entries: [] },
    { key: 'afternoon', label: 'Après-midi', entries: [] },
  ];
  for (const entry of sorted) {
    if (meal) {
      if (entry === meal) parts[1].entries.push(entry);
      else parts[entry.startsAt < meal.startsAt ? 0 : 2].entries.push(entry);
    } else {
      parts[parisParts(new Date(entry.startsAt), timeZone).hour < 13 ? 0 : 2].entries.push(entry);
    }
  }
  return parts.filter((p) => p.entries.length > 0);
}

/** The workshop slots of a programme, in order, numbered from 1. */
export function workshopSlots(entries: AgendaEntry[]) {
  return [...entries]
    .sort(byTime)
    .filter((e) => e.kind === 'workshop_slot')
    .map((slot, i) => ({ ...slot, number: i + 1, workshops: slot.workshops ?? [] }));
}

export const AGENDA_KIND_LABELS: Record<AgendaEntry['kind'], string> = {
  welcome: 'Accueil',
  plenary: 'Plénière',
  round_table: 'Table ronde',
  presentation: 'Présentation',
  qa: 'Échanges',
  meal: 'Repas',
  workshop_slot: 'Ateliers au choix',
  break: 'Pause',
  closing: 'Clôture',
};
