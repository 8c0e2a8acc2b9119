import { connection } from 'next/server';
import Link from 'next/link';
import { inspectUserToken } from '@/lib/accounts/set-password';
import { SetPasswordForm } from '@/components/password-forms';
import type { MessageAnswer as PasswordState } from '@/lib/action-result';

/** The page behind an invitation or reset link: the form while the link is usable, a way out otherwise. */
export async function TokenPasswordPage({
  token,
  kind,
  action,
}: {
  token: Promise<string>;
  kind: 'invitation' | 'password_reset';
  action: (token: string, previous: PasswordState, formData: FormData) => Promise<PasswordState>;
}) {
  await connection();
  const value = await token;
  const owner = await inspectUserToken(value, kind, new Date());
  if (!owner) {
    return (
      <>
        <h1 className="text-3xl font-bold text-marine-900">Lien expiré ou déjà utilisé</h1>
        <p className="mt-4 text-slate-800">
          {kind === 'invitation'
            ? "Ce lien d'invitation n'est plus valide. Demandez à l'équipe nationale d'Alliance Villes Emploi de vous envoyer une nouvelle invitation."
            : 'Ce lien de réinitialisation n’est plus valide (il sert une fois et dure 1 heure).'}
        </p>
        <p className="mt-4">
          <Link href={kind === 'invitation' ? '/connexion' : '/mot-de-passe-oublie'}>
            {kind === 'invitation' ? 'Aller à la connexion' : 'Demander un nouveau lien'}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-marine-900">{kind === 'invitation' ? 'Activer votre compte' : 'Choisir un nouveau mot de passe'}</h1>
      <p className="mt-2 text-slate-800">
        Compte : <strong>{owner.email}</strong>
      </p>
      <div className="mt-6">
        <SetPasswordForm action={action.bind(null, value)} submitLabel={kind === 'invitation' ? 'Activer mon compte' : 'Enregistrer le mot de passe'} />
      </div>
    </>
  );
}
