'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

// The 404 page is one static page for every address; what it can add depends on the address asked.
type Hint = { text: string; link?: [href: string, label: string] };

const HINTS: [RegExp, Hint][] = [
  [
    /^\/inscription\//,
    {
      text: "Ce lien d'inscription n'est pas valide. Vérifiez qu'il est complet, ou demandez un nouveau lien depuis la page d'inscription de la rencontre.",
    },
  ],
  [
    /^\/invitation\//,
    {
      text: "Ce lien d'invitation n'est plus valide : il a déjà servi ou il a expiré. Demandez à l'équipe nationale d'Alliance Villes Emploi de vous envoyer une nouvelle invitation.",
      link: ['/connexion', 'Aller à la connexion'],
    },
  ],
  [
    /^\/mot-de-passe\//,
    {
      text: "Ce lien de réinitialisation n'est plus valide : il a déjà servi ou il a expiré (il sert une fois et dure 1 heure).",
      link: ['/mot-de-passe-oublie', 'Demander un nouveau lien'],
    },
  ],
  [/^\/(espace|admin)(\/|$)/, { text: "Cette page n'existe pas, ou votre compte n'y a pas accès.", link: ['/espace', 'Mes rencontres'] }],
];

const GENERAL: Hint = {
  text: "Cette page n'existe pas ou n'est pas (encore) publiée. Une rencontre en préparation n'est visible qu'une fois publiée par ses organisateurs.",
};

export function NotFoundHint() {
  const pathname = usePathname() ?? '';
  const { text, link } = HINTS.find(([pattern]) => pattern.test(pathname))?.[1] ?? GENERAL;
  return (
    <>
      <p className="mt-4 text-slate-800">{text}</p>
      {link ? (
        <p className="mt-4">
          <Link href={link[0]}>{link[1]}</Link>
        </p>
      ) : null}
    </>
  );
}
