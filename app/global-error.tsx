'use client';

export default function GlobalError() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '3rem auto', maxWidth: '40rem', padding: '0 1rem' }}>
        <main>
          <p>Erreur 503</p>
          <h1>Service momentanément indisponible</h1>
          <p>Le Tour de France de la clause sociale ne peut pas répondre pour le moment. Merci de réessayer dans quelques instants.</p>
        </main>
      </body>
    </html>
  );
}
