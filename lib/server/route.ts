// The one way into a use case from a route handler: the request's context, typed errors as the
// JSON error shape with their status (lib/http.ts), and after a commit the effects the use case
// returned. Handlers answer JSON, a file, or a ready Response.
import 'server-only';
import { connection } from 'next/server';
import type { Effect } from '@/lib/effects';
import { handle } from '@/lib/http';
import { requestContext, runEffects, type RequestContext } from './context';

export type RouteContext<P> = RequestContext & { params: P; request: Request };

export type Reply =
  | Response
  | { json: unknown; status?: number; headers?: Record<string, string>; effects?: readonly Effect[] }
  | { file: string | Uint8Array; filename: string; type: string; headers?: Record<string, string> };

type RouteOptions = {
  /** Public routes (API reads, registration, calendar files) do not read the session. */
  public?: boolean;
};

export function route<P = Record<string, never>>(handler: (ctx: RouteContext<P>) => Promise<Reply>, options: RouteOptions = {}) {
  return async (request: Request, segment?: { params?: Promise<P> }): Promise<Response> => {
    // Outside handle(): during prerendering connection() rejects on purpose and must not be caught.
    await connection();
    return handle(async () => {
      const params = ((await segment?.params) ?? {}) as P;
      const ctx = await requestContext(request.headers, { user: !options.public });
      const reply = await handler({ ...ctx, params, request });
      return toResponse(reply);
    });
  };
}

function toResponse(reply: Reply): Response {
  if (reply instanceof Response) return reply;
  if ('json' in reply) {
    runEffects(reply.effects);
    return Response.json(reply.json, { status: reply.status ?? 200, headers: { 'Cache-Control': 'no-store', ...reply.headers } });
  }
  return new Response(typeof reply.file === 'string' ? reply.file : new Blob([reply.file as BlobPart]), {
    headers: {
      'Content-Type': reply.type,
      'Content-Disposition': `attachment; filename="${reply.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...reply.headers,
    },
  });
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
