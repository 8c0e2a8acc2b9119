// The French wording of each registration e-mail: subject, heading and content blocks.
import { formatLongDate, formatTimeRange, formatZonedTimeRange } from '@/lib/time';
import type { Block } from './layout';
import type { RegistrationEmailData, RegistrationEmailKind } from './registration-data';

export type MessageParts = { subject: string; heading: string; blocks: Block[]; calendar?: 'publish' | 'cancel' };

const quoted = (title: string) => `« ${title} »`;

/** Date, times, venue, the attendee's ateliers and lunch. */
function whenAndWhere(data: RegistrationEmailData): Block {
  const { event } = data;
  const rows = [
    { label: 'Date', value: formatLongDate(event.startsAt, event.timeZone) },
    { label: 'Horaires', value: formatZonedTimeRange(event.startsAt, event.endsAt, event.timeZone) },
    { label: 'Lieu', value: `${event.venueName}\n${event.venueAddress}\n${event.venuePostcode} ${event.venueCity}` },
  ];
  if (data.choices.length > 0) rows.push({ label: 'Vos ateliers', value: choiceLines(data).join('\n') });
  if (event.lunchProvided) {
    rows.push({ label: 'Déjeuner', value: data.lunch ? 'oui, vous déjeunez sur place' : 'non, vous ne déjeunez pas sur place' });
  }
  return { type: 'details', rows };
}

export function choiceLines(data: RegistrationEmailData): string[] {
  return [...data.choices]
    .sort((a, b) => a.slotStartsAt.getTime() - b.slotStartsAt.getTime())
    .map((c) => `${formatTimeRange(c.slotStartsAt, c.slotEndsAt, data.event.timeZone)} : atelier ${c.code}, ${c.title}`);
}

function manageBlocks(data: RegistrationEmailData, text: string): Block[] {
  if (data.manageUrl) {
    return [
      { type: 'link', text, label: 'Gérer mon inscription', url: data.manageUrl },
      { type: 'paragraph', text: 'Ce lien est personnel : ne le transmettez pas.' },
    ];
  }
  return [
    {
      type: 'paragraph',
      text: `${text.replace(/ :$/, '.')} Utilisez pour cela le lien personnel reçu dans l’e-mail de confirmation de votre inscription.`,
    },
  ];
}

const pageBlock = (data: RegistrationEmailData): Block => ({
  type: 'link',
  text: 'Le programme, les intervenants et les informations pratiques sont sur la page de la rencontre :',
  label: 'Voir la rencontre',
  url: data.event.url,
});

/** The QR code to show at the welcome desk, and its link for a desk that cannot scan it. */
function checkInBlocks(data: RegistrationEmailData): Block[] {
  if (!data.checkIn) return [];
  return [
    { type: 'heading', text: 'À votre arrivée' },
    {
      type: 'paragraph',
      text: 'Présentez ce QR code à l’accueil, sur votre téléphone ou imprimé : l’équipe enregistrera votre arrivée en un instant.',
    },
    { type: 'image', cid: data.checkIn.qrCid, alt: `QR code d'accueil de ${data.firstName} ${data.lastName}`, width: 200, height: 200 },
    {
      type: 'link',
      text: 'Si le QR code ne s’affiche pas, l’équipe d’accueil peut ouvrir ce lien (réservé aux organisateurs) :',
      label: 'Lien d’accueil',
      url: data.checkIn.url,
    },
  ];
}

const calendarNote: Block = { type: 'paragraph', text: 'Le fichier joint (.ics) ajoute la rencontre à votre agenda.' };

