import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { PracticeContactForm } from '@/components/practices/contact-form';
import { ThemeList } from '@/components/practices/practice-card';
import { getPublishedPractice, type PracticeView } from '@/lib/practices/public';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { contactPractice } from './actions';

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await connection();
  const practice = await getPublishedPractice((await params).slug);
  if (!practice) return { title: 'Pratique introuvable' };
  return { title: `${practice.title} · Pratiques inspirantes`, description: practice.summary.slice(0, 200) };
}

export default function PracticePage({ params }: { params: Params }) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de la pratique…</p>}>
      <Practice params={params} />
    </Suspense>
  );
}

async function Practice({ params }: { params: Params }) {
  await connection();
  const practice = await getPublishedPractice((await params).slug);
  if (!practice) notFound();
  return (
    <article className="space-y-8">
      <header>
        <nav aria-label="Fil d’Ariane" className="text-sm">
          <ol className="flex flex-wrap gap-x-2">
            <li>
              <Link href="/pratiques">Pratiques inspirantes</Link>
              <span aria-hidden="true"> ›</span>
            </li>
            <li>
              <Link href={`/pratiques?region=${practice.region.code}`}>{practice.region.name}</Link>
              <span aria-hidden="true"> ›</span>
            </li>
            <li aria-current="page" className="break-words text-slate-700">
              {practice.title}
            </li>
          </ol>
        </nav>
        <p className="mt-3 text-sm font-semibold text-corail-700">
          {practice.region.name}
          {practice.department ? ` · ${practice.department}` : ''}
        </p>
        <h1 className="mt-1 break-words text-3xl font-bold text-marine-900">{practice.title}</h1>
        <p className="mt-3 max-w-3xl whitespace-pre-line break-words text-lg text-slate-800">{practice.summary}</p>
        <div className="mt-4">
          <ThemeList themes={practice.themes} />
          {practice.otherTheme ? <p className="mt-2 text-sm text-slate-700">Autre thème : {practice.otherTheme}</p> : null}
        </div>
      </header>

      <Facts practice={practice} />

      <Text id="acteurs" title="Les acteurs" text={practice.actors} />
      <Text id="contexte" title="Le contexte" text={practice.context} />
      <Text id="actions" title="Ce qui a été fait" text={practice.actions} />
      <Text id="resultats" title="Les résultats" text={practice.results} />
      <Text id="difficultes" title="Les difficultés rencontrées" text={practice.difficulties} />
      <Text id="reproduire" title="Pour la reproduire sur un autre territoire" text={practice.reproduce} />

      {practice.links.length > 0 ? (
        <section aria-labelledby="liens">
          <h2 id="liens" className="text-2xl font-bold text-marine-900">
            Pour en savoir plus
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {practice.links.map((link) => (
              <li key={link} className="break-all">
                <a href={link} rel="noopener noreferrer nofollow">
                  {link}
                  <span className="sr-only"> (site externe)</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Meetings practice={practice} />

      <section aria-labelledby="contact" className="max-w-2xl rounded-lg border border-slate-200 bg-slate-50 p-5">
        <h2 id="contact" className="text-2xl font-bold text-marine-900">
          Contacter la structure porteuse
        </h2>
        {practice.canBeContacted ? (
          <>
            <p className="mt-2 text-slate-800">
              Votre message lui est transmis par e-mail, avec votre adresse pour qu&apos;elle vous réponde. Son adresse ne vous est pas
              communiquée.
            </p>
            <PracticeContactForm action={contactPractice.bind(null, practice.slug)} />
          </>
        ) : (
          <p className="mt-2 text-slate-800">
            La structure n&apos;a pas souhaité être contactée par ce formulaire. Pour une mise en relation, écrivez à Alliance Villes
            Emploi : <a href="mailto:ave@ville-emploi.asso.fr">ave@ville-emploi.asso.fr</a>.
          </p>
        )}
      </section>
    </article>
  );
}

function Facts({ practice }: { practice: PracticeView }) {
  const rows: [string, string][] = [
    ['Région', practice.region.name],
    ['Département', practice.department],
    ['Communes', practice.communes],
    ['Quartier prioritaire (QPV)', practice.qpv === null ? '' : practice.qpv ? `Oui${practice.qpvNames ? ` : ${practice.qpvNames}` : ''}` : 'Non'],
    ['Structure porteuse', [practice.organisation, practice.organisationType && organisationTypeLabel(practice.organisationType)].filter(Boolean).join(' · ')],
    ['Période', practice.period],
    ['Heures d’insertion', practice.insertionHours === null ? '' : `${practice.insertionHours.toLocaleString('fr-FR')} heures`],
    ['Personnes embauchées', practice.peopleHired === null ? '' : practice.peopleHired.toLocaleString('fr-FR')],
  ];
  return (
    <section aria-labelledby="territoire">
      <h2 id="territoire" className="text-2xl font-bold text-marine-900">
        Le territoire et les chiffres
      </h2>
      <dl className="mt-3 grid gap-x-8 gap-y-3 sm:grid-cols-2">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-semibold uppercase tracking-wide text-slate-700">{label}</dt>
              <dd className="break-words text-slate-900">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

function Text({ id, title, text }: { id: string; title: string; text: string }) {
  if (!text) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-bold text-marine-900">
        {title}
      </h2>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="mt-3 max-w-3xl whitespace-pre-line break-words text-slate-800">
          {paragraph}
        </p>
      ))}
    </section>
  );
}

function Meetings({ practice }: { practice: PracticeView }) {
  return (
    <section aria-labelledby="rencontres">
      <h2 id="rencontres" className="text-2xl font-bold text-marine-900">
        Présentée lors des rencontres
      </h2>
      {practice.meetings.length === 0 ? (
        <p className="mt-2 text-slate-700">Cette pratique n&apos;a pas encore été présentée lors d&apos;une rencontre régionale.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {practice.meetings.map((m) => (
            <li key={`${m.eventSlug}-${m.itemTitle}-${m.workshop?.code ?? ''}`} className="rounded border border-slate-200 bg-white p-4">
              <Link href={`/rencontres/${m.eventSlug}`} className="font-semibold">
                {m.eventTitle}
              </Link>
              <p className="text-slate-800">
                <time dateTime={m.startsAt}>{m.date}</time> · {m.regionName}
                {m.cancelled ? ' · rencontre annulée' : ''}
              </p>
              <p className="text-slate-700">
                {m.workshop ? `Atelier ${m.workshop.code} : ${m.workshop.title}` : m.itemTitle}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
