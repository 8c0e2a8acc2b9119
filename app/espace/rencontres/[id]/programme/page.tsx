import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { AgendaItemForm } from '@/components/espace/agenda-item-form';
import { dangerButton } from '@/components/espace/form-status';
import { SpeakerForm } from '@/components/espace/speaker-form';
import { Section } from '@/components/espace/section';
import { StatusBadge } from '@/components/espace/status-badge';
import { requireUser } from '@/lib/auth/guard';
import { getEventPresentations } from '@/lib/practices/presentations';
import { formatLongDate, formatTime, timeZoneLabel } from '@/lib/time';
import { loadManagedEvent } from '../load';
import { addAgendaItemAction, addSpeakerAction, removeSpeakerAction, updateSpeakerAction } from './actions';
import { AgendaEntry } from './agenda-entry';

export const metadata: Metadata = { title: 'Programme' };

type Props = { params: Promise<{ id: string }> };

// Its own boundary, so that moving between the pages of /espace never waits for the database.
export default function ProgrammePage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement du programme…</p>}>
      <Programme {...props} />
    </Suspense>
  );
}

async function Programme({ params }: Props) {
  const { event, agenda, speakers } = await loadManagedEvent(params);
  const presentations = await getEventPresentations(await requireUser(), event.id);
  const editable = event.status !== 'cancelled';
  return (
    <div className="space-y-10">
      <p>
        <Link href={`/espace/rencontres/${event.id}`}>← {event.title}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-marine-900">Programme</h1>
        <p className="text-slate-800">
          {event.title} · <StatusBadge status={event.status} />
        </p>
        <p className="max-w-3xl text-slate-800">
          La rencontre se tient le {formatLongDate(event.startsAt, event.timeZone)} de {formatTime(event.startsAt, event.timeZone)} à {formatTime(event.endsAt, event.timeZone)} ({timeZoneLabel(event.timeZone) ?? 'heure de Paris'}) : chaque temps du programme doit s’y inscrire. « Monter » et « Descendre » échangent un temps avec son voisin ; chacun
          garde sa durée.
        </p>
      </header>

      <Section id="deroule" title="Déroulé de la journée">
        {agenda.length === 0 ? (
          <p className="text-slate-800">Le programme est vide : ajoutez son premier temps ci-dessous.</p>
        ) : (
          <ol className="space-y-4">
            {agenda.map((item, i) => (
              <AgendaEntry
                key={item.id}
                eventId={event.id}
                item={item}
                first={i === 0}
                last={i === agenda.length - 1}
                speakers={speakers}
                presentations={presentations}
                editable={editable}
              />
            ))}
          </ol>
        )}
      </Section>

      {editable ? (
        <Section id="ajouter-temps" title="Ajouter un temps au programme" className="space-y-4 rounded-lg border border-marine-200 p-4">
          <p className="text-slate-800">Pour proposer des ateliers au choix, ajoutez un temps « Ateliers au choix », puis ses ateliers.</p>
          <AgendaItemForm idPrefix="nouveau-temps" action={addAgendaItemAction.bind(null, event.id)} submitLabel="Ajouter au programme" />
        </Section>
      ) : null}

      <Section id="intervenants" title="Intervenant·es">
        <p className="text-slate-800">Ajoutez les intervenant·es ici, puis associez-les aux temps du programme (« Modifier » sur chaque temps).</p>
        {speakers.length ? (
          <ul className="space-y-3">
            {speakers.map((s) => (
              <li key={s.id} className="space-y-2 rounded border border-slate-200 p-3">
                <p className="font-semibold text-slate-900">
                  {s.name}
                  {s.role || s.organisation ? <span className="font-normal text-slate-700"> · {[s.role, s.organisation].filter(Boolean).join(', ')}</span> : null}
                </p>
                {editable ? (
                  <div className="flex flex-wrap items-start gap-3">
                    <details className="grow rounded border border-slate-200 p-3">
                      <summary className="cursor-pointer font-semibold text-marine-700 underline underline-offset-2">
                        Modifier<span className="sr-only"> {s.name}</span>
                      </summary>
                      <div className="mt-4">
                        <SpeakerForm
                          idPrefix={`intervenant-${s.id}`}
                          values={{ name: s.name, role: s.role, organisation: s.organisation }}
                          action={updateSpeakerAction.bind(null, event.id, s.id)}
                          submitLabel="Enregistrer"
                        />
                      </div>
                    </details>
                    <ConfirmButton
                      action={removeSpeakerAction.bind(null, event.id, s.id)}
                      className={dangerButton}
                      confirm={{ title: `Supprimer ${s.name} des intervenant·es ?`, body: 'Son nom disparaît de chaque temps du programme où il ou elle intervient.', confirmLabel: 'Supprimer l’intervenant·e' }}
                    >
                      Supprimer<span className="sr-only"> {s.name}</span>
                    </ConfirmButton>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">Aucun·e intervenant·e pour l’instant.</p>
        )}
        {editable ? (
          <div className="rounded-lg border border-marine-200 p-4">
            <h3 className="mb-3 text-lg font-bold text-marine-900">Ajouter un·e intervenant·e</h3>
            <SpeakerForm idPrefix="nouvel-intervenant" action={addSpeakerAction.bind(null, event.id)} submitLabel="Ajouter l’intervenant·e" />
          </div>
        ) : null}
      </Section>
    </div>
  );
}
