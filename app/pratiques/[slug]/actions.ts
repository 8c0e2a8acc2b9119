'use server';

import type { MessageAnswer } from '@/lib/action-result';
import { sendPracticeContact } from '@/lib/practices/contact';
import { runAction } from '@/lib/server/action';

export async function contactPractice(slug: string, values: unknown): Promise<MessageAnswer> {
  return runAction((ctx) => sendPracticeContact(slug, values, ctx));
}
