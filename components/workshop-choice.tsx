import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from './form-field';
import { seatsLabel } from './workshop-slots';

export type SlotOption = {
  id: string;
  number: number;
  time: string;
  workshops: { id: string; code: string; title: string; remaining: number }[];
};

/** One radio per atelier of a slot; a full atelier is shown as full and cannot be chosen. */
export function WorkshopChoiceFieldset({
  slot,
  registration,
  error,
  keep,
}: {
  slot: SlotOption;
  eventFull?: boolean;
  registration: UseFormRegisterReturn | { name: string; defaultValue?: string };
  error?: string;
  /** The attendee's current atelier, which stays selectable even when full. */
  keep?: string;
}) {
  const errorId = `creneau-${slot.id}-erreur`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="text-xl font-bold text-marine-900">
        Atelier du créneau {slot.number} · {slot.time} <span className="text-base font-normal text-slate-700">(obligatoire)</span>
      </legend>
      <p className="text-sm text-slate-700">Choisissez un atelier.</p>
      <ul className="space-y-2">
        {slot.workshops.map((w) => {
          const full = w.remaining <= 0 && w.id !== keep;
          const inputId = `atelier-${w.id}`;
          const isRhf = 'onChange' in registration;
          return (
            <li key={w.id}>
              <label
                htmlFor={inputId}
                className={`flex items-start gap-3 rounded border p-3 ${full ? 'border-slate-200 bg-slate-50 text-slate-600' : 'border-slate-300 hover:border-marine-600'}`}
              >
                <input
                  id={inputId}
                  type="radio"
                  value={w.id}
                  disabled={full}
                  aria-invalid={error ? true : undefined}
                  className="mt-1 h-4 w-4"
                  {...(isRhf
                    ? (registration as UseFormRegisterReturn)
                    : { name: registration.name, defaultChecked: registration.defaultValue === w.id })}
                />
                <span>
                  <span className="font-semibold">
                    {w.code}. {w.title}
                  </span>
                  <span className={`block text-sm ${full ? 'font-semibold text-corail-700' : 'text-slate-700'}`}>
                    {full ? 'Complet' : seatsLabel(w.remaining)}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
