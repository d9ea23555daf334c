// Shapes of what the public agenda shows; importable by components (no server code here).
import type { AgendaFilters } from "./schemas";

export type PublicNetwork = {
  id: string;
  slug: string;
  name: string;
  territoryLabel: string;
  brandColor: string;
  logoUrl: string | null;
};

export type PublicEdition = {
  id: string;
  year: number;
  startsOn: string;
  endsOn: string;
  nationalTheme: string | null;
};

/** When and where an occurrence takes place. */
export type OccurrencePlace = {
  id: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  address: string | null;
  communeName: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type AgendaOccurrence = OccurrencePlace & {
  actionId: string;
  title: string;
  themes: string[];
  targetPublics: string[];
  format: string | null;
  leadName: string;
};

export type PublicContact = { organisationId: string; name: string; email: string | null };

export type PublicAction = {
  id: string;
  title: string;
  description: string | null;
  themes: string[];
  targetPublics: string[];
  format: string | null;
  edition: { id: string; year: number };
  organisers: {
    id: string;
    name: string;
    website: string | null;
    lead: boolean;
    contacts: PublicContact[];
  }[];
  occurrences: OccurrencePlace[];
};

export type PublicOccurrence = Omit<OccurrencePlace, "latitude" | "longitude"> & {
  actionId: string;
  title: string;
  description: string | null;
  networkSlug: string;
  networkName: string;
};

export type AgendaData = {
  network: PublicNetwork;
  edition: PublicEdition;
  years: number[];
  filters: AgendaFilters;
  days: string[];
  communes: { id: string; name: string }[];
  occurrences: AgendaOccurrence[];
};
