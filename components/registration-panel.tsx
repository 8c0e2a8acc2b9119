import Link from 'next/link';
import type { EventDetail } from '@/lib/events/model';
import { closedMessage, type RegistrationState } from '@/lib/events/registration-window';
import { formatDateTime } from '@/lib/time';

export function RegistrationPanel({ event, state }: { event: EventDetail; state: RegistrationState }) {
  return (
    <section aria-labelledby="inscription" className="rounded-lg border border-marine-200 bg-marine-50 p-5">
      <h2 id="inscription" className="text-xl font-bold text-marine-900">
        Inscription
      </h2>
      {state.open ? (
        <>
          <p className="mt-2 text-slate-800">
            {state.full
              ? 'La rencontre est complète : vous pouvez vous inscrire sur liste d’attente, nous vous écrirons si une place se libère.'
              : `${event.remaining} ${event.remaining > 1 ? 'places restantes' : 'place restante'} sur ${event.capacity}.`}{' '}
            L&apos;inscription est obligatoire, ouverte jusqu&apos;au {formatDateTime(new Date(event.registrationClosesAt!), event.timeZone)}.
          </p>
          <p className="mt-4">
            <Link
              href={`/rencontres/${event.slug}/inscription`}
              className="inline-block rounded bg-corail-700 px-5 py-3 font-semibold text-white no-underline hover:bg-corail-600"
            >
              {state.full ? 'S’inscrire sur liste d’attente' : 'S’inscrire'}
            </Link>
          </p>
        </>
      ) : (
        <p className="mt-2 text-slate-800">{closedMessage(event, state.reason)}</p>
      )}
    </section>
  );
}
