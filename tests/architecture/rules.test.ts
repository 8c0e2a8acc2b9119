// The code's shape (docs/architecture.md) holds: each rule lists the places that break it.
import { describe, expect, it } from 'vitest';
import * as rules from './rules';

const RULES: [string, () => unknown[]][] = [
  ['app/ and components/ import nothing from db/, types included', rules.uiImportsOfDb],
  ['lib/ writes no SQL: no drizzle-orm, no sql`…` tag, no query', rules.sqlOutsideDb],
  ['roles are compared only in lib/auth/permissions.ts', rules.roleComparisons],
  ['every server action goes through runAction', rules.actionsOutsideWrapper],
  ['every route handler goes through route()', rules.routesOutsideWrapper],
  ['no two files import each other, directly or through others', rules.importCycles],
  ['no file is over 300 lines', rules.longFiles],
];

describe('the shape of the code', () => {
  it.each(RULES)('%s', (_name, breaches) => {
    expect(breaches()).toEqual([]);
  });
});

// The rules themselves see what they are meant to see.
describe('the rules', () => {
  it('read static, type-only, re-exported and dynamic imports', () => {
    const source = "import { a } from '@/db';\nimport type { B } from '../db/schema';\nexport { c } from './c';\nconst d = await import('@/lib/d');";
    expect(rules.specifiers(source)).toEqual(['@/db', '../db/schema', './c', '@/lib/d']);
  });
  it('resolve @/ and relative paths to files, and leave packages alone', () => {
    expect(rules.resolveImport('app/page.tsx', '@/db')).toBe('db/index.ts');
    expect(rules.resolveImport('lib/auth/permissions.ts', '../errors')).toBe('lib/errors.ts');
    expect(rules.resolveImport('lib/errors.ts', 'drizzle-orm')).toBeNull();
  });
});
