import { ActionButton } from '@/components/espace/action-button';
import { AgendaItemForm } from '@/components/espace/agenda-item-form';
import { dangerButton, secondaryButton } from '@/components/espace/form-status';
import { SpeakerLinkForm } from '@/components/espace/speaker-link-form';
import { UnlinkButton } from '@/components/espace/unlink-button';
import { WorkshopForm } from '@/components/espace/workshop-form';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { AGENDA_KIND_LABELS } from '@/lib/events/agenda';
import { clockOf } from '@/lib/events/manage/fields';
import type { ManagedEvent, ManagedSpeaker as Speaker } from '@/lib/events/manage/get-managed-event';
import { NOT_PRESENTING_KINDS } from '@/lib/practices/presentation-schema';
import type { ManagedPresentation } from '@/lib/practices/presentations';
import { formatTimeRange } from '@/lib/time';
import {
  addWorkshopAction,
  linkSpeakerAction,
  moveAgendaItemAction,
  removeAgendaItemAction,
  removeWorkshopAction,
  unlinkSpeakerAction,
  updateAgendaItemAction,
  updateWorkshopAction,
} from './actions';
import { PresentedPractices } from './presented-practices';

type Item = ManagedEvent['agenda'][number];

const summaryClass = 'cursor-pointer font-semibold text-marine-700 underline underline-offset-2';

