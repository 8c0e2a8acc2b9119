// Figures read from pages of the running build: first-load JavaScript, and the national dashboard's
// render time with a signed-in national account.
import { gzipSync } from 'node:zlib';
import { percentile } from './load.mts';

export type PageJs = { name: string; path: string; files: number; gzipBytes: number; rawBytes: number; inlineBytes: number };

/** The JavaScript files a first visit loads (the page's <script src>), gzip-compressed (level 6, as nginx). */
export async function firstLoadJs(app: string, pages: { name: string; path: string }[]): Promise<PageJs[]> {
  const results: PageJs[] = [];
  for (const page of pages) {
    const html = await (await fetch(`${app}${page.path}`)).text();
    // Polyfills marked noModule are skipped by every browser that runs modules.
    const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
    const sources = [...new Set(tags.map((m) => m[1]))];
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const src of sources) {
      const body = Buffer.from(await (await fetch(new URL(src, app))).arrayBuffer());
      rawBytes += body.length;
      gzipBytes += gzipSync(body).length;
    }
    const inlineBytes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]), 0);
    results.push({ ...page, files: sources.length, gzipBytes, rawBytes, inlineBytes });
  }
  return results;
}

/** Signs in through next-auth's Credentials flow and returns the Cookie header of the session. */
export async function signIn(app: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${app}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      cookies.set(name, value.join('='));
    }
  };
  keep(csrf);
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const answer = await fetch(`${app}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  keep(answer);
  if (![...cookies.keys()].some((k) => k.endsWith('next-auth.session-token'))) throw new Error(`Connexion refusée pour ${email} (${answer.status})`);
  return header();
}

export type Dashboard = { path: string; samples: number; p50: number; p90: number; bytes: number };

/** Render time of a national page, one request at a time: from the request to the last byte of the page. */
export async function dashboardRender(app: string, cookie: string, path: string, samples = 30): Promise<Dashboard> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples + 3; i++) {
    const started = performance.now();
    const response = await fetch(`${app}${path}`, { headers: { cookie } });
    const html = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200 || !html.includes('<table')) throw new Error(`${path} n’a pas rendu de tableau (${response.status})`);
    bytes = Buffer.byteLength(html);
    if (i >= 3) times.push(elapsed);
  }
  return { path, samples, p50: Math.round(percentile(times, 50)), p90: Math.round(percentile(times, 90)), bytes };
}
