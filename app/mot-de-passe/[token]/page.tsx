import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TokenPasswordPage } from '@/app/invitation/token-page';
import { resetPasswordAction } from '@/app/invitation/actions';

export const metadata: Metadata = { title: 'Nouveau mot de passe', robots: { index: false } };

export default function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <div className="max-w-md">
      <Suspense fallback={<p className="text-slate-700">Vérification du lien…</p>}>
        <TokenPasswordPage token={params.then((p) => p.token)} kind="password_reset" action={resetPasswordAction} />
      </Suspense>
    </div>
  );
}
