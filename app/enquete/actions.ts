'use server';

import type { ActionResult } from '@/lib/action-result';
import { saveSurveyAnswer, startSurveyAnswer } from '@/lib/practices/survey';
import { runAction } from '@/lib/server/action';

export type SurveyAnswer = ActionResult<{ message: string }>;

// A new answer: its private page opens at once (draft kept, or answer sent), saying which e-mail went out.
export async function startSurvey(values: unknown): Promise<SurveyAnswer> {
  return runAction((ctx) => startSurveyAnswer(values, ctx), {
    redirectTo: (result) => `/enquete/${result.token}?${result.status === 'draft' ? 'brouillon' : 'envoi'}=1`,
    answer: () => ({ message: '' }),
  });
}

// Through the private link, which authorises the change (checked again in the use case).
export async function saveSurvey(token: string, values: unknown): Promise<SurveyAnswer> {
  return runAction((ctx) => saveSurveyAnswer(token, values, ctx), {
    redirectTo: (result) => (result.status === 'submitted' ? `/enquete/${token}?envoi=1` : null),
    answer: () => ({ message: 'Votre brouillon est enregistré. Revenez quand vous voulez par le lien reçu par e-mail.' }),
  });
}
