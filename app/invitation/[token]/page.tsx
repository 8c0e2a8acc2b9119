import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TokenPasswordPage } from '@/app/invitation/token-page';
import { acceptInvitationAction } from '../actions';

export const metadata: Metadata = { title: 'Invitation', robots: { index: false } };

export default function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <div className="max-w-md">
      <Suspense fallback={<p className="text-slate-700">Vérification du lien…</p>}>
        <TokenPasswordPage token={params.then((p) => p.token)} kind="invitation" action={acceptInvitationAction} />
      </Suspense>
    </div>
  );
}
