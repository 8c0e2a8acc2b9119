// The French 503 page the gate answers with when the database cannot be reached. Written out here,
// not rendered by React: rendering is what cannot happen while the database is down.
const RETRY_AFTER_SECONDS = 10;

const HTML = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Service momentanément indisponible · Tour de France de la clause sociale</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1e293b;line-height:1.5}
header{background:#1d3557;color:#fff;padding:1rem}
header a{color:#fff;font-weight:700;text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
.code{font-size:.875rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:#9a3412}
h1{font-size:1.875rem;margin:.5rem 0 0;color:#10243e}
</style>
</head>
<body>
<header><a href="/">Tour de France de la clause sociale</a></header>
<main id="contenu">
<p class="code">Erreur 503</p>
<h1>Service momentanément indisponible</h1>
<p>Le site ne parvient pas à afficher cette page pour le moment. Merci de réessayer dans quelques instants.</p>
<p><a href="">Réessayer</a></p>
</main>
</body>
</html>
`;

export function unavailablePage(): Response {
  return new Response(HTML, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'retry-after': String(RETRY_AFTER_SECONDS),
      'cache-control': 'no-store',
    },
  });
}
