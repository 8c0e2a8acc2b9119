import { describe, expect, it } from 'vitest';
import { parisTime } from '@/lib/time';
import { groupAgenda, workshopSlots } from './agenda';
import type { AgendaEntry, WorkshopView } from './model';

const DATE = '2022-12-08';

function entry(id: string, kind: AgendaEntry['kind'], starts: string, ends: string, workshops?: WorkshopView[]): AgendaEntry {
  return {
    id,
    kind,
    title: id,
    description: '',
    startsAt: parisTime(DATE, starts).toISOString(),
    endsAt: parisTime(DATE, ends).toISOString(),
    speakers: [],
    ...(workshops ? { workshops } : {}),
  };
}

function workshop(code: string): WorkshopView {
  return { id: `w-${code}`, code, title: `Atelier ${code}`, description: '', room: '', capacity: 20, remaining: 20 };
}

const ids = (entries: AgendaEntry[]) => entries.map((e) => e.id);

describe('groupAgenda', () => {
  it('splits the day around the first meal', () => {
    const parts = groupAgenda([
      entry('welcome', 'welcome', '09:30', '10:00'),
      entry('qa', 'qa', '12:00', '12:30'),
      entry('lunch', 'meal', '12:30', '13:30'),
      entry('table', 'round_table', '13:30', '14:00'),
      entry('closing', 'closing', '16:15', '16:30'),
    ]);
    expect(parts.map((p) => [p.key, p.label, ids(p.entries)])).toEqual([
      ['morning', 'Matinée', ['welcome', 'qa']],
      ['lunch', 'Pause déjeuner', ['lunch']],
      ['afternoon', 'Après-midi', ['table', 'closing']],
    ]);
  });

  it('uses the meal, not 13h00, to split: a late lunch keeps 13h00 in the morning', () => {
    const parts = groupAgenda([
      entry('late-morning', 'plenary', '13:00', '13:30'),
      entry('lunch', 'meal', '13:30', '14:30'),
      entry('after', 'workshop_slot', '14:30', '15:30'),
    ]);
    expect(parts.map((p) => [p.key, ids(p.entries)])).toEqual([
      ['morning', ['late-morning']],
      ['lunch', ['lunch']],
      ['afternoon', ['after']],
    ]);
  });

  it('puts only the first meal in the lunch break; a later meal is afternoon', () => {
    const parts = groupAgenda([
      entry('lunch', 'meal', '12:00', '13:00'),
      entry('snack', 'meal', '16:00', '16:30'),
      entry('welcome', 'welcome', '09:30', '10:00'),
    ]);
    expect(parts.map((p) => [p.key, ids(p.entries)])).toEqual([
      ['morning', ['welcome']],
      ['lunch', ['lunch']],
      ['afternoon', ['snack']],
    ]);
  });

  it('without a meal turns the day at 13h00 Paris time', () => {
    const parts = groupAgenda([
      entry('noon', 'plenary', '12:59', '13:30'),
      entry('one', 'presentation', '13:00', '13:30'),
      entry('welcome', 'welcome', '09:30', '10:00'),
    ]);
    expect(parts.map((p) => [p.key, ids(p.entries)])).toEqual([
      ['morning', ['welcome', 'noon']],
      ['afternoon', ['one']],
    ]);
  });

  it('turns at 13h00 Paris time in summer too (11:00 UTC)', () => {
    const summer = (id: string, starts: string): AgendaEntry => ({
      ...entry(id, 'plenary', '09:00', '09:30'),
      startsAt: parisTime('2023-06-15', starts).toISOString(),
      endsAt: parisTime('2023-06-15', '23:00').toISOString(),
    });
    const parts = groupAgenda([summer('before', '12:30'), summer('after', '13:15')]);
    expect(parts.map((p) => [p.key, ids(p.entries)])).toEqual([
      ['morning', ['before']],
      ['afternoon', ['after']],
    ]);
  });

  it('sorts unsorted input by start, then by end', () => {
    const parts = groupAgenda([
      entry('closing', 'closing', '16:15', '16:30'),
      entry('long', 'plenary', '10:00', '11:00'),
      entry('lunch', 'meal', '12:30', '13:30'),
      entry('short', 'presentation', '10:00', '10:15'),
      entry('welcome', 'welcome', '09:30', '10:00'),
      entry('slot', 'workshop_slot', '14:00', '15:00'),
    ]);
    expect(parts.map((p) => ids(p.entries))).toEqual([['welcome', 'short', 'long'], ['lunch'], ['slot', 'closing']]);
  });

  it('does not change the array it is given', () => {
    const input = [entry('b', 'plenary', '11:00', '12:00'), entry('a', 'welcome', '09:30', '10:00')];
    groupAgenda(input);
    expect(ids(input)).toEqual(['b', 'a']);
  });

  it('drops empty parts', () => {
    expect(groupAgenda([])).toEqual([]);
    const morningOnly = groupAgenda([entry('welcome', 'welcome', '09:30', '10:00'), entry('closing', 'closing', '11:30', '12:00')]);
    expect(morningOnly.map((p) => p.key)).toEqual(['morning']);
    const fromLunch = groupAgenda([entry('lunch', 'meal', '12:00', '13:00'), entry('slot', 'workshop_slot', '14:00', '15:00')]);
    expect(fromLunch.map((p) => p.key)).toEqual(['lunch', 'afternoon']);
  });
});

describe('workshopSlots', () => {
  it('numbers the slots in time order with their workshops', () => {
    const slots = workshopSlots([
      entry('second', 'workshop_slot', '15:15', '16:15', [workshop('D'), workshop('E')]),
      entry('lunch', 'meal', '12:30', '13:30'),
      entry('first', 'workshop_slot', '14:00', '15:00', [workshop('A'), workshop('B'), workshop('C')]),
      entry('closing', 'closing', '16:15', '16:30'),
    ]);
    expect(slots.map((s) => [s.id, s.number, s.workshops.map((w) => w.code)])).toEqual([
      ['first', 1, ['A', 'B', 'C']],
      ['second', 2, ['D', 'E']],
    ]);
  });

  it('gives an empty workshop list to a slot without ateliers', () => {
    const slots = workshopSlots([entry('slot', 'workshop_slot', '14:00', '15:00')]);
    expect(slots).toHaveLength(1);
    expect(slots[0].workshops).toEqual([]);
    expect(slots[0].number).toBe(1);
  });

  it('is empty for a programme without workshop slots', () => {
    expect(workshopSlots([entry('welcome', 'welcome', '09:30', '10:00'), entry('lunch', 'meal', '12:30', '13:30')])).toEqual([]);
  });
});
