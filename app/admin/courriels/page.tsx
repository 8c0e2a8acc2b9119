import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Pagination } from '@/components/admin/pagination';
import { EmailStatusCells } from '@/components/admin/email-status-cells';
import { FilterForm } from '@/components/filter-form';
import { inputClass } from '@/components/form-field';
import { EMAIL_STATUS_PARAMS, emailFiltersQuery, parseEmailFilters, type EmailFilters, type EmailStatus } from '@/lib/admin/email-filters';
import { listOutboundEmails, type OutboxEmailRow } from '@/lib/admin/emails';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import type { EmailKind } from '@/lib/email/outbox';
import { EMAIL_KIND_LABELS, EMAIL_STATUS_LABELS } from '@/lib/email/outbox-view';
import { formatDateTime, toParisIso } from '@/lib/time';
import { retryEmailAction } from './actions';

export const metadata: Metadata = { title: 'E-mails' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BASE = '/admin/courriels';

// Its own boundary. The layout gates the console; what this page reads is checked by its use case.
export default function EmailsPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement des e-mails…</p>}>
      <Emails {...props} />
    </Suspense>
  );
}

async function Emails({ searchParams }: Props) {
  const user = await requireUser();
  const filters = parseEmailFilters(await searchParams);
  const list = await orNotFoundAsync(() => listOutboundEmails(user, filters));
  const filtered = !!(filters.status || filters.kind || filters.recipient);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-marine-900">E-mails envoyés</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Chaque e-mail de la plateforme est enregistré avant d’être envoyé. Un envoi qui échoue est retenté plusieurs fois, de plus en
          plus espacées ; après la dernière tentative, il passe « En échec » et peut être renvoyé d’ici. Le contenu des messages n’est pas
          affiché : il contient les liens personnels des destinataires.
        </p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-slate-900" aria-label="Nombre d’e-mails par état">
          {(Object.keys(EMAIL_STATUS_LABELS) as EmailStatus[]).map((status) => (
            <li key={status}>
              <a href={`${BASE}?statut=${EMAIL_STATUS_PARAMS[status]}`}>
                {EMAIL_STATUS_LABELS[status]} : {list.counts[status]}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <Filters filters={filters} />
      <p role="status" className="font-semibold text-slate-800">
        {list.total === 0
          ? 'Aucun e-mail ne correspond.'
          : `${list.total} e-mail${list.total > 1 ? 's' : ''}${filtered ? ' correspondant aux filtres' : ''}${list.pageCount > 1 ? `, page ${list.page} sur ${list.pageCount}` : ''}.`}
      </p>
      {list.emails.length > 0 ? (
        <>
          <div role="region" aria-labelledby="legende-courriels" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
            <table className="min-w-full text-left text-sm">
              <caption id="legende-courriels" className="px-3 py-2 text-left font-semibold text-slate-900">
                E-mails, du plus récent au plus ancien{list.pageCount > 1 ? ` (page ${list.page} sur ${list.pageCount})` : ''}
              </caption>
              <thead className="bg-slate-100 text-slate-900">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Créé le
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Destinataire
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Objet
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Type
                  </th>
                  <th scope="col" className="px-3 py-2">
                    État
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Tentatives
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Dernière erreur
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Action
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.emails.map((email) => (
                  <EmailRow key={email.id} email={email} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination label="Pages des e-mails" page={list.page} pageCount={list.pageCount} hrefFor={(page) => `${BASE}${emailFiltersQuery(filters, page)}`} />
        </>
      ) : null}
    </div>
  );
}

const selectClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900';

function Filters({ filters }: { filters: EmailFilters }) {
  return (
    <FilterForm action={BASE} label="Filtrer les e-mails">
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <label htmlFor="filtre-statut" className="font-semibold text-slate-900">
            État
          </label>
          <select id="filtre-statut" name="statut" defaultValue={filters.status ? EMAIL_STATUS_PARAMS[filters.status] : ''} className={selectClass}>
            <option value="">Tous les états</option>
            {(Object.keys(EMAIL_STATUS_PARAMS) as EmailStatus[]).map((status) => (
              <option key={status} value={EMAIL_STATUS_PARAMS[status]}>
                {EMAIL_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-type" className="font-semibold text-slate-900">
            Type
          </label>
          <select id="filtre-type" name="type" defaultValue={filters.kind ?? ''} className={selectClass}>
            <option value="">Tous les types</option>
            {(Object.keys(EMAIL_KIND_LABELS) as EmailKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {EMAIL_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-destinataire" className="font-semibold text-slate-900">
            Destinataire
          </label>
          <p id="filtre-destinataire-aide" className="text-sm text-slate-700">
            Tout ou partie de l’adresse
          </p>
          <input
            id="filtre-destinataire"
            name="destinataire"
            type="search"
            defaultValue={filters.recipient ?? ''}
            aria-describedby="filtre-destinataire-aide"
            className={inputClass}
          />
        </div>
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

function EmailRow({ email }: { email: OutboxEmailRow }) {
  const instant = (date: Date | null) => (date ? { iso: toParisIso(date), text: formatDateTime(date) } : null);
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="whitespace-nowrap px-3 py-2">
        <time dateTime={toParisIso(email.createdAt)}>{formatDateTime(email.createdAt)}</time>
      </td>
      <td className="break-all px-3 py-2">{email.to}</td>
      <th scope="row" className="min-w-48 px-3 py-2 font-normal text-slate-900">
        {email.subject}
      </th>
      <td className="px-3 py-2">{EMAIL_KIND_LABELS[email.kind as EmailKind] ?? email.kind}</td>
      <EmailStatusCells
        email={{
          to: email.to,
          status: email.status,
          attempts: email.attempts,
          lastError: email.lastError,
          sentAt: instant(email.sentAt),
          nextAttemptAt: instant(email.nextAttemptAt),
        }}
        statusLabels={EMAIL_STATUS_LABELS}
        action={retryEmailAction.bind(null, email.id)}
      />
    </tr>
  );
}
