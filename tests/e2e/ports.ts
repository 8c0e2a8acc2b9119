/** The app under test, and a second instance of the same build whose database cannot be reached. */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const OUTAGE_PORT = PORT + 1;
