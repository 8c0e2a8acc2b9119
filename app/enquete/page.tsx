import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { SurveyForm } from '@/components/practices/survey-form';
import { getRegions } from '@/lib/events/public';
import { getTourSettings, isSurveyOpen } from '@/lib/practices/settings';
import { EMPTY_SURVEY, SURVEY_TITLE } from '@/lib/practices/survey-schema';
import { surveyWindowText } from '@/lib/practices/survey-window';
import { startSurvey } from './actions';

export const metadata: Metadata = {
  title: 'Enquête nationale : les bonnes pratiques de la clause sociale dans les QPV',
  description:
    'Partagez une pratique inspirante d’animation de la clause sociale dans les quartiers prioritaires : elle pourra être présentée lors des rencontres régionales et publiée dans le recueil national.',
};

export default function SurveyPage() {
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-4">
        <p className="text-sm font-semibold text-corail-700">Enquête nationale du Tour de France de la clause sociale</p>
        <h1 className="text-3xl font-bold text-marine-900">« {SURVEY_TITLE} »</h1>
        <p className="text-lg text-slate-800">
          Le Tour de France de la clause sociale veut que la dimension « insertion » soit davantage intégrée aux projets de
          rénovation urbaine et aux grands projets menés dans les quartiers prioritaires de la politique de la ville (QPV).
        </p>
        <p className="text-slate-800">
          Cette enquête permet d’identifier les pratiques inspirantes à valoriser lors des rencontres régionales et d’alimenter
          un recueil de bonnes pratiques au niveau national. Collectivité, bailleur, entreprise, structure d’insertion,
          facilitateur ou facilitatrice : racontez ce que vous avez fait, avec qui, et ce que cela a donné.
        </p>
        <p className="text-slate-800">
          Comptez une vingtaine de minutes. Vous pouvez enregistrer un brouillon et y revenir par le lien reçu par e-mail.
          L’équipe du Tour relit chaque réponse avant de la publier ; votre adresse e-mail n’est jamais publiée.{' '}
          <Link href="/pratiques">Voir les pratiques déjà publiées</Link>
        </p>
      </header>
      <Suspense fallback={<p className="text-slate-700">Chargement du questionnaire…</p>}>
        <Survey />
      </Suspense>
    </div>
  );
}

async function Survey() {
  await connection();
  const [settings, regions] = await Promise.all([getTourSettings(), getRegions()]);
  const now = new Date();
  if (!isSurveyOpen(settings.survey, now)) {
    return (
      <section aria-labelledby="enquete-close" className="rounded-lg border-2 border-corail-700 bg-corail-50 p-5">
        <h2 id="enquete-close" className="text-xl font-bold text-marine-900">
          L’enquête n’est pas ouverte
        </h2>
        <p className="mt-2 text-slate-900">{surveyWindowText(settings.survey, now)}</p>
        <p className="mt-2 text-slate-900">
          Si vous avez déjà commencé une réponse et que l’équipe vous a demandé des précisions, votre lien personnel reste valable.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="questionnaire" className="space-y-4">
      <h2 id="questionnaire" className="text-2xl font-bold text-marine-900">
        Le questionnaire
      </h2>
      <p className="text-slate-800">{surveyWindowText(settings.survey, now)}</p>
      <SurveyForm regions={regions.map((r) => ({ code: r.code, name: r.name }))} defaultValues={EMPTY_SURVEY} action={startSurvey} allowDraft />
    </section>
  );
}
