import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Pagination } from '@/components/admin/pagination';
import { DataTable } from '@/components/data-table';
import { FilterActions, FilterForm, FilterSelect } from '@/components/filter-form';
import { FieldError, inputClass } from '@/components/form-field';
import { actionLabel, entityLabel, fieldLabel, formatAuditValue, kindLabel } from '@/lib/admin/audit-labels';
import { listAuditFilterOptions, listAuditLog, type AuditLogEntry } from '@/lib/admin/audit-log';
import { auditLogQuery, hasAuditFilters, parseAuditLogFilters, type AuditLogFilterErrors, type AuditLogFilters } from '@/lib/admin/audit-log-filters';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { formatDate, formatDateTime, toParisIso } from '@/lib/time';

export const metadata: Metadata = { title: 'Journal des modifications' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BASE = '/admin/journal';

// Its own boundary. The layout gates the console; what this page reads is checked by its use case.
export default function AuditLogPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement du journal…</p>}>
      <AuditLog {...props} />
    </Suspense>
  );
}

async function AuditLog({ searchParams }: Props) {
  const user = await requireUser();
  const { filters, errors } = parseAuditLogFilters(await searchParams);
  const [log, options] = await orNotFoundAsync(() => Promise.all([listAuditLog(user, filters), listAuditFilterOptions(user)]));
  const filtered = hasAuditFilters(filters);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-marine-900">Journal des modifications</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Qui a changé quoi, et quand (heure de Paris), avec les valeurs avant et après. Les mots de passe et les liens personnels n’y
          figurent jamais.
        </p>
      </div>
      <Filters filters={filters} errors={errors} options={options} />
      <p role="status" className="font-semibold text-slate-800">
        {log.total === 0
          ? filtered
            ? 'Aucune modification ne correspond à ces filtres.'
            : 'Aucune modification pour l’instant.'
          : `${log.total} modification${log.total > 1 ? 's' : ''}${filtered ? ' correspondant aux filtres' : ''}${log.pageCount > 1 ? `, page ${log.page} sur ${log.pageCount}` : ''}.`}
      </p>
      {log.entries.length > 0 ? (
        <>
          <DataTable
            id="legende-journal"
            caption={`Modifications, de la plus récente à la plus ancienne${log.pageCount > 1 ? ` (page ${log.page} sur ${log.pageCount})` : ''}`}
            columns={['Date', 'Personne', 'Modification', 'Concerne', 'Champs modifiés (avant → après)']}
          >
            {log.entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} regionNames={log.regionNames} />
            ))}
          </DataTable>
          <Pagination label="Pages du journal" page={log.page} pageCount={log.pageCount} hrefFor={(page) => `${BASE}${auditLogQuery(filters, page)}`} />
        </>
      ) : null}
    </div>
  );
}

function Filters({
  filters,
  errors,
  options,
}: {
  filters: AuditLogFilters;
  errors: AuditLogFilterErrors;
  options: Awaited<ReturnType<typeof listAuditFilterOptions>>;
}) {
  return (
    <FilterForm action={BASE} label="Filtrer le journal">
      <div className="grid gap-4 md:grid-cols-3">
        <FilterSelect id="filtre-personne" name="personne" label="Personne" hint="Qui a fait la modification" value={filters.actorId ?? ''} allLabel="Tout le monde" options={options.people.map((p) => ({ value: p.id, label: p.name ? `${p.name} (${p.email})` : p.email }))} />
        <FilterSelect
          id="filtre-rencontre"
          name="rencontre"
          label="Rencontre"
          hint="Les modifications d’une rencontre et de son programme"
          value={filters.eventId ?? ''}
          allLabel="Toutes les rencontres"
          options={options.events.map((e) => ({ value: e.id, label: `${e.title} — ${formatDate(e.startsAt)} (${e.regionName})` }))}
        />
        <FilterSelect id="filtre-type" name="type" label="Type de modification" hint="Sur quoi elle porte, et laquelle" value={filters.kind ?? ''} allLabel="Toutes les modifications">
          {options.kinds.map((k) => (
            <optgroup key={k.entity} label={entityLabel(k.entity)}>
              <option value={k.entity}>{entityLabel(k.entity)} : toutes</option>
              {k.actions.map((action) => (
                <option key={action} value={`${k.entity}.${action}`}>
                  {kindLabel(k.entity, action)}
                </option>
              ))}
            </optgroup>
          ))}
          {/* A kind from a shared link that has not happened here yet stays selected. */}
          {filters.kind && !options.kinds.some((k) => k.entity === filters.kind || k.actions.some((a) => `${k.entity}.${a}` === filters.kind)) ? (
            <option value={filters.kind}>{kindLabel(...(filters.kind.split('.') as [string, string?]))}</option>
          ) : null}
        </FilterSelect>
        <fieldset className="grid gap-4 sm:grid-cols-2 md:col-span-2">
          <legend className="font-semibold text-slate-900">Période (jours de Paris, inclus)</legend>
          <DateFilter id="filtre-du" name="du" label="Du" value={filters.from} error={errors.from} />
          <DateFilter id="filtre-au" name="au" label="Au" value={filters.to} error={errors.to} />
        </fieldset>
      </div>
      <FilterActions clearHref={BASE} />
    </FilterForm>
  );
}

function DateFilter({ id, name, label, value, error }: { id: string; name: string; label: string; value?: string; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="text-slate-900">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-erreur` : undefined}
        className={inputClass}
      />
      <FieldError id={`${id}-erreur`} message={error} />
    </div>
  );
}

function EntryRow({ entry, regionNames }: { entry: AuditLogEntry; regionNames: Map<number, string> }) {
  return (
    <tr>
      <td className="whitespace-nowrap">
        <time dateTime={toParisIso(entry.at)}>{formatDateTime(entry.at)}</time>
      </td>
      <td>
        {entry.actor ? (
          <>
            <span className="block">{entry.actor.name || entry.actor.email}</span>
            {entry.actor.name ? <span className="block break-all text-slate-700">{entry.actor.email}</span> : null}
          </>
        ) : (
          <span className="text-slate-700">La plateforme, ou un compte supprimé</span>
        )}
      </td>
      <th scope="row" className="font-semibold text-slate-900">
        {entityLabel(entry.entity)} : {actionLabel(entry.action)}
      </th>
      <td>
        {entry.accountEmail ? <span className="block break-all">Compte {entry.accountEmail}</span> : null}
        {entry.event ? (
          <Link href={`/espace/rencontres/${entry.event.id}`} className="block">
            {entry.event.title}
            <span className="sr-only"> ({formatDate(entry.event.startsAt)})</span>
          </Link>
        ) : null}
        {!entry.accountEmail && !entry.event ? <span className="text-slate-700">{entityLabel(entry.entity)}</span> : null}
      </td>
      <td>
        {entry.changes.length === 0 ? (
          <span className="text-slate-700">Aucun champ</span>
        ) : (
          <ul className="space-y-1">
            {entry.changes.map(([field, change]) => (
              <li key={field}>
                <Change field={field} change={change} regionNames={regionNames} />
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Change({ field, change, regionNames }: { field: string; change: { before: unknown; after: unknown }; regionNames: Map<number, string> }) {
  return (
    <>
      <span className="font-semibold">{fieldLabel(field)}</span> : <span className="text-slate-800">{formatAuditValue(field, change.before, regionNames)}</span>{' '}
      <span aria-hidden="true">→</span>
      <span className="sr-only"> devient</span> <span className="text-slate-900">{formatAuditValue(field, change.after, regionNames)}</span>
    </>
  );
}
