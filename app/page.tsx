import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { EventList } from '@/components/event-card';
import { RegionTileMap } from '@/components/region-tile-map';
import { ACTIONS, AIMS, AMBITION, FIGURES_2020, TAGLINE, WHY } from '@/lib/content';
import { getPublicEvents, getRegions } from '@/lib/events/public';
import { HomePractices } from './home-practices';

export default function HomePage() {
  return (
    <div className="space-y-14">
      <section aria-labelledby="titre" className="rounded-xl bg-marine-50 px-6 py-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-corail-700">Alliance Villes Emploi · 2021–2023</p>
        <h1 id="titre" className="mt-2 text-3xl font-bold text-marine-900 sm:text-4xl">
          Tour de France de la clause sociale
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{TAGLINE}</p>
        <p className="mt-6">
          <Link href="/rencontres" className="inline-block rounded bg-marine-700 px-5 py-3 font-semibold text-white no-underline hover:bg-marine-900">
            Voir les rencontres régionales
          </Link>
        </p>
      </section>

      <section aria-labelledby="pourquoi" className="grid gap-8 lg:grid-cols-2">
        <div>
          <h2 id="pourquoi" className="text-2xl font-bold text-marine-900">
            Pourquoi le Tour de France de la clause sociale ?
          </h2>
          <p className="mt-3 text-slate-800">{WHY}</p>
        </div>
        <div>
          <h2 id="chiffres" className="text-2xl font-bold text-marine-900">
            La clause sociale en 2020
          </h2>
          <p className="mt-3 text-slate-800">
            <strong className="text-3xl text-marine-800">20 millions</strong> d&apos;heures d&apos;insertion réalisées. C&apos;est
            encore :
          </p>
          <dl className="mt-4 grid grid-cols-2 gap-3" aria-labelledby="chiffres">
            {FIGURES_2020.map((figure) => (
              <div key={figure.label} className="rounded-lg border border-slate-200 p-4">
                <dt className="text-sm text-slate-700">{figure.label}</dt>
                <dd className="order-first text-2xl font-bold text-marine-800">{figure.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </section>

      <section aria-labelledby="quoi">
        <h2 id="quoi" className="text-2xl font-bold text-marine-900">
          En quoi consiste le Tour de France de la clause sociale ?
        </h2>
        <p className="mt-3 text-slate-800">Le Tour de France de la clause sociale a pour ambition de :</p>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          {AIMS.map((aim) => (
            <li key={aim}>{aim}</li>
          ))}
        </ul>
        <p className="mt-3 text-slate-800">{AMBITION}</p>
        <p className="mt-3 text-slate-800">{ACTIONS}</p>
      </section>

      <Suspense fallback={<p className="text-slate-700">Chargement des rencontres…</p>}>
        <TourOverview />
      </Suspense>

      <Suspense fallback={<p className="text-slate-700">Chargement des pratiques inspirantes…</p>}>
        <HomePractices />
      </Suspense>

      <section aria-labelledby="partenaires">
        <h2 id="partenaires" className="text-2xl font-bold text-marine-900">
          Partenaires
        </h2>
        <p className="mt-3 text-slate-800">
          Le Tour est porté par Alliance Villes Emploi, réseau national des maisons de l&apos;emploi et des PLIE, avec des
          partenaires régionaux qui organisent chaque rencontre : collectivités, bailleurs sociaux, services de l&apos;État,
          structures de l&apos;insertion par l&apos;activité économique et service public de l&apos;emploi.
        </p>
      </section>
    </div>
  );
}

async function TourOverview() {
  await connection();
  const now = new Date();
  const [events, regions] = await Promise.all([getPublicEvents(), getRegions()]);
  const upcoming = events.filter((e) => now < new Date(e.endsAt));
  const past = events.filter((e) => now >= new Date(e.endsAt)).reverse();
  const countByRegion = new Map<string, number>();
  for (const e of events) countByRegion.set(e.region.code, (countByRegion.get(e.region.code) ?? 0) + 1);
  return (
    <>
      <section aria-labelledby="a-venir">
        <h2 id="a-venir" className="text-2xl font-bold text-marine-900">
          Prochaines rencontres
        </h2>
        <div className="mt-4">
          <EventList events={upcoming} now={now} emptyText="Aucune rencontre n'est programmée pour le moment." />
        </div>
      </section>
      <section aria-labelledby="carte" className="grid gap-8 lg:grid-cols-[minmax(0,22rem)_1fr]">
        <div>
          <h2 id="carte" className="text-2xl font-bold text-marine-900">
            Les régions du Tour
          </h2>
          <div className="mt-4">
            <RegionTileMap regions={regions.map((r) => ({ code: r.code, name: r.name, events: countByRegion.get(r.code) ?? 0 }))} />
          </div>
        </div>
        <div>
          <h2 id="passees" className="text-2xl font-bold text-marine-900">
            Rencontres passées
          </h2>
          <div className="mt-4">
            <EventList events={past.slice(0, 6)} now={now} emptyText="Aucune rencontre passée." />
          </div>
          {past.length > 6 ? (
            <p className="mt-4">
              <Link href="/rencontres?periode=passees">Toutes les rencontres passées ({past.length})</Link>
            </p>
          ) : null}
        </div>
      </section>
    </>
  );
}
