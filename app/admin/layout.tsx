import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SignOutButton } from '@/components/sign-out-button';
import { requireNational } from '@/lib/auth/guard';

export const metadata: Metadata = {
  title: { default: 'Administration nationale', template: '%s · Administration nationale' },
  robots: { index: false },
};

const LINKS = [
  ['/admin', 'Rencontres'],
  ['/admin/pratiques', 'Pratiques'],
  ['/admin/statistiques', 'Statistiques'],
  ['/admin/comptes', 'Comptes'],
  ['/admin/personnes', 'Personnes'],
  ['/admin/journal', 'Journal'],
  ['/admin/courriels', 'E-mails'],
  ['/espace', 'Espace partenaires'],
] as const;

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de l’administration…</p>}>
      <Shell>{children}</Shell>
    </Suspense>
  );
}

async function Shell({ children }: { children: React.ReactNode }) {
  const user = await requireNational();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg bg-marine-900 px-4 py-3 text-white">
        <nav aria-label="Administration nationale">
          <ul className="flex flex-wrap gap-4">
            {LINKS.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="text-white">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3">
          <span>{user.name || user.email}</span>
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  );
}
