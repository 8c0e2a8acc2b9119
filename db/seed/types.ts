import type { AgendaKind, EventStatus, OrganisationType } from '../schema';
import type { RegionCode } from './regions';

/** An event as the seed writes it: times are wall-clock times of the region's zone on the event's date. */
export type SeedEvent = {
  slug: string;
  region: RegionCode;
  title: string;
  edition: number;
  date: string; // YYYY-MM-DD
  starts: string; // HH:MM
  ends: string;
  venue: { name: string; address: string; postcode: string; city: string; lat?: number; lng?: number };
  description: string;
  status: EventStatus;
  capacity: number;
  registration: { opens: string; closes: string } | null; // ISO instants
  contactEmail: string;
  lunchProvided: boolean;
  accessibilityInfo?: string;
  speakers?: { key: string; name: string; role: string; organisation?: string }[];
  agenda: {
    starts: string;
    ends: string;
    kind: AgendaKind;
    title: string;
    description?: string;
    speakers?: string[];
    workshops?: { code: string; title: string; description?: string; room?: string; capacity: number }[];
  }[];
  registrations?: {
    firstName: string;
    lastName: string;
    email: string;
    organisation: string;
    organisationType: OrganisationType;
    postcode: string;
    lunch: boolean;
    choices: string[]; // workshop codes, one per slot
  }[];
};
