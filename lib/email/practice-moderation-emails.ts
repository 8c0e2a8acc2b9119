// E-mails of moderation to the person who answered the survey: changes asked (with a new private
// link to their answer and the staff's message), or the answer declined (with the reason).
import { singleLine } from './escape';
import { renderHtml, renderText, type EmailDocument } from './layout';
import type { OutgoingEmail } from './outbox';

const FOOTER = [
  'Tour de France de la clause sociale, un programme d’Alliance Villes Emploi avec ses partenaires régionaux.',
  'Vous recevez ce message parce que vous avez répondu à l’enquête « Les bonnes pratiques d’animation de la clause sociale dans les QPV ! ».',
];

type Recipient = { to: string; respondentName: string; practiceTitle: string; message: string };

const hello = (name: string) => `Bonjour ${name || ''},`.replace(' ,', ',');

function email(kind: 'practice_changes_requested' | 'practice_declined', to: string, doc: EmailDocument): OutgoingEmail {
  return { kind, to: singleLine(to), subject: singleLine(doc.title), text: renderText(doc), html: renderHtml(doc) };
}

export function practiceChangesEmail(data: Recipient & { url: string }): OutgoingEmail {
  return email('practice_changes_requested', data.to, {
    title: `Votre pratique « ${singleLine(data.practiceTitle)} » : quelques précisions demandées`,
    heading: 'Quelques précisions sur votre pratique',
    blocks: [
      { type: 'paragraph', text: hello(data.respondentName) },
      { type: 'paragraph', text: 'Merci pour votre réponse. Avant de la publier, l’équipe du Tour vous demande :' },
      { type: 'paragraph', text: data.message },
      { type: 'link', text: 'Complétez votre réponse puis envoyez-la de nouveau par ce lien personnel (ne le transférez pas) :', label: 'Reprendre ma réponse', url: data.url },
    ],
    footer: FOOTER,
  });
}

export function practiceDeclinedEmail(data: Recipient): OutgoingEmail {
  return email('practice_declined', data.to, {
    title: `Votre pratique « ${singleLine(data.practiceTitle)} » ne sera pas publiée`,
    heading: 'Votre pratique ne sera pas publiée',
    blocks: [
      { type: 'paragraph', text: hello(data.respondentName) },
      { type: 'paragraph', text: 'Merci d’avoir pris le temps de répondre à l’enquête. L’équipe du Tour a décidé de ne pas publier votre réponse, pour la raison suivante :' },
      { type: 'paragraph', text: data.message },
    ],
    footer: FOOTER,
  });
}
