// E-mails of accounts: the invitation (7 days) and the password reset (1 hour).
import { hasRegionList, type UserRole } from '@/lib/auth/permissions';
import { singleLine } from './escape';
import { renderHtml, renderText, type EmailDocument } from './layout';
import type { OutgoingEmail } from './outbox';

const FOOTER = ['Tour de France de la clause sociale, un programme d’Alliance Villes Emploi avec ses partenaires régionaux.'];

function email(kind: 'account_invitation' | 'password_reset', to: string, doc: EmailDocument): OutgoingEmail {
  return { kind, to: singleLine(to), subject: singleLine(doc.title), text: renderText(doc), html: renderHtml(doc) };
}

export function invitationEmail(data: { to: string; name: string; role: UserRole; regions: string[]; url: string }) {
  const scope =
    hasRegionList(data.role)
      ? `en tant que partenaire régional (${data.regions.join(', ')})`
      : 'en tant que membre de l’équipe nationale d’Alliance Villes Emploi (toutes les régions)';
  return email('account_invitation', data.to, {
    title: 'Votre accès à la plateforme du Tour de France de la clause sociale',
    heading: 'Vous êtes invité·e sur la plateforme',
    blocks: [
      { type: 'paragraph', text: `Bonjour ${data.name || ''},`.replace(' ,', ',') },
      { type: 'paragraph', text: `Un compte vous a été ouvert ${scope}.` },
      { type: 'link', text: 'Choisissez votre mot de passe pour l’activer. Ce lien est valable 7 jours et ne sert qu’une fois :', label: 'Choisir mon mot de passe', url: data.url },
    ],
    footer: FOOTER,
  });
}

export function passwordResetEmail(data: { to: string; url: string }) {
  return email('password_reset', data.to, {
    title: 'Réinitialisation de votre mot de passe',
    heading: 'Choisir un nouveau mot de passe',
    blocks: [
      { type: 'paragraph', text: 'Vous avez demandé à réinitialiser le mot de passe de votre compte.' },
      { type: 'link', text: 'Ce lien est valable 1 heure et ne sert qu’une fois :', label: 'Choisir un nouveau mot de passe', url: data.url },
      { type: 'paragraph', text: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe ne change pas.' },
    ],
    footer: FOOTER,
  });
}

