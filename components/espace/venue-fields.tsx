'use client';

import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { FormInput } from './form-input';

type VenueValues = { venueName: string; venueAddress: string; venuePostcode: string; venueCity: string };

/**
 * The venue of an event, in the creation form and the details form: its name, address, postcode
 * and city (the city is required: it enters the public page's address).
 */
export function VenueFields({
  form,
  legendClassName,
  cityFirst = false,
  cityHint,
  nameHint,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form holding the venue fields
  form: UseFormReturn<any, unknown, any>;
  legendClassName: string;
  cityFirst?: boolean;
  cityHint?: string;
  nameHint?: string;
  /** More fields of the venue, after the others. */
  children?: ReactNode;
}) {
  const venue = form as UseFormReturn<VenueValues>;
  const city = <FormInput form={venue} name="venueCity" label="Ville" required hint={cityHint} autoComplete="address-level2" />;
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className={legendClassName}>Lieu</legend>
      {cityFirst ? city : null}
      <FormInput form={venue} name="venueName" label="Nom du lieu" hint={nameHint} />
      <FormInput form={venue} name="venueAddress" label="Adresse" autoComplete="street-address" />
      <FormInput form={venue} name="venuePostcode" label="Code postal" inputMode="numeric" maxLength={5} autoComplete="postal-code" />
      {cityFirst ? null : city}
      {children}
    </fieldset>
  );
}
