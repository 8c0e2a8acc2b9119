import { DataTable } from './data-table';
import { KeyFigureList } from './key-figure-list';
import { formatTimeRange } from '@/lib/time';

type Counts = { confirmed: number; waitlisted: number; cancelled: number; checkedIn: number; lunch: number };

/** The event's registrations at a glance. */
export function RegistrationCountsList({ counts, capacity, lunchProvided }: { counts: Counts; capacity: number; lunchProvided: boolean }) {
  const items: [string, string][] = [
    ['Confirmées', `${counts.confirmed} sur ${capacity} places`],
    ["Sur liste d'attente", String(counts.waitlisted)],
    ['Annulées', String(counts.cancelled)],
    ['Présentes (accueil)', `${counts.checkedIn} sur ${counts.confirmed}`],
  ];
  if (lunchProvided) items.push(['Déjeuners', String(counts.lunch)]);
  return <KeyFigureList items={items} className="lg:grid-cols-5" />;
}

type Slot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  workshops: { id: string; code: string; title: string; capacity: number; taken: number; waitlisted: number }[];
};

function percent(taken: number, capacity: number) {
  return capacity > 0 ? Math.min(100, Math.round((taken / capacity) * 100)) : 100;
}

const FILL_COLUMNS = ['Créneau', 'Atelier', 'Confirmés', 'Capacité', 'Places restantes', 'En attente', 'Remplissage'];

/** Fill of each workshop: the numbers in a table, the bar only repeats them for the eye. */
export function WorkshopFillTable({ slots }: { slots: Slot[] }) {
  if (slots.length === 0) return <p className="text-slate-800">Cette rencontre n’a pas d’ateliers.</p>;
  return (
    <DataTable id="remplissage-ateliers" caption="Remplissage des ateliers (inscriptions confirmées)" columns={FILL_COLUMNS}>
      {slots.flatMap((slot) =>
        slot.workshops.map((w) => {
          const fill = percent(w.taken, w.capacity);
          const full = w.taken >= w.capacity;
          return (
            <tr key={w.id} className="border-t border-slate-200">
              <td className="whitespace-nowrap px-3 py-2">{formatTimeRange(slot.startsAt, slot.endsAt)}</td>
              <th scope="row" className="px-3 py-2 font-semibold text-slate-900">
                {w.code}. {w.title}
              </th>
              <td className="px-3 py-2">{w.taken}</td>
              <td className="px-3 py-2">{w.capacity}</td>
              <td className="px-3 py-2">{full ? 'Complet' : w.capacity - w.taken}</td>
              <td className="px-3 py-2">{w.waitlisted}</td>
              <td className="px-3 py-2">
                <div className="flex items-center gap-2">
                  <span aria-hidden="true" className="block h-2 w-24 overflow-hidden rounded bg-slate-200">
                    <span className={`block h-full ${full ? 'bg-corail-700' : 'bg-marine-700'}`} style={{ width: `${fill}%` }} />
                  </span>
                  <span>{fill} %</span>
                </div>
              </td>
            </tr>
          );
        }),
      )}
    </DataTable>
  );
}
