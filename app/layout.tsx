import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tour de France de la clause sociale', template: '%s · Tour de France de la clause sociale' },
  description:
    "Rencontres régionales des acteurs de l'emploi, de l'habitat, de la politique de la ville et du renouvellement urbain autour de la clause sociale.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          Aller au contenu
        </a>
        <header className="border-b border-marine-100 bg-marine-800 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
            <Link href="/" className="text-lg font-bold text-white no-underline hover:underline">
              Tour de France <span className="font-normal">de la clause sociale</span>
            </Link>
            <nav aria-label="Navigation principale">
              <ul className="flex flex-wrap gap-x-6 gap-y-2">
                <li>
                  <Link href="/" className="text-white no-underline hover:underline">
                    Accueil
                  </Link>
                </li>
                <li>
                  <Link href="/rencontres" className="text-white no-underline hover:underline">
                    Rencontres
                  </Link>
                </li>
                <li>
                  <Link href="/pratiques" className="text-white no-underline hover:underline">
                    Pratiques
                  </Link>
                </li>
                <li>
                  <Link href="/espace" className="text-white no-underline hover:underline">
                    Espace partenaires
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-slate-50">
          <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:justify-between">
            <p>
              Un programme d&apos;<strong>Alliance Villes Emploi</strong> avec ses partenaires régionaux.
            </p>
            <p className="flex flex-wrap gap-x-4">
              <Link href="/confidentialite">Données personnelles</Link>
              <Link href="/accessibilite">Accessibilité : partiellement conforme</Link>
              <span>
                Contact : <a href="mailto:ave@ville-emploi.asso.fr">ave@ville-emploi.asso.fr</a>
              </span>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
