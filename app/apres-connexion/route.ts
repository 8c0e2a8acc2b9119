// Where a sign-in without a target leads: national staff to their console, partners to their
// meetings, anyone not signed in back to the sign-in page.
import { landingAfterSignIn } from '@/lib/auth/landing';
import { route } from '@/lib/server/route';

export const GET = route(async ({ user }) => new Response(null, { status: 303, headers: { Location: landingAfterSignIn(user), 'Cache-Control': 'no-store' } }));
