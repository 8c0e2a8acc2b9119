import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DataTable } from '@/components/data-table';
import { EventPageHeader } from '@/components/espace/event-page-header';
import { FilterActions, FilterForm, FilterSearch, FilterSelect, selectClass } from '@/components/filter-form';
import { RegistrationCountsList, WorkshopFillTable } from '@/components/registration-overview';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { filtersQuery, parseRegistrationFilters, STATUS_LABELS, STATUS_PARAMS, type RegistrationStatus } from '@/lib/registrations/list-filters';
import { listEventRegistrations, type RegistrationList } from '@/lib/registrations/list';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { formatLongDate, formatTime, formatTimeRange, parisParts, toParisIso } from '@/lib/time';

export const metadata: Metadata = { title: 'Inscriptions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Its own boundary, so that moving between the pages of /espace never waits for the database.
export default function RegistrationsPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement des inscriptions…</p>}>
      <Registrations {...props} />
    </Suspense>
  );
}

async function Registrations({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const filters = parseRegistrationFilters(query);
  const list = await orNotFoundAsync(() => listEventRegistrations(id, filters, { user }));
  const { event, counts, slots, rows } = list;
  const base = `/espace/rencontres/${event.id}`;
  const exportHref = `${base}/inscriptions/export.csv${filtersQuery(filters)}`;
  const filtered = !!(filters.search || filters.status || filters.workshopId);
  const total = counts.confirmed + counts.waitlisted + counts.cancelled;

  return (
    <div className="space-y-8">
      <EventPageHeader trail={[{ label: event.title, href: base }, { label: 'Inscriptions' }]} title="Inscriptions">
        <p className="mt-1 text-slate-800">
          {event.title} · {formatLongDate(event.startsAt, event.timeZone)} · {event.regionName}
        </p>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`${base}/accueil`}>Accueil des participants le jour J</Link>
          <a href={exportHref} download>
            Exporter en CSV{filtered ? ' (avec ces filtres)' : ''}
          </a>
        </p>
      </EventPageHeader>

      <section aria-labelledby="chiffres" className="space-y-4">
        <h2 id="chiffres" className="text-xl font-bold text-marine-900">
          En chiffres
        </h2>
        <RegistrationCountsList counts={counts} capacity={event.capacity} lunchProvided={event.lunchProvided} />
        <WorkshopFillTable slots={slots} />
      </section>

      <section aria-labelledby="liste" className="space-y-4">
        <h2 id="liste" className="text-xl font-bold text-marine-900">
          Liste des inscriptions
        </h2>
        <Filters list={list} action={`${base}/inscriptions`} />
        <p role="status" className="font-semibold text-slate-800">
          {rows.length === 0
            ? 'Aucune inscription ne correspond.'
            : `${rows.length} inscription${rows.length > 1 ? 's' : ''}${filtered ? ` sur ${total}` : ''}.`}
        </p>
        {rows.length > 0 ? <RegistrationsTable list={list} /> : null}
      </section>
    </div>
  );
}

function Filters({ list, action }: { list: RegistrationList; action: string }) {
  const { filters, slots } = list;
  return (
    <FilterForm action={action} label="Rechercher et filtrer les inscriptions">
      <div className="grid gap-4 md:grid-cols-3">
        <FilterSearch id="recherche" name="q" label="Rechercher" hint="Nom, adresse e-mail ou organisation" value={filters.search ?? ''} />
        <FilterSelect
          id="filtre-statut"
          name="statut"
          label="Statut"
          value={filters.status ? STATUS_PARAMS[filters.status] : ''}
          allLabel="Tous les statuts"
          options={(Object.keys(STATUS_PARAMS) as RegistrationStatus[]).map((status) => ({ value: STATUS_PARAMS[status], label: STATUS_LABELS[status] }))}
        />
        <div>
          <label htmlFor="filtre-atelier" className="font-semibold text-slate-900">
            Atelier
          </label>
          <select id="filtre-atelier" name="atelier" defaultValue={filters.workshopId ?? ''} className={selectClass}>
            <option value="">Tous les ateliers</option>
            {slots.map((slot) => (
              <optgroup key={slot.id} label={`Créneau ${formatTimeRange(slot.startsAt, slot.endsAt)}`}>
                {slot.workshops.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.code}. {w.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      <FilterActions clearHref={action} />
    </FilterForm>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "08/12/2022 à 9h30" */
function shortDateTime(instant: Date) {
  const p = parisParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} à ${formatTime(instant)}`;
}

function RegistrationsTable({ list }: { list: RegistrationList }) {
  const { rows, slots, event } = list;
  const columns = [
    'Nom',
    'E-mail',
    'Organisation',
    'Statut',
    ...slots.map((slot) => `Atelier ${formatTimeRange(slot.startsAt, slot.endsAt, event.timeZone)}`),
    ...(event.lunchProvided ? ['Déjeuner'] : []),
    'Inscrit le',
    'Présent',
  ];
  return (
    <DataTable id="tableau-inscriptions" caption={`Inscriptions à la rencontre (${rows.length})`} columns={columns}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-200 align-top">
          <th scope="row" className="px-3 py-2 font-semibold text-slate-900">
            {r.lastName} {r.firstName}
            {r.jobTitle ? <span className="block font-normal text-slate-700">{r.jobTitle}</span> : null}
            {r.accessibilityNeeds ? (
              <span className="block font-normal text-corail-700">Accessibilité : {r.accessibilityNeeds}</span>
            ) : null}
          </th>
          <td className="break-all px-3 py-2">{r.email}</td>
          <td className="px-3 py-2">
            {r.organisation}
            <span className="block text-slate-700">{organisationTypeLabel(r.organisationType)}</span>
          </td>
          <td className="px-3 py-2">{STATUS_LABELS[r.status]}</td>
          {slots.map((slot) => {
            const choice = r.choices[slot.id];
            return (
              <td key={slot.id} className="px-3 py-2">
                {choice ? `${choice.code}. ${choice.title}` : <span className="text-slate-700">aucun</span>}
              </td>
            );
          })}
          {event.lunchProvided ? <td className="px-3 py-2">{r.lunch ? 'oui' : 'non'}</td> : null}
          <td className="whitespace-nowrap px-3 py-2">
            <time dateTime={toParisIso(r.createdAt)}>{shortDateTime(r.createdAt)}</time>
          </td>
          <td className="whitespace-nowrap px-3 py-2">{r.checkedInAt ? `oui, ${formatTime(r.checkedInAt)}` : 'non'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
