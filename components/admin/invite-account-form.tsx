'use client';

import { useActionState, useEffect, useState } from 'react';
import type { MessageAnswer as Answer } from '@/lib/action-result';
import { hasRegionList, ROLE_LABELS, type UserRole } from '@/lib/auth/permissions';
import { primaryButton } from '../espace/form-status';
import { FieldError, inputClass } from '../form-field';
import { useFocusedAnswer } from './use-focused-answer';

type Props = {
  regions: { id: number; name: string; overseas: boolean }[];
  action: (previous: Answer, form: FormData) => Promise<Answer>;
};

/** The roles one may invite, the most frequent first, with what each one does. */
const INVITED_ROLES: UserRole[] = ['partner', 'national'];
const ROLE_HINTS: Record<UserRole, string> = {
  partner: 'publie et suit les rencontres de ses régions',
  national: 'toutes les régions, comptes, journal et e-mails',
};

const FIELD_IDS: Record<string, string> = { email: 'invitation-email', name: 'invitation-nom', role: 'invitation-role-partner', regionIds: 'invitation-regions-premiere' };

/**
 * Invites someone: address, name, role and, for a partner, regions. Checked by the server (the
 * schema of inviteUser); its errors show next to their fields and what was typed stays.
 */
export function InviteAccountForm({ regions, action }: Props) {
  const [answer, formAction, pending] = useActionState(action, null);
  // Controlled fields: React empties uncontrolled ones after every action, even a refused one.
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>(INVITED_ROLES[0]);
  const [regionIds, setRegionIds] = useState<number[]>([]);
  const messageRef = useFocusedAnswer(answer, (field) => FIELD_IDS[field]);
  const fields = answer && !answer.ok ? answer.error.fields : undefined;

  useEffect(() => {
    if (!answer?.ok) return;
    setEmail('');
    setName('');
    setRegionIds([]);
  }, [answer]);

  const toggle = (id: number, on: boolean) => setRegionIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const describe = (id: string, error?: string, hint?: string) => [hint, error ? `${id}-erreur` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form action={formAction} noValidate aria-labelledby="titre-invitation" className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <p ref={messageRef} tabIndex={-1} role="status" id="resultat-invitation" className="focus:outline-none">
        {answer ? (
          <span
            className={`block rounded border p-3 ${answer.ok ? 'border-marine-200 bg-marine-50 text-marine-900' : 'border-corail-600 bg-corail-50 font-semibold text-corail-700'}`}
          >
            {answer.ok ? answer.data.message : answer.error.message}
          </span>
        ) : null}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="invitation-email" className="font-semibold text-slate-900">
            Adresse e-mail <span className="font-normal text-slate-700">(obligatoire)</span>
          </label>
          <input
            id="invitation-email"
            name="email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-required="true"
            aria-invalid={fields?.email ? true : undefined}
            aria-describedby={describe('invitation-email', fields?.email)}
            className={inputClass}
          />
          <FieldError id="invitation-email-erreur" message={fields?.email} />
        </div>
        <div>
          <label htmlFor="invitation-nom" className="font-semibold text-slate-900">
            Nom
          </label>
          <input
            id="invitation-nom"
            name="name"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={fields?.name ? true : undefined}
            aria-describedby={describe('invitation-nom', fields?.name)}
            className={inputClass}
          />
          <FieldError id="invitation-nom-erreur" message={fields?.name} />
        </div>
      </div>

      <fieldset aria-describedby={fields?.role ? 'invitation-role-erreur' : undefined}>
        <legend className="font-semibold text-slate-900">Rôle</legend>
        <FieldError id="invitation-role-erreur" message={fields?.role} />
        <div className="mt-2 space-y-2">
          {INVITED_ROLES.map((r) => (
            <label key={r} className="flex items-start gap-2">
              <input
                id={`invitation-role-${r}`}
                type="radio"
                name="role"
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
                className="mt-1 h-4 w-4"
              />
              <span>
                {ROLE_LABELS[r]} <span className="text-slate-700">— {ROLE_HINTS[r]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset aria-describedby={['invitation-regions-aide', fields?.regionIds ? 'invitation-regions-erreur' : null].filter(Boolean).join(' ')}>
        <legend className="font-semibold text-slate-900">Régions du partenaire</legend>
        <p id="invitation-regions-aide" className="text-sm text-slate-700">
          {hasRegionList(role) ? 'Au moins une région.' : 'Sans objet pour l’équipe nationale, qui voit toutes les régions.'}
        </p>
        <FieldError id="invitation-regions-erreur" message={fields?.regionIds} />
        <RegionCheckboxes
          idPrefix="invitation-regions"
          regions={regions}
          checked={regionIds}
          onToggle={toggle}
          disabled={!hasRegionList(role)}
        />
      </fieldset>

      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Envoi de l’invitation…' : 'Envoyer l’invitation'}
      </button>
    </form>
  );
}

/** The regions as checkboxes (metropolitan, then overseas); the first one has the id `${idPrefix}-premiere`. */
export function RegionCheckboxes({
  idPrefix,
  regions,
  checked,
  onToggle,
  disabled,
}: {
  idPrefix: string;
  regions: { id: number; name: string; overseas: boolean }[];
  checked: number[];
  onToggle: (id: number, on: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
      {regions.map((r, i) => (
        <li key={r.id}>
          <label className={`flex items-center gap-2 ${disabled ? 'text-slate-700' : ''}`}>
            <input
              id={i === 0 ? `${idPrefix}-premiere` : `${idPrefix}-${r.id}`}
              type="checkbox"
              name="regionIds"
              value={r.id}
              checked={checked.includes(r.id)}
              onChange={(e) => onToggle(r.id, e.target.checked)}
              disabled={disabled}
              className="h-4 w-4"
            />
            {r.name}
            {r.overseas ? <span className="sr-only"> (outre-mer)</span> : null}
          </label>
        </li>
      ))}
    </ul>
  );
}
