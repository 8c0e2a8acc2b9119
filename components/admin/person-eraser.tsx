'use client';

import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { PersonRecord, PersonRegistration } from '@/lib/privacy/erase-person';
import { STATUS_LABELS } from '@/lib/registrations/list-filters';
import { formatDate } from '@/lib/time';
import { DataTable } from '../data-table';
import { dangerButton, primaryButton } from '../espace/form-status';
import { FieldError, inputClass } from '../form-field';

type FindAnswer = ActionResult<PersonRecord>;
type EraseAnswer = ActionResult<{ email: string; message: string }>;

type Props = {
  findAction: (previous: FindAnswer | null, form: FormData) => Promise<FindAnswer>;
  eraseAction: (previous: EraseAnswer | null, form: FormData) => Promise<EraseAnswer>;
};

/** Find a person by e-mail, see their registrations, erase them with an explicit confirmation. */
export function PersonEraser({ findAction, eraseAction }: Props) {
  const [found, find, finding] = useActionState(findAction, null);
  const [erased, erase, erasing] = useActionState(eraseAction, null);
  // Controlled, so that what was typed stays after each search (React resets uncontrolled fields).
  const [email, setEmail] = useState('');
  const person = found?.ok ? found.data : null;
  const done = !!(person && erased?.ok && erased.data.email === person.email);
  const searchError = found && !found.ok ? (found.error.fields?.email ?? (found.error.code === 'not_found' ? undefined : found.error.message)) : undefined;
  const eraseError = erased && !erased.ok ? (erased.error.fields?.confirm ?? erased.error.fields?.email ?? erased.error.message) : undefined;

  return (
    <div className="space-y-8">
      <form action={find} aria-label="Rechercher une personne" className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <div>
          <label htmlFor="personne-email" className="font-semibold text-slate-900">
            Adresse e-mail de la personne
          </label>
          <p id="personne-email-aide" className="text-sm text-slate-700">
            Majuscules et minuscules sont indifférentes.
          </p>
          <input
            id="personne-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={searchError ? true : undefined}
            aria-describedby={searchError ? 'personne-email-aide personne-email-erreur' : 'personne-email-aide'}
            className={inputClass}
          />
          <FieldError id="personne-email-erreur" message={searchError} />
        </div>
        <button type="submit" disabled={finding} className={primaryButton}>
          {finding ? 'Recherche…' : 'Rechercher'}
        </button>
      </form>

      <div role="status" aria-live="polite">
        {found && !found.ok && found.error.code === 'not_found' ? (
          <p className="rounded border border-slate-300 bg-slate-50 p-3 text-slate-900">{found.error.message}</p>
        ) : null}
        {done ? <p className="rounded border border-marine-200 bg-marine-50 p-3 text-marine-900">{erased!.ok ? erased!.data.message : null}</p> : null}
      </div>

      {person && !done ? (
        <section aria-labelledby="inscriptions-personne" className="space-y-6">
          <h2 id="inscriptions-personne" className="text-xl font-bold text-marine-900">
            {person.registrations.length} inscription{person.registrations.length > 1 ? 's' : ''} de {person.email} ({person.events} rencontre
            {person.events > 1 ? 's' : ''})
          </h2>
          <RegistrationsTable rows={person.registrations} />
          <EraseForm person={person} action={erase} pending={erasing} error={eraseError} />
        </section>
      ) : null}
    </div>
  );
}

function RegistrationsTable({ rows }: { rows: PersonRegistration[] }) {
  return (
    <DataTable
      id="tableau-personne"
      caption="Inscriptions de cette personne, de la plus ancienne rencontre à la plus récente"
      columns={['Rencontre', 'Région', 'Date', 'Inscription', 'Données personnelles']}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row" className="font-semibold text-slate-900">
            {r.eventTitle}
          </th>
          <td>{r.regionName}</td>
          <td className="whitespace-nowrap">
            <time dateTime={new Date(r.startsAt).toISOString()}>{formatDate(new Date(r.startsAt))}</time>
          </td>
          <td>
            {STATUS_LABELS[r.status]}
            {r.checkedInAt ? ', présente' : ''}
            {r.upcoming ? <span className="block font-semibold text-corail-700">À venir : sera annulée</span> : null}
          </td>
          <td>{r.anonymisedAt ? `Anonymisées le ${formatDate(new Date(r.anonymisedAt))}` : 'Conservées'}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function EraseForm({ person, action, pending, error }: { person: PersonRecord; action: (form: FormData) => void; pending: boolean; error?: string }) {
  const upcoming = person.registrations.filter((r) => r.upcoming).length;
  return (
    <form action={action} className="max-w-3xl space-y-3 rounded-lg border-2 border-corail-700 p-4" aria-labelledby="effacer-titre">
      <h3 id="effacer-titre" className="text-lg font-bold text-corail-700">
        Effacer cette personne
      </h3>
      <p className="text-slate-800">
        Le nom, l’adresse e-mail, l’organisation, la fonction, les besoins d’accessibilité et le code postal (sauf le département) de
        chaque inscription sont effacés, ainsi que ses liens de gestion et le contenu des e-mails qui lui ont été envoyés. Restent, sans
        rien qui permette de la retrouver, le type d’organisation, le statut, le déjeuner, la présence et les ateliers, pour que les
        chiffres du Tour ne changent pas. C’est définitif.
        {upcoming > 0
          ? ` ${upcoming} inscription${upcoming > 1 ? 's' : ''} à une rencontre à venir ser${upcoming > 1 ? 'ont' : 'a'} aussi annulée${upcoming > 1 ? 's' : ''} : la place libérée ira à la liste d’attente.`
          : ''}
      </p>
      <input type="hidden" name="email" value={person.email} />
      <div className="flex items-start gap-3">
        <input
          id="confirmer-effacement"
          type="checkbox"
          name="confirm"
          value="oui"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'confirmer-effacement-erreur' : undefined}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor="confirmer-effacement" className="text-slate-900">
          Je confirme l’effacement définitif de {person.email} de toutes les rencontres.
        </label>
      </div>
      <div role="status">
        <FieldError id="confirmer-effacement-erreur" message={error} />
      </div>
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? 'Effacement…' : 'Effacer cette personne de toutes les rencontres'}
      </button>
    </form>
  );
}
