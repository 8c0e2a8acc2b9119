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
  return <SignInForm callbackUrl={callbackUrl} />;
}
