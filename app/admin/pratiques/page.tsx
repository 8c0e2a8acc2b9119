import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { QueueView } from '@/components/practices/moderation/queue-view';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { parseModerationFilters } from '@/lib/practices/moderation-filters';
import { listModerationQueue } from '@/lib/practices/moderation-queue';

export const metadata: Metadata = { title: 'Pratiques inspirantes' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Its own boundary. The layout gates the console; what this page reads is checked by its use case.
export default function AdminPracticesPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement des réponses…</p>}>
      <AdminPractices {...props} />
    </Suspense>
  );
}

async function AdminPractices({ searchParams }: Props) {
  const user = await requireUser();
  const filters = parseModerationFilters(await searchParams);
  const queue = await orNotFoundAsync(() => listModerationQueue(user, filters));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-marine-900">Pratiques inspirantes : modération</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Les réponses à l’enquête et les pratiques proposées par les partenaires, de toutes les régions : à modérer d’abord, puis celles
          qui attendent la personne qui a répondu, puis les autres. Les brouillons restent à leurs auteurs et n’apparaissent pas ici.
        </p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1" aria-label="Autour de la modération">
          <li>
            <Link href="/admin/pratiques/reglages">Réglages de l’enquête et du recueil</Link>
          </li>
          <li>
            <a href="/admin/pratiques/export.csv">Exporter les pratiques publiées (CSV)</a>
          </li>
          <li>
            <Link href="/pratiques/recueil">Le recueil national</Link>
          </li>
        </ul>
      </div>
      <QueueView queue={queue} base="/admin/pratiques" />
    </div>
  );
}
