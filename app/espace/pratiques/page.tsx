import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { primaryButton } from '@/components/espace/form-status';
import { QueueView } from '@/components/practices/moderation/queue-view';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { parseModerationFilters } from '@/lib/practices/moderation-filters';
import { listModerationQueue } from '@/lib/practices/moderation-queue';

export const metadata: Metadata = { title: 'Pratiques inspirantes' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function PartnerPracticesPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement des réponses…</p>}>
      <PartnerPractices {...props} />
    </Suspense>
  );
}

async function PartnerPractices({ searchParams }: Props) {
  const user = await requireUser();
  const filters = parseModerationFilters(await searchParams);
  const queue = await orNotFoundAsync(() => listModerationQueue(user, filters));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-marine-900">Pratiques inspirantes de mes régions</h1>
        <Link href="/espace/pratiques/nouvelle" className={`${primaryButton} no-underline`}>
          Proposer une pratique
        </Link>
      </div>
      <p className="max-w-3xl text-slate-800">
        Les réponses à l’enquête de vos régions. Vous pouvez les lire, les commenter pour l’équipe nationale et proposer une pratique de
        votre région ; l’équipe nationale seule les publie.
      </p>
      <QueueView queue={queue} base="/espace/pratiques" />
    </div>
  );
}
