import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { InvalidLink } from '@/components/invalid-link';
import { SurveyForm } from '@/components/practices/survey-form';
import { AppError } from '@/lib/errors';
import { getRegions } from '@/lib/events/public';
import { getSurveyAnswer, type SurveyAnswerView } from '@/lib/practices/survey';
import { SURVEY_TITLE } from '@/lib/practices/survey-schema';
import { formatDateTime } from '@/lib/time';
import { saveSurvey } from '../actions';

export const metadata: Metadata = { title: 'Ma réponse à l’enquête', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function SurveyAnswerPage(props: Props) {
  return (
    <div className="max-w-3xl">
      <Suspense fallback={<p className="text-slate-700">Chargement de votre réponse…</p>}>
        <Answer {...props} />
      </Suspense>
    </div>
  );
}

async function Answer({ params, searchParams }: Props) {
  await connection();
  const [{ token }, query] = await Promise.all([params, searchParams]);
  let view: SurveyAnswerView;
  try {
    view = await getSurveyAnswer(token, { now: new Date() });
  } catch (error) {
    // The page gate answers 404 first; a link spent meanwhile still gets a French page.
    if (error instanceof AppError && error.code === 'not_found') {
      return <InvalidLink message={error.message} href="/enquete" label="Répondre à l’enquête" />;
    }
    throw error;
  }
  const regions = view.editable ? await getRegions() : [];
  const email = view.values.email;
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm font-semibold text-corail-700">Enquête « {SURVEY_TITLE} »</p>
        <h1 className="mt-1 text-3xl font-bold text-marine-900">Ma réponse à l’enquête</h1>
        {view.title ? <p className="mt-2 break-words text-lg text-slate-800">« {view.title} »</p> : null}
      </header>
      {query.envoi === '1' && view.status === 'submitted' ? (
        <Notice id="confirmation" title="Merci, votre réponse est envoyée">
          Un e-mail de confirmation a été envoyé à {email}, avec le lien de cette page pour suivre votre réponse.
        </Notice>
      ) : null}
      {query.brouillon === '1' && view.status === 'draft' ? (
        <Notice id="confirmation" title="Votre brouillon est enregistré">
          Un e-mail a été envoyé à {email} avec le lien de cette page : vous pourrez y revenir pour compléter et envoyer votre réponse.
        </Notice>
      ) : null}
      <StatusSection view={view} />
      <section aria-labelledby="lien-prive" className="rounded-lg bg-slate-50 p-5">
        <h2 id="lien-prive" className="text-lg font-bold text-marine-900">
          Votre lien personnel
        </h2>
        <p className="mt-1 text-slate-800">
          Conservez l’adresse de cette page, envoyée aussi par e-mail : elle seule permet de revenir à votre réponse. Ne la partagez pas.
        </p>
      </section>
      {view.editable ? (
        <section aria-labelledby="modifier" className="space-y-4">
          <h2 id="modifier" className="text-2xl font-bold text-marine-900">
            {view.status === 'draft' ? 'Compléter ma réponse' : 'Modifier ma réponse'}
          </h2>
          <SurveyForm
            regions={regions.map((r) => ({ code: r.code, name: r.name }))}
            defaultValues={view.values}
            action={saveSurvey.bind(null, token)}
            allowDraft={view.status === 'draft'}
            submitLabel={view.status === 'draft' ? 'Envoyer ma réponse' : 'Renvoyer ma réponse modifiée'}
          />
        </section>
      ) : null}
    </div>
  );
}

function Notice({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <div role="status" id={id} className="rounded-lg border-2 border-marine-600 bg-marine-50 p-5">
      <h2 className="text-xl font-bold text-marine-900">{title}</h2>
      <p className="mt-2 text-slate-800">{children}</p>
    </div>
  );
}

/** Where the answer stands, in the respondent's words. */
function StatusSection({ view }: { view: SurveyAnswerView }) {
  const { title, text, quote, alert } = statusWords(view);
  return (
    <section aria-labelledby="etat" className={alert ? 'rounded-lg border-2 border-corail-700 bg-corail-50 p-5' : 'rounded-lg border border-slate-300 p-5'}>
      <h2 id="etat" className="text-xl font-bold text-marine-900">
        {title}
      </h2>
      <p id="statut-reponse" className="mt-2 text-slate-900">
        {text}
        {view.status === 'published' && view.slug ? (
          <>
            {' '}
            <Link href={`/pratiques/${view.slug}`}>voir la pratique publiée</Link>
          </>
        ) : null}
      </p>
      {quote !== undefined ? (
        <blockquote className="mt-2 whitespace-pre-line break-words border-l-4 border-corail-700 bg-white p-3 text-slate-900">{quote}</blockquote>
      ) : null}
      {view.status === 'changes_requested' ? <p className="mt-2 text-slate-900">Modifiez votre réponse ci-dessous, puis renvoyez-la.</p> : null}
    </section>
  );
}

function statusWords(view: SurveyAnswerView): { title: string; text: string; quote?: string; alert?: boolean } {
  switch (view.status) {
    case 'draft':
      return {
        title: 'Brouillon : pas encore envoyé',
        text: view.surveyOpen
          ? 'Votre réponse est enregistrée comme brouillon. Complétez-la puis envoyez-la pour qu’elle soit relue.'
          : 'L’enquête est close : ce brouillon ne peut plus être envoyé.',
      };
    case 'changes_requested':
      return {
        title: 'Des précisions vous sont demandées',
        text: 'L’équipe du Tour a relu votre réponse et vous demande de la compléter :',
        quote: view.moderatorMessage || '(pas de message)',
        alert: true,
      };
    case 'submitted':
      return {
        title: 'Votre réponse est en cours de relecture',
        text: `Envoyée${view.submittedAt ? ` le ${formatDateTime(view.submittedAt)}` : ''}, elle est en cours de relecture par l’équipe du Tour. Nous vous écrirons si des précisions sont nécessaires.`,
      };
    case 'published':
      return { title: 'Votre pratique est publiée', text: 'Merci ! Elle figure dans la collection des pratiques inspirantes :' };
    case 'declined':
      return {
        title: 'Votre réponse n’a pas été retenue',
        text: 'L’équipe du Tour ne publiera pas cette pratique. Son explication :',
        quote: view.declineReason || '(pas de motif indiqué)',
      };
    case 'unpublished':
      return { title: 'Votre pratique n’est plus en ligne', text: 'Elle a été retirée de la collection publique par l’équipe du Tour.' };
  }
}
