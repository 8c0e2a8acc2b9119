import Link from 'next/link';
import { NotFoundHint } from '@/components/not-found-hint';

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-corail-700">Erreur 404</p>
      <h1 className="mt-2 text-3xl font-bold text-marine-900">Page introuvable</h1>
      <NotFoundHint />
      <p className="mt-6">
        <Link href="/rencontres">Voir toutes les rencontres du Tour</Link>
      </p>
    </div>
  );
}
