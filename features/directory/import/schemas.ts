import { z } from "zod";
import { duplicateChoices, importKinds } from "./constants";
export {
  duplicateChoices,
  listLimit,
  importKinds,
  fieldsOf,
  requiredFields,
  contactFields,
  organisationFields,
  importLimits,
  type ContactField,
  type ImportKind,
  type DuplicateChoice,
  type ImportField,
  type OrganisationField,
  type AnalyseResult,
  type CommitLine,
  type RowError,
  type UploadResult,
  type Duplicate,
  type CommitResult,
} from "./constants";

// Inputs of the import steps and the columns an import understands, shared by the wizard
// (client) and the actions (server). No server imports here.

export const uploadImportSchema = z.object({
  kind: z.enum(importKinds),
  // Any Blob with a name: the File of a form, whichever runtime built it.
  file: z.custom<File>((v) => v instanceof Blob && typeof (v as File).name === "string", {
    error: "validation.required",
  }),
});

/** One target field (or "" to ignore the column) per column of the file, in file order. */
const mappingField = z.array(z.string().max(40)).max(500);

export const analyseImportSchema = z.object({
  batchId: z.uuid(),
  mapping: mappingField,
});
export type AnalyseImportInput = z.output<typeof analyseImportSchema>;

export const commitImportSchema = analyseImportSchema.extend({
  /** The choice per duplicate, keyed by the duplicate's row number in the file. */
  choices: z.record(z.string().regex(/^\d{1,6}$/), z.enum(duplicateChoices)).default({}),
  /** The choice for duplicates without one of their own. */
  defaultChoice: z.enum(duplicateChoices).default("skip"),
});
export type CommitImportInput = z.output<typeof commitImportSchema>;
