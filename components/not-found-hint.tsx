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

export function NotFoundHint() {
  const pathname = usePathname() ?? '';
  const hint = HINTS.find(([pattern]) => pattern.test(pathname))?.[1];
  return hint ? <p className="mt-4 font-semibold text-slate-800">{hint}</p> : null;
}
