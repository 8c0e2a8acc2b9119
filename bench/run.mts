// npm run bench: builds the production app, starts it on a fresh database (embedded PostgreSQL, or a
// new database on the server of DATABASE_URL) holding the bench dataset, measures it against limits
// measured in the same run, prints a table and writes bench/results.json.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../scripts/embedded.mts';
import { runCommand, withTestServer } from '../scripts/with-db.mts';
import { loadDataset } from './dataset.mts';
import { dashboardRender, firstLoadJs, signIn } from './pages.mts';
import { measure, startService, type Load, type Service } from './load.mts';
import { nginxFront, nginxAvailable } from './nginx.mts';
import { goals, report, type Results } from './report.mts';
import { registrationRush } from './rush.mts';
import { loadSearchCorpus, searchTimes } from './search.mts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const distDir = process.env.BENCH_DIST_DIR ?? '.next-bench';
const services: Service[] = [];

const code = await withTestServer(async ({ createDatabase }) => {
  const databaseUrl = await createDatabase();
  console.log('Jeu de données…');
  const dataset = await loadDataset(databaseUrl);
  console.log(`  ${dataset.events} rencontres publiées, ${dataset.registrations} inscriptions.`);
  console.log(`  ${await loadSearchCorpus(databaseUrl)} pratiques publiées pour la recherche.`);

  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const env = { ...inherited, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, AUTH_SECRET: randomBytes(32).toString('base64url') };
  console.log('Construction (next build)…');
  if ((await runCommand(path.join('node_modules', '.bin', 'next'), ['build'], env)) !== 0) return 1;

  const appPort = await freePort();
  const app = `http://localhost:${appPort}`;
  services.push(
    await startService(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(appPort)],
      // As behind the documented proxy; the e-mails wait in the outbox (no SMTP_URL).
      { ...env, TRUST_PROXY: '1', NEXTAUTH_URL: app, DATABASE_POOL_SIZE: String(POOL_SIZE) },
      `${app}/robots.txt`,
      'next start',
    ),
  );

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tour-bench-'));
  const pagePath = `/rencontres/${dataset.pageSlug}`;
  const apiPath = `/api/events/${dataset.pageSlug}`;
  const targets = [
    { name: 'Page d’une rencontre', path: pagePath },
    { name: 'GET /api/events/{slug}', path: apiPath },
  ];
  const nginx = (await nginxAvailable()) ? await nginxFront(tmp, appPort) : null;
  if (nginx) services.push(nginx.service);

  if (process.env.BENCH_SERVE === '1') {
    // For profiling by hand: the app (and nginx) on the bench dataset until Ctrl-C.
    console.log(`App : ${app}${pagePath}${nginx ? `\nnginx : ${nginx.url}${pagePath}` : ''}\nDATABASE_URL=${databaseUrl}`);
    await new Promise((resolve) => process.once('SIGINT', resolve));
    return 0;
  }

  const http: Results['http'] = [];
  for (const target of targets) {
    const answer = await fetch(`${app}${target.path}`);
    if (answer.status !== 200) throw new Error(`${target.path} répond ${answer.status}`);
    const body = Buffer.from(await answer.arrayBuffer());
    const file = path.join(tmp, `${target.path.replaceAll('/', '_')}.body`);
    writeFileSync(file, body);
    const barePort = await freePort();
    const bare = await startService(
      process.execPath,
      ['bench/bare-server.mjs', file, answer.headers.get('content-type') ?? 'text/html', String(barePort)],
      process.env,
      `http://127.0.0.1:${barePort}/`,
      'serveur nu',
    );
    for (const connections of [64, 256]) {
      console.log(`${target.name}, ${connections} connexions…`);
      const appLoad = await measure(`${app}${target.path}`, connections, SECONDS);
      const bareLoad = await measure(`http://127.0.0.1:${barePort}/`, connections, SECONDS);
      let nginxLoad: Load | undefined;
      if (nginx) nginxLoad = await measure(`${nginx.url}${target.path}`, connections, SECONDS);
      http.push({
        name: target.name,
        path: target.path,
        bytes: body.length,
        cacheControl: answer.headers.get('cache-control'),
        connections,
        app: appLoad,
        bare: bareLoad,
        ratio: round(appLoad.rps / bareLoad.rps),
        ...(nginxLoad ? { nginx: nginxLoad, nginxRatio: round(nginxLoad.rps / bareLoad.rps) } : {}),
      });
    }
    await bare.stop();
  }

  console.log('Ruée sur les inscriptions…');
  const rush = await registrationRush(app, databaseUrl, dataset, POOL_SIZE);

  console.log('JavaScript au premier chargement…');
  const js = await firstLoadJs(app, [
    { name: 'Accueil', path: '/' },
    { name: 'Page d’une rencontre', path: pagePath },
    { name: 'Page d’inscription', path: `${pagePath}/inscription` },
  ]);

  console.log('Recherche dans les pratiques…');
  const search = await searchTimes(databaseUrl, app);

  console.log('Tableau de bord national…');
  const cookie = await signIn(app, 'staff@ave.example.org', 'demo-clause-sociale');
  const dashboard = [await dashboardRender(app, cookie, '/admin'), await dashboardRender(app, cookie, '/admin/statistiques')];

  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version, nginx: nginx?.version ?? null },
    dataset,
    seconds: SECONDS,
    http,
    rush,
    js,
    dashboard,
    search,
  };
  results.goals = goals(results);
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  console.log('\nRésultats complets : bench/results.json');
  return rush.invariants.every((i) => i.ok) ? 0 : 1;
}).finally(async () => {
  for (const service of services.reverse()) await service.stop();
});

process.exit(code);

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}
