// Enumeration keys of the domain (see shared DOMAIN.md). Pure constants: importable from
// the schema, zod inputs and client components alike. Labels live in the message files.

export const roles = ["coordinator", "partner", "ambassador", "elected"] as const;
export type Role = (typeof roles)[number];

export const directoryVisibilities = ["full", "organisations", "none"] as const;

export const actorTypes = [
  "env_association",
  "neighbourhood_association",
  "social_economy",
  "artist",
  "municipality",
  "internal_service",
  "resident",
  "citizen_council",
  "public_institution",
  "large_company",
  "social_landlord",
  "reuse_repair_craft",
  "school",
  "network_head",
  "funder_institution",
] as const;
export type ActorType = (typeof actorTypes)[number];

export const ewwrCategories = [
  "public_administration",
  "association_ngo",
  "business_industry",
  "educational_establishment",
  "citizen",
] as const;
export type EwwrCategory = (typeof ewwrCategories)[number];

/** EWWR organiser category derived from the actor type (overridable per organisation). */
export const ewwrCategoryOf: Record<ActorType, EwwrCategory> = {
  env_association: "association_ngo",
  neighbourhood_association: "association_ngo",
  social_economy: "association_ngo",
  artist: "citizen",
  municipality: "public_administration",
  internal_service: "public_administration",
  resident: "citizen",
  citizen_council: "citizen",
  public_institution: "public_administration",
  large_company: "business_industry",
  social_landlord: "business_industry",
  reuse_repair_craft: "business_industry",
  school: "educational_establishment",
  network_head: "association_ngo",
  funder_institution: "public_administration",
};

export const engagementStatuses = ["potential", "contacted", "engaged", "core"] as const;
export type EngagementStatus = (typeof engagementStatuses)[number];

export const legalBases = ["public_task", "consent", "legitimate_interest"] as const;
