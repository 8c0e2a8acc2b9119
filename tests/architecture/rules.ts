// The rules of the code's shape (docs/architecture.md), read from the files themselves: where SQL
// may be written, who may import the database, how actions and route handlers are entered, where
// roles are compared, that no two files import each other (directly or through others), and that no
// file grows past 300 lines. Each rule gives the places that break it; an empty list is a pass.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = /\.(ts|tsx|mts)$/;
const DIRS = ['app', 'lib', 'components', 'db', 'tests', 'bench', 'scripts'];

export function sourceFiles(dirs = DIRS): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(rel);
      } else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel.split(path.sep).join('/'));
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  for (const top of ['proxy.ts', 'instrumentation.ts']) if (fs.existsSync(path.join(ROOT, top)) && dirs === DIRS) out.push(top);
  return out.sort();
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file) || file.startsWith('tests/');

/** Every module specifier a file imports or re-exports (static and dynamic). */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) found.push(m[1] ?? m[2]);
  return found;
}

/** Resolves '@/…' and relative specifiers to a repository file, or null for packages. */
export function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(ROOT, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return null;
}

/** app/ and components/ import nothing from db/ (types included). */
export function uiImportsOfDb(): string[] {
  return sourceFiles(['app', 'components'])
    .filter((f) => !isTest(f))
    .flatMap((f) => specifiers(read(f)).filter((s) => resolveImport(f, s)?.startsWith('db/')).map((s) => `${f} imports ${s}`));
}

/** lib/ writes no SQL: no drizzle-orm import, no sql`…` tag, no raw postgres.js call. */
export function sqlOutsideDb(): string[] {
  return sourceFiles(['lib'])
    .filter((f) => !isTest(f))
    .flatMap((f) => {
      const source = read(f);
      const hits: string[] = [];
      if (specifiers(source).some((s) => s === 'drizzle-orm' || s.startsWith('drizzle-orm/'))) hits.push(`${f} imports drizzle-orm`);
      if (/\bsql`/.test(source)) hits.push(`${f} writes a sql\`…\` tag`);
      if (/\.(select|insert|update|delete)\(\s*[a-zA-Z]*\s*\)\s*\.(from|into|set|values|where)\b|\.execute\(/.test(source)) hits.push(`${f} runs a query`);
      return hits;
    });
}

/** Roles are compared only in the permission map's module. */
export function roleComparisons(): string[] {
  return sourceFiles(['app', 'lib', 'components', 'db'])
    .filter((f) => !isTest(f) && f !== 'lib/auth/permissions.ts' && !f.startsWith('db/seed/'))
    .flatMap((f) =>
      read(f)
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => /\brole\s*[!=]==?\s*['"]|['"](national|partner)['"]\s*[!=]==?\s*\w*\.?role\b/.test(line))
        .map(({ i }) => `${f}:${i + 1}`),
    );
}

/** Every exported server action goes through runAction (or runEdit, built on it). */
export function actionsOutsideWrapper(): string[] {
  return sourceFiles(['app'])
    .filter((f) => /^\s*['"]use server['"]/.test(read(f)))
    .flatMap((f) => {
      const source = read(f);
      const exported = [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]);
      return exported
        .filter((name) => {
          const body = source.slice(source.indexOf(`function ${name}`)).split(/\nexport\s/)[0];
          return !/\b(runAction|runEdit)\(/.test(body);
        })
        .map((name) => `${f}: ${name}`);
    });
}

/** Every route handler is built by route() (next-auth's own handler excepted). */
export function routesOutsideWrapper(): string[] {
  return sourceFiles(['app'])
    .filter((f) => /\/route\.tsx?$/.test(f) && !f.startsWith('app/api/auth/'))
    .flatMap((f) => {
      const source = read(f);
      const handlers = [...source.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b(.*)/g)];
      return handlers.filter((m) => !/=\s*route\b/.test(m[2])).map((m) => `${f}: ${m[1]}`);
    });
}

/** Import cycles between files: each is listed once, as a path that comes back to its start. */
export function importCycles(): string[][] {
  const files = sourceFiles(['app', 'lib', 'components', 'db']).filter((f) => !isTest(f));
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const targets = specifiers(read(f))
      .map((s) => resolveImport(f, s))
      .filter((t): t is string => !!t && t !== f);
    graph.set(f, [...new Set(targets)]);
  }
  // Tarjan's strongly connected components; a component of more than one file holds a cycle.
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return cycles;
}

/** Files over 300 lines, tests included. */
export function longFiles(limit = 300): string[] {
  return sourceFiles()
    .map((f) => ({ f, lines: read(f).split('\n').length - (read(f).endsWith('\n') ? 1 : 0) }))
    .filter(({ lines }) => lines > limit)
    .map(({ f, lines }) => `${f} (${lines} lines)`);
}

/** Every rule with what it says, for the test and for scripts/check-architecture.mts. */
export const RULES: [string, () => unknown[]][] = [
  ['app/ and components/ import nothing from db/, types included', uiImportsOfDb],
  ['lib/ writes no SQL: no drizzle-orm, no sql`…` tag, no query', sqlOutsideDb],
  ['roles are compared only in lib/auth/permissions.ts', roleComparisons],
  ['every server action goes through runAction', actionsOutsideWrapper],
  ['every route handler goes through route()', routesOutsideWrapper],
  ['no two files import each other, directly or through others', importCycles],
  ['no file is over 300 lines', longFiles],
];
