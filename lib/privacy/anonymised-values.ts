// What a registration's personal fields become once anonymised or erased: the rules the SQL of
// db/queries/privacy.ts applies, written in TypeScript for the tests and the pages.
export { ANONYMOUS_NAME, BLANKED_EMAIL_ERROR, BLANKED_EMAIL_SUBJECT } from '@/db/queries/privacy';

/**
 * The address left on an anonymised registration: unique (the live-registration index is on the
 * address), and under the reserved `.invalid` domain (RFC 2606), so it can never reach anyone.
 */
export function anonymousEmail(registrationId: string): string {
  return `anonyme-${registrationId}@invalid`;
}

/**
 * The part of a postcode kept after anonymisation: the department, so that territory statistics do
 * not change. Two digits in mainland France ("34080" → "34"); three overseas ("97400" → "974",
 * "98800" → "988") and in Corsica ("20000" → "200"), where two digits would not tell the
 * department apart (2A is 200–201, 2B is 202–206). Applying it again changes nothing.
 */
export function departmentPart(postcode: string): string {
  const value = postcode.trim();
  return /^(97|98|20)/.test(value) ? value.slice(0, 3) : value.slice(0, 2);
}
