// One workshop per workshop slot: checks a set of choices against an event's slots and seats.
import type { SlotWithSeats } from '@/db/queries/seats';
import { AppError } from '@/lib/errors';

/** Every slot chosen, every atelier of its own slot, no unknown slot: otherwise a 400 per field. */
export function validateChoices(slots: SlotWithSeats[], choices: Record<string, string>) {
  const fields: Record<string, string> = {};
  for (const slotId of Object.keys(choices)) {
    if (!slots.some((s) => s.id === slotId)) fields[`workshops.${slotId}`] = "Ce créneau n'existe pas pour cette rencontre.";
  }
  for (const slot of slots) {
    const chosen = choices[slot.id];
    if (!chosen) fields[`workshops.${slot.id}`] = 'Choisissez un atelier pour ce créneau.';
    else if (!slot.workshops.some((w) => w.id === chosen)) fields[`workshops.${slot.id}`] = "Cet atelier n'existe pas dans ce créneau.";
  }
  if (Object.keys(fields).length) {
    throw new AppError('validation_failed', 'Certains choix d’ateliers sont à corriger.', fields);
  }
}

/**
 * Refuses a choice of a full atelier (409 workshop_full), naming it and the ateliers of its slot
 * that still have room. `current` are the registration's own confirmed choices, which a change
 * may keep without needing a new seat.
 */
export function assertSeatsLeft(slots: SlotWithSeats[], choices: Record<string, string>, current: Record<string, string> = {}) {
  for (const slot of slots) {
    const workshopId = choices[slot.id];
    if (!workshopId || current[slot.id] === workshopId) continue;
    const workshop = slot.workshops.find((w) => w.id === workshopId)!;
    if (workshop.taken >= workshop.capacity) {
      const available = slot.workshops
        .filter((w) => w.taken < w.capacity && w.id !== current[slot.id])
        .map(({ id, code, title }) => ({ id, code, title }));
      const others = available.length
        ? ` Ateliers encore ouverts sur ce créneau : ${available.map((w) => w.code).join(', ')}.`
        : ' Plus aucun atelier de ce créneau n’a de place.';
      throw new AppError(
        'workshop_full',
        `L'atelier ${workshop.code} « ${workshop.title} » vient d'être complet.${others}`,
        { [`workshops.${slot.id}`]: `L'atelier ${workshop.code} est complet.${others}` },
        { workshop: { id: workshop.id, code: workshop.code, title: workshop.title, slotId: slot.id }, available },
      );
    }
  }
}
