import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignInForm } from '@/components/sign-in-form';

export const metadata: Metadata = { title: 'Connexion', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function SignInPage({ searchParams }: Props) {
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold text-marine-900">Connexion</h1>
      <p className="mt-2 text-slate-800">
        Espace des partenaires régionaux et de l&apos;équipe nationale d&apos;Alliance Villes Emploi. Les comptes sont créés sur
        invitation.
      </p>
      <div className="mt-6">
        <Suspense fallback={null}>
          <Form searchParams={searchParams} />
        </Suspense>
      </div>
    </div>
  );
}

async function Form({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === 'string' ? params.callbackUrl : null;
  const notice =
    params.motDePasse === 'cree'
      ? 'Votre compte est activé. Connectez-vous avec votre adresse e-mail et votre nouveau mot de passe.'
      : params.motDePasse === 'change'
        ? 'Votre mot de passe est changé. Connectez-vous avec le nouveau.'
        : null;
  return (
    <>
      {notice ? (
        <p role="status" className="mb-4 rounded border border-marine-200 bg-marine-50 p-3 text-marine-900">
          {notice}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}
