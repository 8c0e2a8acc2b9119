'use client';

import { usePathname } from 'next/navigation';

// The 404 page is one static page for every address; what it can add depends on the address asked.
const HINTS: [RegExp, string][] = [
  [
    /^\/inscription\//,
    "Ce lien d'inscription n'est pas valide. Vérifiez qu'il est complet, ou demandez un nouveau lien depuis la page d'inscription de la rencontre.",
  ],
  [/^\/(invitation|mot-de-passe)\//, "Ce lien n'est plus valide : il a déjà servi ou il a expiré. Demandez un nouveau lien."],
  [/^\/(espace|admin)(\/|$)/, "Cette page n'existe pas, ou votre compte n'y a pas accès."],
];

const GENERAL =
  "Cette page n'existe pas ou n'est pas (encore) publiée. Une rencontre en préparation n'est visible qu'une fois publiée par ses organisateurs.";

export function NotFoundHint() {
  const pathname = usePathname() ?? '';
  const hint = HINTS.find(([pattern]) => pattern.test(pathname))?.[1];
  return <p className="mt-4 text-slate-800">{hint ?? GENERAL}</p>;
}