/** One time of the programme in the editor, with its speakers, its ateliers and its controls. */
export function AgendaEntry({
  eventId,
  item,
  first,
  last,
  speakers,
  presentations,
  editable,
}: {
  eventId: string;
  item: Item;
  first: boolean;
  last: boolean;
  speakers: Speaker[];
  presentations: ManagedPresentation[];
  editable: boolean;
}) {
  const time = formatTimeRange(item.startsAt, item.endsAt);
  const named = item.speakerIds.map((id) => speakers.find((s) => s.id === id)).filter((s): s is Speaker => Boolean(s));
  const context = <span className="sr-only"> « {item.title} »</span>;
  return (
    <li className="space-y-3 rounded-lg border border-slate-300 p-4">
      <h3 id={`temps-${item.id}`} className="text-lg font-bold text-marine-900">
        <span className="tabular-nums">{time}</span>
        <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-sm font-normal text-slate-800">{AGENDA_KIND_LABELS[item.kind]}</span>
        <span className="sr-only"> :</span> <span>{item.title}</span>
      </h3>
      {item.description ? <p className="whitespace-pre-line text-slate-800">{item.description}</p> : null}

      {named.length ? (
        <div>
          <p className="font-semibold text-slate-900">Intervenant·es</p>
          <ul className="mt-1 space-y-1">
            {named.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {s.name}
                  {s.role || s.organisation ? <span className="text-slate-700"> · {[s.role, s.organisation].filter(Boolean).join(', ')}</span> : null}
                </span>
                {editable ? <UnlinkButton action={unlinkSpeakerAction.bind(null, eventId, item.id, s.id)} what={`${s.name} de « ${item.title} »`} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {item.kind === 'workshop_slot' ? (
        <Workshops eventId={eventId} item={item} presentations={presentations} editable={editable} />
      ) : NOT_PRESENTING_KINDS.includes(item.kind) ? null : (
        <PresentedPractices eventId={eventId} agendaItemId={item.id} workshopId={null} targetLabel={`« ${item.title} »`} presentations={presentations} editable={editable} />
      )}

      {editable ? (
        <>
          <div className="flex flex-wrap items-start gap-3">
            {!first ? (
              <ActionButton action={moveAgendaItemAction.bind(null, eventId, item.id, 'up')} className={secondaryButton}>
                <span aria-hidden="true">↑ </span>Monter{context}
              </ActionButton>
            ) : null}
            {!last ? (
              <ActionButton action={moveAgendaItemAction.bind(null, eventId, item.id, 'down')} className={secondaryButton}>
                <span aria-hidden="true">↓ </span>Descendre{context}
              </ActionButton>
            ) : null}
            {chosenIn(item) > 0 ? (
              <p className="text-sm text-slate-700">Des inscrits ont choisi un atelier de ce créneau : il ne peut pas être supprimé.</p>
            ) : (
              <ConfirmButton
                action={removeAgendaItemAction.bind(null, eventId, item.id)}
                className={dangerButton}
                confirm={{
                  title: `Supprimer « ${item.title} » du programme ?`,
                  body: item.kind === 'workshop_slot' ? 'Le créneau et ses ateliers disparaissent du programme publié.' : 'Ce temps disparaît du programme publié.',
                  confirmLabel: 'Supprimer ce temps',
                }}
              >
                Supprimer{context}
              </ConfirmButton>
            )}
          </div>
          <details className="rounded border border-slate-200 p-3">
            <summary className={summaryClass}>Modifier{context}</summary>
            <div className="mt-4 space-y-6">
              <AgendaItemForm
                idPrefix={`temps-${item.id}`}
                values={{ kind: item.kind, title: item.title, description: item.description, startTime: clockOf(item.startsAt), endTime: clockOf(item.endsAt) }}
                action={updateAgendaItemAction.bind(null, eventId, item.id)}
                submitLabel="Enregistrer ce temps"
              />
              {speakers.length > named.length ? (
                <SpeakerLinkForm
                  idPrefix={`temps-${item.id}`}
                  itemTitle={item.title}
                  speakers={speakers.filter((s) => !item.speakerIds.includes(s.id)).map(({ id, name }) => ({ id, name }))}
                  action={linkSpeakerAction.bind(null, eventId, item.id)}
                />
              ) : null}
            </div>
          </details>
        </>
      ) : null}
    </li>
  );
}

function Workshops({ eventId, item, presentations, editable }: { eventId: string; item: Item; presentations: ManagedPresentation[]; editable: boolean }) {
  const time = formatTimeRange(item.startsAt, item.endsAt);
  return (
    <div className="space-y-3 rounded bg-slate-50 p-3">
      <h4 className="font-bold text-marine-900">Ateliers de ce créneau</h4>
      {item.workshops.length === 0 ? (
        <p className="text-slate-800">Aucun atelier pour l’instant : ajoutez-en au moins un avant de publier.</p>
      ) : (
        <ul className="space-y-3">
          {item.workshops.map((w) => {
            const context = <span className="sr-only"> l’atelier {w.code} « {w.title} »</span>;
            return (
              <li key={w.id} className="space-y-2 rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold text-slate-900">
                  <span className="text-marine-700">{w.code}.</span> <span>{w.title}</span>
                </p>
                <p className="text-sm text-slate-800">
                  {w.room ? `Salle : ${w.room} · ` : ''}
                  {w.taken} / {w.capacity} places prises{w.waitlisted ? ` · ${w.waitlisted} en liste d’attente` : ''}
                </p>
                {w.description ? <p className="text-sm text-slate-700">{w.description}</p> : null}
                <PresentedPractices
                  eventId={eventId}
                  agendaItemId={item.id}
                  workshopId={w.id}
                  targetLabel={`l’atelier ${w.code} « ${w.title} »`}
                  presentations={presentations}
                  editable={editable}
                />
                {editable ? (
                  <div className="flex flex-wrap items-start gap-3">
                    <details className="grow rounded border border-slate-200 p-3">
                      <summary className={summaryClass}>Modifier{context}</summary>
                      <div className="mt-4">
                        <WorkshopForm
                          idPrefix={`atelier-${w.id}`}
                          values={{ code: w.code, title: w.title, description: w.description, room: w.room, capacity: w.capacity }}
                          action={updateWorkshopAction.bind(null, eventId, w.id)}
                          submitLabel="Enregistrer l’atelier"
                        />
                      </div>
                    </details>
                    {w.taken + w.waitlisted > 0 ? null : (
                      <ConfirmButton
                        action={removeWorkshopAction.bind(null, eventId, w.id)}
                        className={dangerButton}
                        confirm={{ title: `Supprimer l’atelier ${w.code} « ${w.title} » ?`, body: 'L’atelier disparaît du programme publié et du formulaire d’inscription.', confirmLabel: 'Supprimer l’atelier' }}
                      >
                        Supprimer{context}
                      </ConfirmButton>
                    )}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {editable ? (
        <details className="rounded border border-slate-200 bg-white p-3">
          <summary className={summaryClass}>
            Ajouter un atelier<span className="sr-only"> au créneau {time}</span>
          </summary>
          <div className="mt-4">
            <WorkshopForm idPrefix={`nouvel-atelier-${item.id}`} action={addWorkshopAction.bind(null, eventId, item.id)} submitLabel="Ajouter l’atelier" />
          </div>
        </details>
      ) : null}
    </div>
  );
}

/** How many registrants chose an atelier of this time (only a workshop slot has any). */
function chosenIn(item: Item): number {
  return item.workshops.reduce((sum, w) => sum + w.taken + w.waitlisted, 0);
}
