import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AccountActions } from '@/components/admin/account-actions';
import { InviteAccountForm } from '@/components/admin/invite-account-form';
import { DataTable } from '@/components/data-table';
import { listAccounts, listRegionChoices, type AccountSummary, type RegionChoice } from '@/lib/accounts/manage';
import { actionLabel } from '@/lib/admin/audit-labels';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { formatDate, formatDateTime, toParisIso } from '@/lib/time';
import { inviteAccountAction, manageAccountAction } from './actions';

export const metadata: Metadata = { title: 'Comptes' };

// Its own boundary. The layout gates the console; what this page reads is checked by its use case.
export default function AccountsPage() {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement des comptes…</p>}>
      <Accounts />
    </Suspense>
  );
}

async function Accounts() {
  const user = await requireUser();
  const [accounts, regions] = await orNotFoundAsync(() => Promise.all([listAccounts(user), listRegionChoices(user)]));
  const active = accounts.filter((a) => a.active).length;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold text-marine-900">Comptes</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Les comptes des partenaires régionaux et de l’équipe nationale. Un compte désactivé ne peut plus se connecter et ses sessions
          en cours sont fermées aussitôt. Le dernier compte national actif ne peut pas être désactivé. Chaque changement est inscrit au{' '}
          <Link href="/admin/journal?type=user">journal</Link>.
        </p>
      </div>

      <section aria-labelledby="titre-invitation" className="space-y-4">
        <h2 id="titre-invitation" className="text-xl font-bold text-marine-900">
          Inviter une personne
        </h2>
        <p className="max-w-3xl text-slate-800">
          La personne reçoit un e-mail avec un lien, valable 7 jours et utilisable une fois, pour choisir son mot de passe.
        </p>
        <InviteAccountForm regions={regions} action={inviteAccountAction} />
      </section>

      <section aria-labelledby="titre-comptes" className="space-y-4">
        <h2 id="titre-comptes" className="text-xl font-bold text-marine-900">
          Tous les comptes
        </h2>
        <p className="text-slate-800">
          {accounts.length} compte{accounts.length > 1 ? 's' : ''}, dont {active} actif{active > 1 ? 's' : ''}.
        </p>
        <DataTable
          id="legende-comptes"
          caption="Comptes, actifs d’abord, avec leurs régions, leur état et leur dernière modification"
          columns={['Compte', 'Rôle', 'Régions', 'État', 'Dernière modification', 'Actions']}
        >
          {accounts.map((account) => (
            <AccountRow key={account.id} account={account} regions={regions} />
          ))}
        </DataTable>
      </section>
    </div>
  );
}

function AccountRow({ account, regions }: { account: AccountSummary; regions: RegionChoice[] }) {
  return (
    <tr className={account.active ? undefined : 'bg-slate-50'}>
      <th scope="row" className="font-normal">
        <span className="block font-semibold text-slate-900">{account.name || account.email}</span>
        {account.name ? <span className="block break-all text-slate-800">{account.email}</span> : null}
        {account.isSelf ? <span className="block text-slate-700">(votre compte)</span> : null}
      </th>
      <td>{ROLE_LABELS[account.role]}</td>
      <td>
        {!account.hasRegionList ? (
          'Toutes les régions'
        ) : account.regions.length === 0 ? (
          <span className="font-semibold text-corail-700">Aucune région</span>
        ) : (
          account.regions.map((r) => r.name).join(', ')
        )}
      </td>
      <td>
        <span className={`inline-block rounded border px-2 py-0.5 font-semibold ${account.active ? 'border-marine-600 bg-marine-50 text-marine-900' : 'border-slate-400 bg-white text-slate-800'}`}>
          {account.active ? 'Actif' : 'Désactivé'}
        </span>
        <InvitationNote invitation={account.invitation} />
      </td>
      <td>
        {account.lastChange ? (
          <>
            <time dateTime={toParisIso(account.lastChange.at)}>{formatDateTime(account.lastChange.at)}</time>
            <span className="block text-slate-700">
              {actionLabel(account.lastChange.action)}
              {account.lastChange.by ? ` par ${account.lastChange.by}` : ''}
            </span>
          </>
        ) : (
          <span className="text-slate-700">
            Créé le <time dateTime={toParisIso(account.createdAt)}>{formatDate(account.createdAt)}</time>
          </span>
        )}
      </td>
      <td className="min-w-64">
        <AccountActions
          account={{
            id: account.id,
            email: account.email,
            hasRegionList: account.hasRegionList,
            active: account.active,
            awaitingActivation: account.invitation.state !== 'accepted',
            regionIds: account.regions.map((r) => r.id),
            isSelf: account.isSelf,
          }}
          regions={regions}
          action={manageAccountAction.bind(null, account.id)}
        />
      </td>
    </tr>
  );
}

function InvitationNote({ invitation }: { invitation: AccountSummary['invitation'] }) {
  if (invitation.state === 'accepted') return null;
  if (invitation.state === 'pending') {
    return (
      <span className="mt-1 block text-slate-800">
        Invitation en attente, valable jusqu’au <time dateTime={toParisIso(invitation.expiresAt)}>{formatDateTime(invitation.expiresAt)}</time>
      </span>
    );
  }
  return <span className="mt-1 block font-semibold text-corail-700">Invitation expirée ou annulée : jamais activé</span>;
}
