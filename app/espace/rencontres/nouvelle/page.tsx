import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { CreateEventForm } from '@/components/espace/create-event-form';
import { orNotFound, requireUser } from '@/lib/auth/guard';
import { assertCan } from '@/lib/auth/permissions';
import { listUsableRegions } from '@/lib/events/manage/create-event';
import { createEventAction } from './actions';

export const metadata: Metadata = { title: 'Créer une rencontre' };

// Its own boundary, so that moving between the pages of /espace never waits for the database.
export default function NewEventPage() {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement du formulaire…</p>}>
      <NewEvent />
    </Suspense>
  );
}

async function NewEvent() {
  const user = await requireUser();
  orNotFound(() => assertCan(user, 'events:create'));
  const regions = await listUsableRegions(user);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/espace">← Mes rencontres</Link>
      </p>
      <h1 className="text-3xl font-bold text-marine-900">Créer une rencontre</h1>
      {regions.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4 text-slate-900">
          Aucune région ne vous est attribuée pour l’instant : l’équipe nationale d’Alliance Villes Emploi peut vous en donner une.
        </p>
      ) : (
        <CreateEventForm regions={regions.map(({ id, name }) => ({ id, name }))} contactEmail={user.email} action={createEventAction} />
      )}
    </div>
  );
}
