// The one way into a use case from a server action: the request's context, the French answer of a
// typed error (never a stack trace), and after a commit the effects the use case returned, a
// refreshed page if asked, or a redirect.
import 'server-only';
import { headers } from 'next/headers';
import { refresh } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { actionError, type ActionResult } from '@/lib/action-result';
import type { WithEffects } from '@/lib/effects';
import { requestContext, runEffects, type RequestContext } from './context';

type ActionOptions<R, T> = {
  /** What the form is told on success (the use case's answer without its effects by default). */
  answer?: (result: R) => T;
  /** Where to go after success; null to stay and answer. */
  redirectTo?: (result: R) => string | null;
  /**
   * Re-render the current page: `true` after a change the use case reports (effects), `'always'`
   * after any success (pages that show their own rows: accounts, check-in counts).
   */
  refresh?: boolean | 'always';
};

export async function runAction<R extends object, T = Omit<R, 'effects'>>(
  run: (ctx: RequestContext) => Promise<R>,
  options: ActionOptions<R, T> = {},
): Promise<ActionResult<T>> {
  let result: R;
  try {
    result = await run(await requestContext(await headers()));
  } catch (error) {
    unstable_rethrow(error);
    return actionError(error);
  }
  const { effects, ...rest } = result as R & WithEffects;
  runEffects(effects);
  if (options.refresh === 'always' || (options.refresh && effects?.length)) refresh();
  const target = options.redirectTo?.(result);
  if (target) redirect(target);
  return { ok: true, data: options.answer ? options.answer(result) : (rest as T) };
}

/** An editor's change: "Aucun changement à enregistrer." when nothing changed, else its message. */
export function runEdit<R extends { changed: boolean }>(
  run: (ctx: RequestContext) => Promise<R>,
  message: (result: R) => string,
): Promise<ActionResult<{ message: string }>> {
  return runAction(run, {
    refresh: true,
    answer: (result) => ({ message: result.changed ? message(result) : 'Aucun changement à enregistrer.' }),
  });
}
