import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ProposalForm } from '@/components/practices/moderation/proposal-form';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { proposalRegions } from '@/lib/practices/moderation-queue';
import { proposeAction } from '../actions';

export const metadata: Metadata = { title: 'Proposer une pratique' };

export default function ProposePracticePage() {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement du formulaire…</p>}>
      <ProposePractice />
    </Suspense>
  );
}

async function ProposePractice() {
  const user = await requireUser();
  const regions = await orNotFoundAsync(() => proposalRegions(user));
  return (
    <div className="space-y-6">
      <Link href="/espace/pratiques">
        <span aria-hidden="true">← </span>Les pratiques de mes régions
      </Link>
      <h1 className="text-3xl font-bold text-marine-900">Proposer une pratique inspirante</h1>
      <p className="max-w-3xl text-slate-800">
        Une pratique de votre région que vous connaissez : décrivez-la avec la personne qui la porte, qui doit avoir accepté sa
        publication. Elle rejoint la file de modération de l’équipe nationale.
      </p>
      {regions.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">Aucune région ne vous est attribuée : demandez-en une à l’équipe nationale.</p>
      ) : (
        <ProposalForm regions={regions} action={proposeAction} />
      )}
    </div>
  );
}
