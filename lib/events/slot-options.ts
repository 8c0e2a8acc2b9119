import { formatTimeRange } from '@/lib/time';
import { workshopSlots } from './agenda';
import type { AgendaEntry } from './model';

/** The workshop slots of a programme as the choice forms show them. */
export function slotOptions(agenda: AgendaEntry[], timeZone?: string) {
  return workshopSlots(agenda).map((slot) => ({
    id: slot.id,
    number: slot.number,
    time: formatTimeRange(new Date(slot.startsAt), new Date(slot.endsAt), timeZone),
    workshops: slot.workshops.map(({ id, code, title, remaining }) => ({ id, code, title, remaining })),
  }));
}
