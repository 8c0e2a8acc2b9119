import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TourSettingsForm } from '@/components/admin/tour-settings-form';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { isSurveyOpen } from '@/lib/practices/settings';
import { toTourSettingsFormValues } from '@/lib/practices/settings-schema';
import { readTourSettingsAsStaff } from '@/lib/practices/settings-update';
import { DEFAULT_INTRODUCTION } from '@/lib/recueil/content';
import { updateTourSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Réglages des pratiques inspirantes' };

// The layout gates the console; the use case checks the permission again (tour:settings).
export default function TourSettingsPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-marine-900">Réglages des pratiques inspirantes</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Les dates d’ouverture et de clôture de l’enquête nationale, et l’introduction du{' '}
          <a href="/pratiques/recueil">recueil</a> (<a href="/pratiques/recueil.pdf">PDF</a>). Chaque changement est inscrit au{' '}
          <a href="/admin/journal?type=tour_settings">journal</a>.
        </p>
        <p className="mt-2">
          <a href="/admin/pratiques/export.csv">Exporter les pratiques publiées (CSV)</a>
        </p>
      </div>
      <Suspense fallback={<p className="text-slate-700">Chargement des réglages…</p>}>
        <Settings />
      </Suspense>
    </div>
  );
}

async function Settings() {
  const user = await requireUser();
  const settings = await orNotFoundAsync(() => readTourSettingsAsStaff({ user }));
  const open = isSurveyOpen(settings.survey, new Date());
  return (
    <>
      <p className="font-semibold text-slate-900">{open ? 'L’enquête est ouverte en ce moment.' : 'L’enquête est fermée en ce moment.'}</p>
      <TourSettingsForm values={toTourSettingsFormValues(settings)} action={updateTourSettingsAction} />
      <details className="max-w-3xl">
        <summary className="cursor-pointer font-semibold text-marine-800">Le texte par défaut de l’introduction</summary>
        <div className="mt-2 space-y-2 text-slate-800">
          {DEFAULT_INTRODUCTION.split('\n\n').map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      </details>
    </>
  );
}
