// Enumeration keys of the domain (see shared DOMAIN.md). Pure constants: importable from
// the schema, zod inputs and client components alike. Labels live in the message files.

export const roles = ["coordinator", "partner", "ambassador", "elected"] as const;
export type Role = (typeof roles)[number];

export const directoryVisibilities = ["full", "organisations", "none"] as const;

/**
 * What kind of network it is, which decides the figures its overview shows: a PLPDMA's actors'
 * network (conseils d'acteurs, SERD), a syndicate's ambassadors' network, an exchange network of
 * member communes, or an internal mobilisation of the authority's departments and partners.
 */
export const networkKinds = ["plp", "ambassadors", "exchange", "internal"] as const;
export type NetworkKind = (typeof networkKinds)[number];

export const actorTypes = [
  "env_association",
  "neighbourhood_association",
  "social_economy",
  "artist",
  "municipality",
  "epci",
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
  epci: "public_administration",
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

// --- Meetings ---
export const eventTypes = [
  "actors_council",
  "serd_prep",
  "network_heads_meeting",
  "thematic_workshop",
  "training_session",
  "site_visit",
  "municipal_network_day",
  "ambassadors_meeting",
  "working_group",
  "practice_exchange",
] as const;
export type EventType = (typeof eventTypes)[number];

export const siteTypes = [
  "sorting_centre",
  "incinerator",
  "landfill",
  "reuse_centre",
  "recycling_centre",
  "composting_site",
] as const;
export const eventStatuses = ["planned", "held", "cancelled"] as const;

export const participationStatuses = [
  "invited",
  "registered",
  "waitlisted",
  "declined",
  "excused",
  "present",
  "late",
  "absent",
] as const;
export type ParticipationStatus = (typeof participationStatuses)[number];

export const halfDays = ["am", "pm"] as const;

// --- SERD ---
export const serdThemes = [
  "waste_prevention",
  "hazardous_waste",
  "food_waste",
  "composting",
  "reuse_repair",
  "clean_up",
] as const;
export type SerdTheme = (typeof serdThemes)[number];

export const serdFormats = [
  "stand",
  "workshop",
  "visit",
  "conference",
  "collection",
  "repair_cafe",
  "exhibition",
  "game",
  "other",
] as const;

export const serdPublics = [
  "general_public",
  "families",
  "children",
  "pupils",
  "students",
  "seniors",
  "employees",
  "social_housing_residents",
  "professionals",
  "elected_officials",
] as const;

export const serdReviewStatuses = [
  "draft",
  "submitted",
  "changes_requested",
  "labelled",
  "rejected",
] as const;
export type SerdReviewStatus = (typeof serdReviewStatuses)[number];

export const contributionKinds = ["staff", "material", "cash"] as const;

// --- Dashboards ---
/** Units of an indicator, computed or recorded. */
export const indicatorUnits = ["count", "percent", "tonnes", "kg_per_inhabitant", "eur", "hours", "fte", "other"] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

/** Whether an objective is reached when the actual value is at least, or at most, the target. */
export const objectiveDirections = ["at_least", "at_most"] as const;
export type ObjectiveDirection = (typeof objectiveDirections)[number];

/** Who spent the time of a time entry (the fiches count staff time by role). */
export const staffRoles = [
  "project_officer",
  "intern",
  "assistant",
  "communication_officer",
  "ambassador",
  "elected_referent",
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** What the time was spent on: a recorded meeting, a SERD edition, or a labelled activity. */
export const activityKinds = ["meeting", "serd_edition", "training", "tools", "network", "other"] as const;
export type ActivityKind = (typeof activityKinds)[number];
// --- Training ---
export const trainingCycleStatuses = ["draft", "open", "running", "closed"] as const;
export type TrainingCycleStatus = (typeof trainingCycleStatuses)[number];

/** `every_module`: present at ≥ 1 session of every module; `hours_percent`: ≥ N % of planned hours. */
export const completionRules = ["every_module", "hours_percent"] as const;
export type CompletionRule = (typeof completionRules)[number];

export const enrolmentStatuses = ["enrolled", "waiting", "requested", "refused", "cancelled"] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export const trainingSessionKinds = ["theory", "site_visit"] as const;
export type TrainingSessionKind = (typeof trainingSessionKinds)[number];

// --- Reports: OPTIGEDE experience fiches ---
/** The action of the network a fiche describes. */
export const ficheKinds = [
  "actors_mobilisation",
  "serd",
  "training",
  "exchange_network",
  "tools",
  "other",
] as const;
export type FicheKind = (typeof ficheKinds)[number];