export function messageParts(kind: RegistrationEmailKind, data: RegistrationEmailData): MessageParts {
  const { event } = data;
  const title = quoted(event.title);
  const date = formatLongDate(event.startsAt, event.timeZone);
  switch (kind) {
    case 'registration_confirmed':
      return {
        subject: `Inscription confirmée : ${event.title}`,
        heading: 'Votre inscription est confirmée',
        calendar: 'publish',
        blocks: [
          { type: 'paragraph', text: `Votre inscription à la rencontre ${title} est confirmée. Nous serons heureux de vous accueillir.` },
          whenAndWhere(data),
          calendarNote,
          ...checkInBlocks(data),
          ...manageBlocks(data, 'Pour changer d’atelier ou annuler votre inscription :'),
          pageBlock(data),
        ],
      };
    case 'registration_waitlisted':
      return {
        subject: `Liste d'attente : ${event.title}`,
        heading: 'Vous êtes sur liste d’attente',
        blocks: [
          {
            type: 'paragraph',
            text: `La rencontre ${title} est complète : votre demande est inscrite sur liste d’attente. Si une place se libère, votre inscription sera confirmée dans l’ordre des demandes et nous vous écrirons aussitôt. Votre place n’est pas garantie tant que vous n’avez pas reçu cette confirmation.`,
          },
          whenAndWhere(data),
          ...manageBlocks(data, 'Pour modifier ou retirer votre demande :'),
          pageBlock(data),
        ],
      };
    case 'registration_promoted':
      return {
        subject: `Une place s'est libérée : inscription confirmée, ${event.title}`,
        heading: 'Une place s’est libérée : votre inscription est confirmée',
        calendar: 'publish',
        blocks: [
          {
            type: 'paragraph',
            text: `Bonne nouvelle : une place s’est libérée pour la rencontre ${title}. Vous étiez sur liste d’attente, votre inscription est maintenant confirmée.`,
          },
          whenAndWhere(data),
          calendarNote,
          ...checkInBlocks(data),
          ...manageBlocks(data, 'Si vous ne pouvez plus venir, merci d’annuler pour laisser la place à une autre personne :'),
          pageBlock(data),
        ],
      };
    case 'registration_changed':
      return {
        subject: `Inscription modifiée : ${event.title}`,
        heading: 'Votre inscription a été modifiée',
        blocks: [
          {
            type: 'paragraph',
            text: `Vos choix pour la rencontre ${title} ont bien été enregistrés. Voici votre inscription à jour${
              data.status === 'waitlisted' ? ' (toujours sur liste d’attente)' : ''
            }.`,
          },
          whenAndWhere(data),
          ...(data.choices.length === 0 ? [{ type: 'paragraph' as const, text: 'Vous n’avez choisi aucun atelier.' }] : []),
          ...manageBlocks(data, 'Pour modifier à nouveau ou annuler votre inscription :'),
        ],
      };
    case 'registration_cancelled':
      return {
        subject: `Inscription annulée : ${event.title}`,
        heading: 'Votre inscription est annulée',
        calendar: 'cancel',
        blocks: [
          {
            type: 'paragraph',
            text: `Votre inscription à la rencontre ${title} du ${date} est annulée. Merci de nous avoir prévenus : la place peut profiter à une autre personne.`,
          },
          {
            type: 'link',
            text: 'S’il s’agit d’une erreur, vous pouvez vous inscrire à nouveau depuis la page de la rencontre, dans la limite des places disponibles :',
            label: 'Voir la rencontre',
            url: event.url,
          },
          { type: 'paragraph', text: 'Le fichier joint (.ics) retire la rencontre de votre agenda si vous l’y aviez ajoutée.' },
        ],
      };
    case 'event_changed':
      return {
        subject: `Rencontre modifiée : ${event.title}, ${date}`,
        heading: 'La rencontre a changé',
        // Only a confirmed attendee has the event in their calendar: the file updates it.
        calendar: data.status === 'confirmed' ? 'publish' : undefined,
        blocks: [
          { type: 'paragraph', text: `Les organisateurs ont modifié la rencontre ${title}. Voici ce qui change :` },
          { type: 'list', items: data.changes ?? [] },
          whenAndWhere(data),
          ...(data.status === 'confirmed' ? [{ type: 'paragraph' as const, text: 'Le fichier joint (.ics) met à jour la rencontre dans votre agenda.' }] : []),
          ...manageBlocks(data, 'Si vous ne pouvez plus venir, merci d’annuler votre inscription :'),
          pageBlock(data),
        ],
      };
    case 'registration_reminder':
      return {
        subject: `Rappel : ${event.title}, ${date}`,
        heading: 'La rencontre approche',
        calendar: 'publish',
        blocks: [
          { type: 'paragraph', text: `Nous vous attendons à la rencontre ${title}. Voici l’essentiel pour venir.` },
          whenAndWhere(data),
          calendarNote,
          ...checkInBlocks(data),
          ...manageBlocks(data, 'Si vous ne pouvez plus venir, merci d’annuler votre inscription : votre place ira à une personne en liste d’attente.'),
          pageBlock(data),
        ],
      };
    case 'manage_link':
      return {
        subject: `Votre lien d'inscription : ${event.title}`,
        heading: 'Votre lien personnel d’inscription',
        blocks: [
          {
            type: 'paragraph',
            text: `Une inscription à la rencontre ${title} du ${date} existe déjà avec votre adresse e-mail. ${statusSentence(data)}`,
          },
          ...manageBlocks(data, 'Pour la consulter, changer d’atelier ou l’annuler :'),
          { type: 'paragraph', text: 'Si vous n’avez rien demandé, vous pouvez ignorer ce message : votre inscription ne change pas.' },
        ],
      };
    case 'event_cancelled':
      return {
        subject: `Rencontre annulée : ${event.title}`,
        heading: 'La rencontre est annulée',
        calendar: 'cancel',
        blocks: [
          {
            type: 'paragraph',
            text: `Nous sommes au regret de vous informer que la rencontre ${title}, prévue le ${date} à ${event.venueCity}, est annulée par ses organisateurs. Votre inscription est annulée avec elle : vous n’avez rien à faire.`,
          },
          { type: 'paragraph', text: 'Le fichier joint (.ics) retire la rencontre de votre agenda si vous l’y aviez ajoutée.' },
          { type: 'paragraph', text: `Pour toute question, écrivez aux organisateurs : ${event.contactEmail}` },
        ],
      };
  }
}

function statusSentence(data: RegistrationEmailData): string {
  switch (data.status) {
    case 'confirmed':
      return 'Votre inscription est confirmée.';
    case 'waitlisted':
      return 'Votre demande est sur liste d’attente.';
    case 'cancelled':
      return 'Cette inscription est annulée.';
  }
}

/** The .ics of the event for this attendee; same UID as the public calendar file, so they merge. */
