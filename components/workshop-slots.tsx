import { workshopSlots } from '@/lib/events/agenda';
import type { AgendaEntry } from '@/lib/events/model';
import { formatTimeRange } from '@/lib/time';
import { PresentedPracticeList } from './presented-practices';

export function seatsLabel(remaining: number): string {
  if (remaining <= 0) return 'Complet';
  return remaining === 1 ? '1 place restante' : `${remaining} places restantes`;
}

/** Each workshop slot with its ateliers and the seats left in each. */
export function WorkshopSlots({ agenda, showSeats, timeZone }: { agenda: AgendaEntry[]; showSeats: boolean; timeZone: string }) {
  const slots = workshopSlots(agenda);
  if (slots.length === 0) return null;
  return (
    <div className="space-y-6">
      {slots.map((slot) => {
        const time = formatTimeRange(new Date(slot.startsAt), new Date(slot.endsAt), timeZone);
        return (
          <section key={slot.id} aria-labelledby={`creneau-${slot.id}`}>
            <h3 id={`creneau-${slot.id}`} className="text-lg font-bold text-marine-800">
              Créneau {slot.number} · {time}
            </h3>
            <ul className="mt-3 grid gap-3 md:grid-cols-3">
              {slot.workshops.map((w) => (
                <li key={w.id} className="flex flex-col rounded-lg border border-slate-200 p-4">
                  <p className="text-2xl font-bold text-marine-700" aria-hidden="true">
                    {w.code}
                  </p>
                  <h4 className="font-semibold text-slate-900">
                    <span className="sr-only">Atelier {w.code} : </span>
                    {w.title}
                  </h4>
                  {w.description ? <p className="mt-1 text-sm text-slate-700">{w.description}</p> : null}
                  {w.room ? <p className="mt-1 text-sm text-slate-700">Salle : {w.room}</p> : null}
                  <PresentedPracticeList practices={w.practices} headingLevel="h5" />
                  {showSeats ? (
                    <p className={`mt-auto pt-2 text-sm font-semibold ${w.remaining > 0 ? 'text-marine-800' : 'text-corail-700'}`}>
                      {seatsLabel(w.remaining)}
                      <span className="font-normal text-slate-700"> sur {w.capacity}</span>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
