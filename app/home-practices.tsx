import Link from 'next/link';
import { connection } from 'next/server';
import { PracticeCard } from '@/components/practices/practice-card';
import { getLatestPractices, surveyOpenAt } from '@/lib/practices/home';

/**
 * « Pratiques inspirantes » on the home page: the latest published practices, the way to the
 * collection, and the survey while it takes answers.
 */
export async function HomePractices() {
  await connection();
  const [practices, surveyOpen] = await Promise.all([getLatestPractices(), surveyOpenAt(new Date())]);
  return (
    <section aria-labelledby="pratiques-inspirantes" className="space-y-4">
      <h2 id="pratiques-inspirantes" className="text-2xl font-bold text-marine-900">
        Pratiques inspirantes
      </h2>
      <p className="max-w-3xl text-slate-800">
        Des actions menées sur les territoires pour animer la clause sociale dans les quartiers prioritaires, recueillies par
        l’enquête nationale et présentées lors des rencontres régionales.
      </p>
      {practices.length ? (
        <ul className="grid gap-4 md:grid-cols-3" aria-label="Dernières pratiques publiées">
          {practices.map((p) => (
            <li key={p.slug}>
              <PracticeCard practice={p} headingLevel="h3" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-800">Aucune pratique n’est encore publiée.</p>
      )}
      <p className="flex flex-wrap gap-x-6 gap-y-3">
        <Link href="/pratiques" className="font-semibold">
          Toutes les pratiques inspirantes
        </Link>
        {surveyOpen ? (
          <Link href="/enquete" className="inline-block rounded bg-marine-700 px-4 py-2 font-semibold text-white no-underline hover:bg-marine-900">
            Répondre à l’enquête
          </Link>
        ) : null}
      </p>
    </section>
  );
}
