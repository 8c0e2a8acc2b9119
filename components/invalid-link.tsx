import Link from 'next/link';

/** The page of a private link that opens nothing (spent, mistyped): what it says, and where to go. */
export function InvalidLink({ message, href, label }: { message: string; href: string; label: string }) {
  return (
    <>
      <h1 className="text-3xl font-bold text-marine-900">Lien non valide</h1>
      <p className="mt-4 text-slate-800">{message}</p>
      <p className="mt-4">
        <Link href={href}>{label}</Link>
      </p>
    </>
  );
}
