'use client';

// Shown when a page cannot be rendered, most often because the database cannot be reached.
// The error itself is logged on the server; a person only ever sees this French message.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-corail-700">Erreur 503</p>
      <h1 className="mt-2 text-3xl font-bold text-marine-900">Service momentanément indisponible</h1>
      <p className="mt-4 text-slate-700">
        Le site ne parvient pas à afficher cette page pour le moment. Merci de réessayer dans quelques instants.
      </p>
      <button
        type="button"
        onClick={() => reset()}
        className="mt-6 rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-800"
      >
        Réessayer
      </button>
    </div>
  );
}
