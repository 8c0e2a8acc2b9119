// Prints what breaks the code's shape rules (tests/architecture/rules.ts); exit 1 if anything does.
import * as rules from '../tests/architecture/rules';

const checks = rules.RULES;
let failed = false;
for (const [name, check] of checks) {
  const found = check();
  if (!found.length) continue;
  failed = true;
  console.log(`\n${name} (${found.length}):`);
  for (const item of found) console.log(`  ${Array.isArray(item) ? item.join(' → ') : item}`);
}
console.log(failed ? '' : 'All shape rules hold.');
process.exit(failed ? 1 : 0);
