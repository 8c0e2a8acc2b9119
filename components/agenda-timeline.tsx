import { AGENDA_KIND_LABELS, groupAgenda } from '@/lib/events/agenda';
import type { AgendaEntry, SpeakerView } from '@/lib/events/model';
import { formatTime } from '@/lib/time';
import { PresentedPracticeList } from './presented-practices';

function Speakers({ speakers }: { speakers: SpeakerView[] }) {
  if (speakers.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-slate-700">
      Avec {speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ')}
    </p>
  );
}

/** The day's programme as a timeline, morning, lunch and afternoon; ateliers are listed under their slot. */
export function AgendaTimeline({ agenda, timeZone }: { agenda: AgendaEntry[]; timeZone: string }) {
  return (
    <div className="space-y-8">
      {groupAgenda(agenda, timeZone).map((part) => (
        <section key={part.key} aria-labelledby={`programme-${part.key}`}>
          <h3 id={`programme-${part.key}`} className="text-lg font-bold text-marine-800">
            {part.label}
          </h3>
          <ol className="mt-3 border-l-2 border-marine-200">
            {part.entries.map((entry) => (
              <li key={entry.id} className="relative pb-5 pl-6">
                <span aria-hidden="true" className="absolute -left-[7px] top-1.5 h-3 w-3 rounded-full bg-marine-700" />
                <p className="font-semibold text-marine-900">
                  <time dateTime={entry.startsAt}>{formatTime(new Date(entry.startsAt), timeZone)}</time>
                  <span aria-hidden="true">-</span>
                  <span className="sr-only"> à </span>
                  <time dateTime={entry.endsAt}>{formatTime(new Date(entry.endsAt), timeZone)}</time>
                  <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-700">
                    {AGENDA_KIND_LABELS[entry.kind]}
                  </span>
                </p>
                <p className="mt-0.5 text-slate-900">{entry.title}</p>
                {entry.description ? <p className="text-sm text-slate-700">{entry.description}</p> : null}
                <Speakers speakers={entry.speakers} />
                <PresentedPracticeList practices={entry.practices} />
                {entry.workshops?.length ? (
                  <ul className="mt-2 space-y-1" aria-label={`Ateliers de ${formatTime(new Date(entry.startsAt), timeZone)}`}>
                    {entry.workshops.map((w) => (
                      <li key={w.id} className="text-slate-800">
                        <span className="font-bold">{w.code}.</span> {w.title}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
