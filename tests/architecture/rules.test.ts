// The code's shape (docs/architecture.md) holds: each rule lists the places that break it.
import { describe, expect, it } from 'vitest';
import * as rules from './rules';

describe('the shape of the code', () => {
  it.each(rules.RULES)('%s', (_name, breaches) => {
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
