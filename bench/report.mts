// The bench's table: each figure beside its limit measured in the same run, and the goals.
import type { Load } from './load.mts';
import type { Dashboard, PageJs } from './pages.mts';
import type { Rush } from './rush.mts';
import type { SearchFigure } from './search.mts';

export type HttpFigure = {
  name: string;
  path: string;
  bytes: number;
  cacheControl: string | null;
  connections: number;
  app: Load;
  bare: Load;
  ratio: number;
  nginx?: Load;
  nginxRatio?: number;
};

export type Results = {
  date: string;
  machine: { cpus: number; cpu: string; node: string; nginx: string | null };
  dataset: { events: number; registrations: number; pageSlug: string };
  seconds: number;
  http: HttpFigure[];
  rush: Rush;
  js: PageJs[];
  dashboard: Dashboard[];
  search?: SearchFigure;
  goals?: Goal[];
};

export type Goal = { goal: string; measured: string; met: boolean | null };

export const GOALS = { pageRatio: 0.1, pageP99: 60, nginxRatio: 0.8, rushRatio: 0.25, pageJsKb: 110, dashboardP50: 300, searchP50: 20 };

export function goals(r: Results): Goal[] {
  const page64 = r.http.find((h) => h.path.startsWith('/rencontres/') && h.connections === 64);
  const pageJs = r.js.find((j) => j.path === page64?.path);
  const list: Goal[] = [
    { goal: `page d’une rencontre ≥ ${GOALS.pageRatio} du serveur nu (64 conn.)`, measured: String(page64?.ratio), met: (page64?.ratio ?? 0) >= GOALS.pageRatio },
    { goal: `page d’une rencontre p99 < ${GOALS.pageP99} ms (64 conn.)`, measured: `${page64?.app.p99} ms`, met: (page64?.app.p99 ?? Infinity) < GOALS.pageP99 },
    {
      goal: `derrière nginx ≥ ${GOALS.nginxRatio} du serveur nu (64 conn.)`,
      measured: page64?.nginxRatio === undefined ? 'nginx absent' : String(page64.nginxRatio),
      met: page64?.nginxRatio === undefined ? null : page64.nginxRatio >= GOALS.nginxRatio,
    },
    {
      goal: `ruée ≥ ${GOALS.rushRatio} du débit brut, sans violation`,
      measured: `${r.rush.ratio}, ${r.rush.invariants.filter((i) => !i.ok).length} violation(s)`,
      met: r.rush.ratio >= GOALS.rushRatio && r.rush.invariants.every((i) => i.ok),
    },
    { goal: `JS au premier chargement d’une rencontre ≤ ${GOALS.pageJsKb} kB gzip`, measured: `${kb(pageJs?.gzipBytes ?? 0)} kB`, met: (pageJs?.gzipBytes ?? Infinity) <= GOALS.pageJsKb * 1000 },
  ];
  for (const d of r.dashboard) list.push({ goal: `${d.path} p50 < ${GOALS.dashboardP50} ms`, measured: `${d.p50} ms`, met: d.p50 < GOALS.dashboardP50 });
  if (r.search) {
    list.push({ goal: `recherche de deux mots p50 < ${GOALS.searchP50} ms (${r.search.practices} pratiques)`, measured: `${r.search.query.p50} ms`, met: r.search.query.p50 < GOALS.searchP50 });
  }
  return list;
}

export function report(r: Results): string {
  const lines: string[] = [];
  const table = (head: string[], rows: (string | number)[][]) => {
    const all = [head, ...rows.map((row) => row.map(String))];
    const widths = head.map((_, i) => Math.max(...all.map((row) => [...row[i]].length)));
    for (const [index, row] of all.entries()) {
      lines.push(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
      if (index === 0) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    lines.push('');
  };
  lines.push('', `Banc d’essai du ${r.date} · ${r.machine.cpus} cœurs (${r.machine.cpu}) · Node ${r.machine.node} · ${r.machine.nginx ?? 'sans nginx'}`);
  lines.push(`Données : ${r.dataset.events} rencontres publiées, ${r.dataset.registrations} inscriptions. Charges de ${r.seconds} s.`, '');

  table(
    ['Mesure', 'conn.', 'app req/s', 'p50', 'p99', 'nu req/s', 'p50', 'p99', 'ratio', 'nginx req/s', 'p99', 'ratio'],
    r.http.map((h) => [
      `${h.name} (${kb(h.bytes)} kB)`,
      h.connections,
      h.app.rps,
      `${h.app.p50} ms`,
      `${h.app.p99} ms`,
      h.bare.rps,
      `${h.bare.p50} ms`,
      `${h.bare.p99} ms`,
      h.ratio,
      h.nginx?.rps ?? '–',
      h.nginx ? `${h.nginx.p99} ms` : '–',
      h.nginxRatio ?? '–',
    ]),
  );
  const errors = r.http.filter((h) => h.app.errors || h.app.non2xx || h.bare.errors || (h.nginx && (h.nginx.errors || h.nginx.non2xx)));
  for (const h of errors) lines.push(`! ${h.name} ${h.connections} conn. : erreurs app ${h.app.errors}, non-2xx ${h.app.non2xx}${h.nginx ? `, nginx ${h.nginx.errors}/${h.nginx.non2xx}` : ''}`);
  lines.push(`Cache-Control de la page : ${r.http[0]?.cacheControl ?? '–'}`, '');

  const rush = r.rush;
  table(
    ['Ruée', 'requêtes', 'durée', 'req/s', 'p50', 'p99', 'brut req/s', 'brut p99', 'ratio'],
    [[`POST inscriptions`, rush.requests, `${rush.seconds} s`, rush.rps, `${rush.p50} ms`, `${rush.p99} ms`, rush.raw.rps, `${rush.raw.p99} ms`, rush.ratio]],
  );
  lines.push(`Réponses : ${Object.entries(rush.statuses).map(([code, n]) => `${code} × ${n}`).join(', ')}`);
  for (const i of rush.invariants) lines.push(`${i.ok ? 'ok   ' : 'VIOLÉ'} ${i.name} : ${i.detail}`);
  lines.push('');

  table(['JS au premier chargement', 'fichiers', 'brut kB', 'gzip kB', 'scripts en ligne kB'], r.js.map((j) => [j.name, j.files, kb(j.rawBytes), kb(j.gzipBytes), kb(j.inlineBytes)]));
  table(['Tableau de bord', 'mesures', 'p50', 'p90', 'kB'], r.dashboard.map((d) => [d.path, d.samples, `${d.p50} ms`, `${d.p90} ms`, kb(d.bytes)]));

  if (r.search) {
    const s = r.search;
    table(
      ['Recherche (' + s.practices + ' pratiques, ' + s.queries + ' requêtes de deux mots)', 'mesures', 'p50', 'p95', 'max'],
      [
        ['requête SQL (client PostgreSQL)', s.samples, `${s.query.p50} ms`, `${s.query.p95} ms`, `${s.query.max} ms`],
        ...(s.api ? [['GET /api/practices?q= (app)', '–', `${s.api.p50} ms`, `${s.api.p95} ms`, '–']] : []),
      ],
    );
  }
  table(['Objectif', 'mesuré', 'atteint'], (r.goals ?? goals(r)).map((g) => [g.goal, g.measured, g.met === null ? 'non mesuré' : g.met ? 'oui' : 'NON']));
  return lines.join('\n');
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;
