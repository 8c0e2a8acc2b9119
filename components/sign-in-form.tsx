'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { inputClass } from './form-field';

/** Without a target, the server picks the landing page by the account's permissions (app/apres-connexion). */
const AFTER_SIGN_IN = '/apres-connexion';

const MESSAGES: Record<string, string> = {
  invalid: 'Adresse e-mail ou mot de passe incorrect.',
  throttled: 'Trop de tentatives de connexion. Pour votre sécurité, réessayez dans 15 minutes.',
  unavailable: 'Le service est momentanément indisponible. Merci de réessayer dans quelques instants.',
};


export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  // Each refused attempt moves the focus to its message, even when the words are the same.
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts > 0) errorRef.current?.focus();
  }, [attempts]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(MESSAGES[result?.error ?? 'unavailable'] ?? MESSAGES.invalid);
      // The password field is emptied: it is never kept or sent back.
      const password = formElement.elements.namedItem('password');
      if (password instanceof HTMLInputElement) password.value = '';
      setAttempts((n) => n + 1);
      return;
    }
    // A full page load: the router may hold prefetched answers from before sign-in (redirects to here).
    // Only a path of this site is followed, never another site.
    window.location.assign(safeRedirectPath(callbackUrl, window.location.origin, AFTER_SIGN_IN));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div aria-live="assertive">
        {error ? (
          <p ref={errorRef} tabIndex={-1} id="erreur-connexion" className="rounded border border-corail-600 bg-corail-50 p-3 font-semibold text-corail-700">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="email" className="font-semibold text-slate-900">
          Adresse e-mail
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className="font-semibold text-slate-900">
          Mot de passe
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-marine-700 px-5 py-2 font-semibold text-white hover:bg-marine-900 disabled:opacity-70">
        {pending ? 'Connexion…' : 'Se connecter'}
      </button>
      <p>
        <Link href="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
      </p>
    </form>
  );
}
