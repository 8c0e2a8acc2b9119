import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SignOutButton } from '@/components/sign-out-button';
import { requireUser } from '@/lib/auth/guard';
import { can } from '@/lib/auth/permissions';

export const metadata: Metadata = { title: { default: 'Espace partenaires', template: '%s · Espace partenaires' }, robots: { index: false } };

export default function EspaceLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de votre espace…</p>}>
      <Shell>{children}</Shell>
    </Suspense>
  );
}

async function Shell({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg bg-marine-800 px-4 py-3 text-white">
        <nav aria-label="Espace partenaires">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/espace" className="text-white">
                Mes rencontres
              </Link>
            </li>
            {can(user, 'practices:review') ? (
              <li>
                <Link href="/espace/pratiques" className="text-white">
                  Pratiques inspirantes
                </Link>
              </li>
            ) : null}
            {can(user, 'console:open') ? (
              <li>
                <Link href="/admin" className="text-white">
                  Administration nationale
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="flex items-center gap-3">
          <span>
            {user.name || user.email}
            <span className="sr-only"> : connecté·e</span>
          </span>
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  );
}
