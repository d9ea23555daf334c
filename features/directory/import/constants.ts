// Client-safe values of this area: importable from "use client" components (no zod here).
import type { ActionResult } from "@/lib/action-result";

export const importKinds = ["organisations", "contacts"] as const;

export type ImportKind = (typeof importKinds)[number];

/** The columns of an organisation file, in export order. */
export const organisationFields = [
  "name",
  "actorType",
  "ewwrCategory",
  "status",
  "commune",
  "address",
  "latitude",
  "longitude",
  "website",
  "description",
  "tags",
  "isInternalService",
] as const;

export type OrganisationField = (typeof organisationFields)[number];

/** The columns of a contact file, in export order. */
export const contactFields = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "jobTitle",
  "organisation",
  "isRelayActor",
  "isAmbassador",
  "legalBasis",
  "consentNewsletter",
  "consentPublicListing",
  "consentPhotos",
  "source",
] as const;

export type ContactField = (typeof contactFields)[number];

export type ImportField = OrganisationField | ContactField;

export const fieldsOf = {
  organisations: organisationFields,
  contacts: contactFields,
} as const satisfies Record<ImportKind, readonly ImportField[]>;

/** Columns a file must map before its rows can be checked. */
export const requiredFields: Record<ImportKind, readonly ImportField[]> = {
  organisations: ["name", "actorType"],
  contacts: ["firstName", "lastName"],
};

export const duplicateChoices = ["merge", "skip", "create"] as const;

export type DuplicateChoice = (typeof duplicateChoices)[number];

/** Files above these limits are refused (documented in the page and in docs/decisions/0006). */
export const importLimits = { maxRows: 20_000, maxBytes: 8 * 1024 * 1024 } as const;

/** How many errors and duplicates the review screen lists one by one. */
export const listLimit = 500;
export type UploadResult = {
  batchId: string;
  kind: ImportKind;
  fileName: string;
  headers: string[];
  rowCount: number;
  /** The guessed target field of each column ("" when none was recognised). */
  mapping: string[];
  /** The first values of each column, to help map it. */
  samples: string[][];
};

export type RowError = { row: number; column: string; message: string };

export type Duplicate = {
  row: number;
  /** What the row collides with: a row already in the directory, or an earlier row of the file. */
  target: { type: "existing"; label: string } | { type: "file"; row: number; label: string };
  /** Contacts share a unique email: they can be merged or skipped, never created twice. */
  allowCreate: boolean;
};

export type AnalyseResult = {
  kind: ImportKind;
  rowCount: number;
  errorCount: number;
  /** The first errors (at most `listLimit`), by row then column. */
  errors: RowError[];
  duplicateCount: number;
  duplicates: Duplicate[];
  preview: { fields: ImportField[]; rows: { row: number; cells: string[] }[] };
};

export type CommitResult = { created: number; updated: number; skipped: number };

/** A line of the streamed commit: progress while the rows are written, then the result. */
export type CommitLine = { done: number; total: number } | { result: ActionResult<CommitResult> };
