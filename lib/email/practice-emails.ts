// E-mails of pratiques inspirantes sent from the public pages: a visitor's message to the
// structure behind a practice (the contact form).
import { singleLine } from './escape';
import { renderHtml, renderText, type EmailDocument } from './layout';
import type { OutgoingEmail } from './outbox';

const FOOTER = [
  'Tour de France de la clause sociale, un programme d’Alliance Villes Emploi avec ses partenaires régionaux.',
  'Vous recevez ce message parce que vous avez accepté d’être contacté·e au sujet de votre pratique. Votre adresse n’a pas été communiquée à l’expéditeur.',
];

export function practiceContactEmail(data: {
  to: string;
  respondentName: string;
  practiceTitle: string;
  practiceUrl: string;
  sender: { name: string; email: string; organisation: string; message: string };
}): OutgoingEmail {
  const who = data.sender.organisation ? `${data.sender.name} (${data.sender.organisation})` : data.sender.name;
  const doc: EmailDocument = {
    title: `Un message au sujet de votre pratique « ${singleLine(data.practiceTitle)} »`,
    heading: 'Un message au sujet de votre pratique',
    blocks: [
      { type: 'paragraph', text: `Bonjour ${data.respondentName || ''},`.replace(' ,', ',') },
      { type: 'paragraph', text: `${who} a lu votre pratique sur le site du Tour de France de la clause sociale et vous écrit :` },
      { type: 'paragraph', text: data.sender.message },
      { type: 'details', rows: [{ label: 'Pour lui répondre', value: data.sender.email }] },
      { type: 'link', text: 'Votre pratique en ligne :', label: data.practiceTitle, url: data.practiceUrl },
    ],
    footer: FOOTER,
  };
  return { kind: 'practice_contact', to: singleLine(data.to), subject: singleLine(doc.title), text: renderText(doc), html: renderHtml(doc) };
}
