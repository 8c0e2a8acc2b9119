import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { EMAIL_KIND_LABELS, EMAIL_STATUS_LABELS, listOutbox, outboxPageEnabled, type OutboxEmail } from '@/lib/email/outbox-view';
import type { EmailKind } from '@/lib/email/outbox';
import { formatDateTime, toParisIso } from '@/lib/time';

export const metadata: Metadata = { title: 'Boîte d’envoi (développement)', robots: { index: false, follow: false } };

// Decided per request (not at build time): EMAIL_OUTBOX_PAGE is read when the page is asked for.
export default function DevEmailsPage() {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement…</p>}>
      <DevOutbox />
    </Suspense>
  );
}

async function DevOutbox() {
  await connection();
  if (!outboxPageEnabled()) notFound();
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-corail-700">Outil de développement</p>
      <h1 className="mt-1 text-3xl font-bold text-marine-900">Boîte d’envoi des e-mails</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Chaque e-mail de la plateforme est d’abord enregistré ici, puis envoyé par le serveur SMTP de <code>SMTP_URL</code>.
        Sans <code>SMTP_URL</code>, les e-mails restent « En attente » : cette page permet de les lire et d’ouvrir leurs liens.
      </p>
      <Outbox />
    </div>
  );
}

async function Outbox() {
  const emails = await listOutbox(100);
  return (
    <>
      <p className="mt-4 text-slate-800">
        {process.env.SMTP_URL ? 'Envoi actif : un serveur SMTP est configuré.' : 'Envoi inactif : SMTP_URL n’est pas défini.'}
      </p>
      {emails.length === 0 ? (
        <p className="mt-6 text-slate-700">Aucun e-mail pour l’instant.</p>
      ) : (
        <div className="relative mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-slate-800">
              {emails.length === 1 ? 'Le dernier e-mail' : `Les ${emails.length} derniers e-mails`}, du plus récent au plus ancien
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300 bg-slate-50 text-slate-900">
                <th scope="col" className="px-3 py-2">Date</th>
                <th scope="col" className="px-3 py-2">Destinataire</th>
                <th scope="col" className="px-3 py-2">Objet</th>
                <th scope="col" className="px-3 py-2">Type</th>
                <th scope="col" className="px-3 py-2">État</th>
                <th scope="col" className="px-3 py-2">Tentatives</th>
                <th scope="col" className="px-3 py-2">Pièces jointes</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <EmailRow key={email.id} email={email} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const statusClass = {
  pending: 'bg-marine-50 text-marine-800',
  sent: 'bg-slate-100 text-slate-800',
  failed: 'bg-corail-50 text-corail-700',
} as const;

function EmailRow({ email }: { email: OutboxEmail }) {
  return (
    <tr className="border-b border-slate-200 align-top">
      <td className="whitespace-nowrap px-3 py-2 text-slate-800">
        <time dateTime={toParisIso(email.createdAt)}>{formatDateTime(email.createdAt)}</time>
      </td>
      <td className="break-all px-3 py-2 text-slate-800">{email.to}</td>
      <th scope="row" className="min-w-64 px-3 py-2 font-normal">
        <details>
          <summary className="cursor-pointer font-semibold text-marine-800">{email.subject}</summary>
          <pre className="mt-2 max-w-2xl whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 font-sans text-slate-900">
            <LinkedText text={email.text} />
          </pre>
        </details>
      </th>
      <td className="px-3 py-2 text-slate-800">{EMAIL_KIND_LABELS[email.kind as EmailKind] ?? email.kind}</td>
      <td className="px-3 py-2">
        <span className={`rounded px-2 py-0.5 font-semibold ${statusClass[email.status]}`}>{EMAIL_STATUS_LABELS[email.status]}</span>
        {email.sentAt ? (
          <p className="mt-1 text-slate-700">
            le <time dateTime={toParisIso(email.sentAt)}>{formatDateTime(email.sentAt)}</time>
          </p>
        ) : email.status === 'pending' && email.attempts > 0 ? (
          <p className="mt-1 text-slate-700">
            prochain essai le <time dateTime={toParisIso(email.nextAttemptAt)}>{formatDateTime(email.nextAttemptAt)}</time>
          </p>
        ) : null}
        {email.lastError && email.status !== 'sent' ? <p className="mt-1 break-words text-corail-700">{email.lastError}</p> : null}
      </td>
      <td className="px-3 py-2 text-slate-800">{email.attempts}</td>
      <td className="px-3 py-2 text-slate-800">
        {email.attachments.length === 0 ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="sr-only">aucune</span>
          </>
        ) : (
          <ul>
            {email.attachments.map((a) => (
              <li key={a.filename}>{a.filename}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** The text body with its web addresses as links, so a developer can follow a manage link. */
function LinkedText({ text }: { text: string }) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
