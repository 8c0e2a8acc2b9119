import { formatTime } from '@/lib/time';

/** Who is there: a live region, so the new count is read out after each check-in. */
export function CheckInCount({ present, confirmed }: { present: number; confirmed: number }) {
  return (
    <p id="compteur-presences" role="status" aria-live="polite" aria-atomic="true" className="rounded-lg bg-marine-50 p-4 text-lg text-marine-900">
      <strong className="text-2xl">{present}</strong> présent·e{present > 1 ? 's' : ''} sur <strong className="text-2xl">{confirmed}</strong>{' '}
      inscription{confirmed > 1 ? 's' : ''} confirmée{confirmed > 1 ? 's' : ''}
    </p>
  );
}

/** A reminder when the desk is opened on another day than the event's. */
export function CheckInDayNotice({ eventDay, today, date }: { eventDay: string; today: string; date: string }) {
  if (eventDay === today) return null;
  return (
    <p className="rounded border border-slate-300 bg-slate-50 p-3 text-slate-900">
      {eventDay > today
        ? `La rencontre aura lieu le ${date} : vous pouvez déjà essayer l’accueil, pensez à annuler les présences d’essai.`
        : `La rencontre a eu lieu le ${date}.`}
    </p>
  );
}

export function PresenceState({ checkedInAt }: { checkedInAt: Date | null }) {
  return checkedInAt ? (
    <p className="font-semibold text-marine-900">Déjà présent·e depuis {formatTime(checkedInAt)}</p>
  ) : (
    <p className="text-slate-800">Pas encore arrivé·e</p>
  );
}
