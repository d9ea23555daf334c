// The shape of a demo organisation and the names the demo refers to elsewhere.

import type { ActorType, EngagementStatus } from "@/lib/domain/enums";

export type OrganisationSeed = {
  name: string;
  actorType: ActorType;
  /** Name of a member commune; null for a body outside the territory (then `address` is complete). */
  commune: string | null;
  /** Base of the email domain ("<slug>.test") and of the generated website. */
  slug: string;
  /** Street part of the address (number included); generated when absent. */
  address?: string;
  /** Explicit website, or false for none; generated for some organisations when absent. */
  website?: string | false;
  description: string;
  tags: string[];
  /** Fixed status; the others are drawn so that the whole directory matches the target spread. */
  status?: EngagementStatus;
  /** Fixed job titles of its contacts (their number too); generated when absent. */
  roles?: string[];
};

export const AGGLO_ADDRESS = "2 rue Pierre-et-Marie-Curie";

export const partnerOrganisationName = "Ressourcerie du Nouveau Bassin";
export const wasteDirectionName = "Direction de la gestion des déchets";
