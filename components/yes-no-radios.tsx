'use client';

import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/**
 * "Oui" / "Non" radios bound to a boolean of a react-hook-form form (null or undefined: not
 * answered yet). The caller gives the fieldset, its legend and its error.
 */
export function YesNoRadios<T extends FieldValues>({
  control,
  name,
  invalid,
  idPrefix,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the form's output type plays no part here
  control: Control<T, unknown, any>;
  name: Path<T>;
  invalid: boolean;
  /** Ids `${idPrefix}-oui` and `${idPrefix}-non`, for links that lead to the question. */
  idPrefix?: string;
}) {
  return (
    <div className="mt-2 flex gap-6">
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <>
            {([true, false] as const).map((value, i) => (
              <label key={String(value)} className="flex items-center gap-2">
                <input
                  type="radio"
                  id={idPrefix ? `${idPrefix}-${value ? 'oui' : 'non'}` : undefined}
                  name={field.name}
                  value={String(value)}
                  checked={field.value === value}
                  onChange={() => field.onChange(value)}
                  onBlur={field.onBlur}
                  ref={i === 0 ? field.ref : undefined}
                  aria-invalid={invalid ? true : undefined}
                  className="h-4 w-4"
                />
                {value ? 'Oui' : 'Non'}
              </label>
            ))}
          </>
        )}
      />
    </div>
  );
}
