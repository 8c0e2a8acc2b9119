// E-mails of the survey: the private link of a draft, and the confirmation of a submitted answer
// (with the same kind of private link, to follow it and to answer moderation's questions).
import { formatDateTime } from '@/lib/time';
import { singleLine } from './escape';
import { renderHtml, renderText, type EmailDocument } from './layout';
import type { OutgoingEmail } from './outbox';

const FOOTER = [
  'Tour de France de la clause sociale, un programme d’Alliance Villes Emploi avec ses partenaires régionaux.',
  'Vous recevez ce message parce que cette adresse a été indiquée dans l’enquête « Les bonnes pratiques d’animation de la clause sociale dans les QPV ! ».',
];

export type SurveyEmailData = { to: string; name: string; title: string; url: string; now: Date };

const hello = (name: string) => ({ type: 'paragraph' as const, text: `Bonjour ${name || ''},`.replace(' ,', ',') });
const personal = { type: 'paragraph' as const, text: 'Ce lien est personnel : ne le transmettez pas.' };
const titled = (title: string) => (title ? ` « ${singleLine(title)} »` : '');

function email(kind: 'practice_draft_link' | 'practice_submitted', to: string, doc: EmailDocument): OutgoingEmail {
  return { kind, to: singleLine(to), subject: singleLine(doc.title), text: renderText(doc), html: renderHtml(doc) };
}

export function surveyDraftEmail(data: SurveyEmailData): OutgoingEmail {
  return email('practice_draft_link', data.to, {
    title: 'Votre brouillon de pratique inspirante est enregistré',
    heading: 'Votre brouillon est enregistré',
    blocks: [
      hello(data.name),
      {
        type: 'paragraph',
        text: `Votre réponse${titled(data.title)} à l’enquête nationale a été enregistrée comme brouillon le ${formatDateTime(data.now)}. Elle n’est pas encore envoyée.`,
      },
      { type: 'link', text: 'Pour la compléter et l’envoyer, revenez par ce lien :', label: 'Reprendre ma réponse', url: data.url },
      personal,
    ],
    footer: FOOTER,
  });
}

export function surveySubmittedEmail(data: SurveyEmailData & { again: boolean }): OutgoingEmail {
  return email('practice_submitted', data.to, {
    title: data.again ? 'Votre pratique inspirante modifiée a bien été reçue' : 'Votre pratique inspirante a bien été reçue',
    heading: data.again ? 'Merci, votre réponse modifiée est reçue' : 'Merci pour votre réponse',
    blocks: [
      hello(data.name),
      {
        type: 'paragraph',
        text: `Votre pratique${titled(data.title)} a été ${data.again ? 'renvoyée' : 'envoyée'} le ${formatDateTime(data.now)}. L’équipe du Tour de France de la clause sociale va la relire avant de la publier dans le recueil des pratiques inspirantes.`,
      },
      { type: 'paragraph', text: 'Si des précisions sont nécessaires, nous vous écrirons à cette adresse.' },
      { type: 'link', text: 'Vous pouvez suivre votre réponse par ce lien :', label: 'Voir ma réponse', url: data.url },
      personal,
    ],
    footer: FOOTER,
  });
}
