import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Pagination } from '@/components/admin/pagination';
import { EmailStatusCells } from '@/components/admin/email-status-cells';
import { DataTable } from '@/components/data-table';
import { FilterActions, FilterForm, FilterSelect } from '@/components/filter-form';
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
          <DataTable
            id="legende-courriels"
            caption={`E-mails, du plus récent au plus ancien${list.pageCount > 1 ? ` (page ${list.page} sur ${list.pageCount})` : ''}`}
            columns={['Créé le', 'Destinataire', 'Objet', 'Type', 'État', 'Tentatives', 'Dernière erreur', 'Action']}
          >
            {list.emails.map((email) => (
              <EmailRow key={email.id} email={email} />
            ))}
          </DataTable>
          <Pagination label="Pages des e-mails" page={list.page} pageCount={list.pageCount} hrefFor={(page) => `${BASE}${emailFiltersQuery(filters, page)}`} />
        </>
      ) : null}
    </div>
  );
}

function Filters({ filters }: { filters: EmailFilters }) {
  return (
    <FilterForm action={BASE} label="Filtrer les e-mails">
      <div className="grid gap-4 md:grid-cols-3">
        <FilterSelect id="filtre-statut" name="statut" label="État" value={filters.status ? EMAIL_STATUS_PARAMS[filters.status] : ''} allLabel="Tous les états" options={(Object.keys(EMAIL_STATUS_PARAMS) as EmailStatus[]).map((status) => ({ value: EMAIL_STATUS_PARAMS[status], label: EMAIL_STATUS_LABELS[status] }))} />
        <FilterSelect id="filtre-type" name="type" label="Type" value={filters.kind ?? ''} allLabel="Tous les types" options={(Object.keys(EMAIL_KIND_LABELS) as EmailKind[]).map((kind) => ({ value: kind, label: EMAIL_KIND_LABELS[kind] }))} />
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
      <FilterActions clearHref={BASE} />
    </FilterForm>
  );
}

function EmailRow({ email }: { email: OutboxEmailRow }) {
  const instant = (date: Date | null) => (date ? { iso: toParisIso(date), text: formatDateTime(date) } : null);
  return (
    <tr>
      <td className="whitespace-nowrap">
        <time dateTime={toParisIso(email.createdAt)}>{formatDateTime(email.createdAt)}</time>
      </td>
      <td className="break-all">{email.to}</td>
      <th scope="row" className="min-w-48 font-normal text-slate-900">
        {email.subject}
      </th>
      <td>{EMAIL_KIND_LABELS[email.kind as EmailKind] ?? email.kind}</td>
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
