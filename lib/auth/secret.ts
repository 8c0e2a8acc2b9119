/** The key that signs session cookies (AUTH_SECRET; the launcher makes one for development). */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}
