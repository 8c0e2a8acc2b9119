import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { PersonEraser } from '@/components/admin/person-eraser';
import { erasePersonAction, findPersonAction } from './actions';

export const metadata: Metadata = { title: 'Personnes' };

// Its own boundary. The layout gates the console; the actions' use cases check their own permission.
export default function PeoplePage() {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement…</p>}>
      <People />
    </Suspense>
  );
}

function People() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-marine-900">Personnes</h1>
      <p className="max-w-3xl text-slate-800">
        Pour répondre à une demande d’accès ou d’effacement : retrouvez les inscriptions d’une personne dans toutes les rencontres à
        partir de son adresse e-mail, puis effacez-la si elle le demande. L’effacement est inscrit au journal sans l’adresse ni le nom.
        Ce que la plateforme conserve, et combien de temps, est décrit sur la page{' '}
        <Link href="/confidentialite">Données personnelles</Link>.
      </p>
      <PersonEraser findAction={findPersonAction} eraseAction={erasePersonAction} />
    </div>
  );
}
