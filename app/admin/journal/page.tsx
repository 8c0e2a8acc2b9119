import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Pagination } from '@/components/admin/pagination';
import { FilterForm } from '@/components/filter-form';
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
          <div role="region" aria-labelledby="legende-journal" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
            <table className="min-w-full text-left text-sm">
              <caption id="legende-journal" className="px-3 py-2 text-left font-semibold text-slate-900">
                Modifications, de la plus récente à la plus ancienne
                {log.pageCount > 1 ? ` (page ${log.page} sur ${log.pageCount})` : ''}
              </caption>
              <thead className="bg-slate-100 text-slate-900">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Date
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Personne
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Modification
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Concerne
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Champs modifiés (avant → après)
                  </th>
                </tr>
              </thead>
              <tbody>
                {log.entries.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} regionNames={log.regionNames} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination label="Pages du journal" page={log.page} pageCount={log.pageCount} hrefFor={(page) => `${BASE}${auditLogQuery(filters, page)}`} />
        </>
      ) : null}
    </div>
  );
}

const selectClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900';

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
        <div>
          <label htmlFor="filtre-personne" className="font-semibold text-slate-900">
            Personne
          </label>
          <p id="filtre-personne-aide" className="text-sm text-slate-700">
            Qui a fait la modification
          </p>
          <select id="filtre-personne" name="personne" defaultValue={filters.actorId ?? ''} aria-describedby="filtre-personne-aide" className={selectClass}>
            <option value="">Tout le monde</option>
            {options.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name ? `${p.name} (${p.email})` : p.email}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-rencontre" className="font-semibold text-slate-900">
            Rencontre
          </label>
          <p id="filtre-rencontre-aide" className="text-sm text-slate-700">
            Les modifications d’une rencontre et de son programme
          </p>
          <select id="filtre-rencontre" name="rencontre" defaultValue={filters.eventId ?? ''} aria-describedby="filtre-rencontre-aide" className={selectClass}>
            <option value="">Toutes les rencontres</option>
            {options.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} — {formatDate(e.startsAt)} ({e.regionName})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-type" className="font-semibold text-slate-900">
            Type de modification
          </label>
          <p id="filtre-type-aide" className="text-sm text-slate-700">
            Sur quoi elle porte, et laquelle
          </p>
          <select id="filtre-type" name="type" defaultValue={filters.kind ?? ''} aria-describedby="filtre-type-aide" className={selectClass}>
            <option value="">Toutes les modifications</option>
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
          </select>
        </div>
        <fieldset className="grid gap-4 sm:grid-cols-2 md:col-span-2">
          <legend className="font-semibold text-slate-900">Période (jours de Paris, inclus)</legend>
          <div>
            <label htmlFor="filtre-du" className="text-slate-900">
              Du
            </label>
            <input
              id="filtre-du"
              name="du"
              type="date"
              defaultValue={filters.from ?? ''}
              aria-invalid={errors.from ? true : undefined}
              aria-describedby={errors.from ? 'filtre-du-erreur' : undefined}
              className={inputClass}
            />
            <FieldError id="filtre-du-erreur" message={errors.from} />
          </div>
          <div>
            <label htmlFor="filtre-au" className="text-slate-900">
              Au
            </label>
            <input
              id="filtre-au"
              name="au"
              type="date"
              defaultValue={filters.to ?? ''}
              aria-invalid={errors.to ? true : undefined}
              aria-describedby={errors.to ? 'filtre-au-erreur' : undefined}
              className={inputClass}
            />
            <FieldError id="filtre-au-erreur" message={errors.to} />
          </div>
        </fieldset>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-900">
          Filtrer
        </button>
        {/* A full load, so that the form's fields are emptied too (they keep what was chosen otherwise). */}
        <a href={BASE}>Effacer les filtres</a>
      </div>
    </FilterForm>
  );
}

function EntryRow({ entry, regionNames }: { entry: AuditLogEntry; regionNames: Map<number, string> }) {
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="whitespace-nowrap px-3 py-2">
        <time dateTime={toParisIso(entry.at)}>{formatDateTime(entry.at)}</time>
      </td>
      <td className="px-3 py-2">
        {entry.actor ? (
          <>
            <span className="block">{entry.actor.name || entry.actor.email}</span>
            {entry.actor.name ? <span className="block break-all text-slate-700">{entry.actor.email}</span> : null}
          </>
        ) : (
          <span className="text-slate-700">La plateforme, ou un compte supprimé</span>
        )}
      </td>
      <th scope="row" className="px-3 py-2 font-semibold text-slate-900">
        {entityLabel(entry.entity)} : {actionLabel(entry.action)}
      </th>
      <td className="px-3 py-2">
        {entry.accountEmail ? <span className="block break-all">Compte {entry.accountEmail}</span> : null}
        {entry.event ? (
          <Link href={`/espace/rencontres/${entry.event.id}`} className="block">
            {entry.event.title}
            <span className="sr-only"> ({formatDate(entry.event.startsAt)})</span>
          </Link>
        ) : null}
        {!entry.accountEmail && !entry.event ? <span className="text-slate-700">{entityLabel(entry.entity)}</span> : null}
      </td>
      <td className="px-3 py-2">
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
