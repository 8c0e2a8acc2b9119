/**
 * The app under test, and a second instance of the same build that reaches the same database
 * through a TCP proxy the outage tests can cut (tests/support/tcp-proxy.mts).
 */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const OUTAGE_PORT = PORT + 1;
export const DB_PROXY_PORT = PORT + 2;
export const DB_PROXY_CONTROL_PORT = PORT + 3;
