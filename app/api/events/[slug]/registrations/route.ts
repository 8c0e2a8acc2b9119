import { assertSameSite, readJsonObject } from '@/lib/json-body';
import { registerAttendee } from '@/lib/registrations/register';
import { route } from '@/lib/server/route';

export const POST = route<{ slug: string }>(
  async ({ request, params, ...ctx }) => {
    assertSameSite(request);
    const body = await readJsonObject(request);
    const key = request.headers.get('idempotency-key');
    const input = key && !('idempotencyKey' in body) ? { ...body, idempotencyKey: key } : body;
    const result = await registerAttendee(input, { ...ctx, slug: params.slug });
    return {
      json: { id: result.id, status: result.status, manageUrl: result.manageUrl },
      status: result.replayed ? 200 : 201,
      effects: result.effects,
    };
  },
  { public: true },
);
