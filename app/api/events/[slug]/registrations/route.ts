import { appUrl } from '@/lib/config';
import { handle } from '@/lib/http';
import { assertSameSite, readJsonObject } from '@/lib/json-body';
import { afterRegistrationChange } from '@/lib/registrations/effects';
import { registerAttendee } from '@/lib/registrations/register';
import { clientIp } from '@/lib/request';
import { db } from '@/db';

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(async () => {
    const { slug } = await params;
    assertSameSite(request);
    const body = await readJsonObject(request);
    const key = request.headers.get('idempotency-key');
    const input = key && !('idempotencyKey' in body) ? { ...body, idempotencyKey: key } : body;
    const result = await registerAttendee(db, input, { slug, now: new Date(), appUrl: appUrl(), ip: clientIp(request.headers) });
    if (!result.replayed) afterRegistrationChange(result.eventSlug);
    return Response.json(
      { id: result.id, status: result.status, manageUrl: result.manageUrl },
      { status: result.replayed ? 200 : 201, headers: { 'Cache-Control': 'no-store' } },
    );
  });
}
