'use client';

import { useEffect, useRef } from 'react';

/**
 * Moves the focus to an action's answer when it arrives: the button pressed may be gone from the
 * page after the change (a "Désactiver" that became "Réactiver"), and the answer is what a keyboard
 * or screen-reader user needs next. When the server names fields in error, the first of them gets
 * the focus instead (its id is given by `fieldId`).
 */
export function useFocusedAnswer<A extends { ok: boolean; error?: { fields?: Record<string, string> } } | null>(
  answer: A,
  fieldId?: (field: string) => string | undefined,
) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!answer) return;
    const firstField = !answer.ok && fieldId ? Object.keys(answer.error?.fields ?? {}).map(fieldId).find(Boolean) : undefined;
    const target = firstField ? document.getElementById(firstField) : null;
    (target ?? ref.current)?.focus();
    // Only a new answer moves the focus.
  }, [answer]); // eslint-disable-line react-hooks/exhaustive-deps
  return ref;
}
