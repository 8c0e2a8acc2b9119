import type { Metadata } from 'next';
import { RequestResetForm } from '@/components/password-forms';
import { requestResetAction } from '@/app/invitation/actions';

export const metadata: Metadata = { title: 'Mot de passe oublié', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold text-marine-900">Mot de passe oublié</h1>
      <p className="mt-2 text-slate-800">Indiquez l&apos;adresse de votre compte : nous y enverrons un lien pour choisir un nouveau mot de passe.</p>
      <div className="mt-6">
        <RequestResetForm action={requestResetAction} />
      </div>
    </div>
  );
}
