'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/connexion' })} className="rounded border border-white px-3 py-1 text-white hover:bg-marine-700">
      Se déconnecter
    </button>
  );
}
