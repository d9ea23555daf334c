import "server-only";
import type { z } from "zod";
import { ActionError } from "@/lib/action-result";
import { ewwrCategoryOf, type EwwrCategory } from "@/lib/domain/enums";
import type { Translate } from "@/lib/i18n/messages";
import { fieldErrorsOf } from "@/lib/i18n/zod-errors";
import { contactSchema, organisationSchema, type ContactInput, type OrganisationInput } from "../schemas";
import { fieldsOf, requiredFields, type ImportField, type ImportKind, type RowError } from "./schemas";
import {
  CommuneIndex,
  NameIndex,
  parseBoolean,
  parseConsent,
  parseEnum,
  parseNumber,
  unguardCell,
  type CommuneRef,
  type Converted,
} from "./values";

// Each row of the file, once mapped, goes through the directory's own schemas: the import
// accepts exactly what the forms accept.

export type Reference = {
  communes: CommuneRef[];
  organisations: { id: string; name: string; archived: boolean }[];
};

export type OrganisationRecord = {
  kind: "organisations";
  row: number;
  input: OrganisationInput;
  /** Fields whose cell was not empty: what a merge copies onto an existing row. */
  present: Set<ImportField>;
  /** The EWWR category written in the file; it overrides the type's own only when it differs. */
  ewwr: EwwrCategory | null;
};

export type Consent = { given: boolean; date: Date | null };
export type ContactRecord = {
  kind: "contacts";
  row: number;
  input: ContactInput;
  present: Set<ImportField>;
  consents: { newsletter: Consent; publicListing: Consent; photos: Consent };
};

export type ImportRecord = OrganisationRecord | ContactRecord;

/** Schema keys that differ from the import's field names. */
const schemaKeyOf: Partial<Record<ImportField, string>> = {
  commune: "communeId",
  ewwrCategory: "ewwrCategoryOverride",
  organisation: "organisationId",
};

/** Refuses a mapping that misses a required field, names a field twice or an unknown one. */
export function checkMapping(kind: ImportKind, headers: string[], mapping: string[]): void {
  const known = new Set<string>(fieldsOf[kind]);
  const fieldKeys: Record<string, string> = {};
  const seen = new Set<string>();
  mapping.slice(0, headers.length).forEach((field, i) => {
    if (!field) return;
    if (!known.has(field)) fieldKeys[`mapping.${i}`] = "import.errors.mappingUnknown";
    else if (seen.has(field)) fieldKeys[`mapping.${i}`] = "import.errors.mappingTwice";
    seen.add(field);
  });
  if (requiredFields[kind].some((f) => !seen.has(f))) fieldKeys.mapping = "import.errors.mappingMissing";
  if (Object.keys(fieldKeys).length > 0) {
    throw new ActionError("invalid_input", fieldKeys.mapping ?? "errors.invalid_input", fieldKeys);
  }
}

export function checkRows(args: {
  kind: ImportKind;
  headers: string[];
  rows: string[][];
  mapping: string[];
  reference: Reference;
  t: Translate;
}): { records: ImportRecord[]; errors: RowError[]; rowCount: number } {
  const { kind, headers, rows, mapping, t } = args;
  checkMapping(kind, headers, mapping);
  const columns = new Map<ImportField, number>();
  mapping.slice(0, headers.length).forEach((f, i) => f && columns.set(f as ImportField, i));
  const columnName = (field: ImportField) => {
    const i = columns.get(field);
    return i === undefined ? t(`import.fields.${kind}.${field}`) : headers[i]!;
  };
  const communes = new CommuneIndex(args.reference.communes);
  const organisations = new NameIndex(args.reference.organisations);
  const records: ImportRecord[] = [];
  const errors: RowError[] = [];
  let rowCount = 0;

  rows.forEach((cellsOfRow, index) => {
    if (cellsOfRow.length === 0) return;
    rowCount += 1;
    const row = index + 2;
    const cells = new Map<ImportField, string>();
    for (const [field, i] of columns) cells.set(field, unguardCell(cellsOfRow[i] ?? ""));
    const rowErrors = new Map<ImportField, string>();
    const unreadable = [...cells].find(([, v]) => v.includes("\ufffd"));
    if (unreadable) {
      errors.push({ row, column: columnName(unreadable[0]), message: t("import.row.encoding") });
      return;
    }
    const cell = (f: ImportField) => cells.get(f) ?? "";
    const convert = <T>(field: ImportField, result: Converted<T>): T | undefined => {
      if (result.ok) return result.value;
      rowErrors.set(field, t(result.key, { value: result.value }));
      return undefined;
    };
    const optional = <T>(field: ImportField, parse: (c: string) => Converted<T>): T | undefined =>
      cell(field) === "" ? undefined : convert(field, parse(cell(field)));

    let parsed: z.ZodSafeParseResult<OrganisationInput | ContactInput>;
    let build: (data: never) => ImportRecord;
    const present = new Set<ImportField>([...cells].filter(([, v]) => v !== "").map(([f]) => f));
    if (kind === "organisations") {
      const actorType = optional("actorType", (c) =>
        parseEnum<OrganisationInput["actorType"]>("actorTypes", c),
      );
      const ewwr = optional("ewwrCategory", (c) => parseEnum<EwwrCategory>("ewwr", c)) ?? null;
      const commune = optional("commune", (c) => communes.find(c));
      parsed = organisationSchema.safeParse({
        name: cell("name"),
        actorType,
        ewwrCategoryOverride: ewwr && actorType && ewwr !== ewwrCategoryOf[actorType] ? ewwr : "",
        communeId: commune?.id ?? "",
        address: cell("address"),
        latitude: optional("latitude", parseNumber) ?? "",
        longitude: optional("longitude", parseNumber) ?? "",
        website: cell("website"),
        description: cell("description"),
        tags: cell("tags"),
        status:
          optional("status", (c) => parseEnum<OrganisationInput["status"]>("statuses", c)) ?? "potential",
        isInternalService: convert("isInternalService", parseBoolean(cell("isInternalService"))) ?? false,
      });
      build = (input: OrganisationInput) => ({ kind, row, input, present, ewwr });
    } else {
      const organisation = optional("organisation", (c) => {
        let found = organisations.find(c);
        // An active organisation wins over archived namesakes.
        const active = found.filter((o) => !o.archived);
        if (found.length > 1 && active.length === 1) found = active;
        if (found.length === 1) return { ok: true, value: found[0]! } as const;
        return {
          ok: false,
          key: found.length ? "import.row.ambiguousOrganisation" : "import.row.unknownOrganisation",
          value: c,
        } as const;
      });
      const consent = (f: ImportField) => convert(f, parseConsent(cell(f))) ?? { given: false, date: null };
      const consents = {
        newsletter: consent("consentNewsletter"),
        publicListing: consent("consentPublicListing"),
        photos: consent("consentPhotos"),
      };
      parsed = contactSchema.safeParse({
        firstName: cell("firstName"),
        lastName: cell("lastName"),
        email: cell("email"),
        phone: cell("phone"),
        jobTitle: cell("jobTitle"),
        organisationId: organisation?.id ?? "",
        isRelayActor: convert("isRelayActor", parseBoolean(cell("isRelayActor"))) ?? false,
        isAmbassador: convert("isAmbassador", parseBoolean(cell("isAmbassador"))) ?? false,
        legalBasis: optional("legalBasis", (c) => parseEnum<ContactInput["legalBasis"]>("legalBases", c)),
        consentNewsletter: consents.newsletter.given,
        consentPublicListing: consents.publicListing.given,
        consentPhotos: consents.photos.given,
        source: cell("source"),
      });
      build = (input: ContactInput) => ({ kind, row, input, present, consents });
    }

    if (!parsed.success) {
      const byKey = fieldErrorsOf(parsed.error, t);
      for (const field of fieldsOf[kind] as readonly ImportField[]) {
        const messages = byKey[schemaKeyOf[field] ?? field];
        if (messages && !rowErrors.has(field)) rowErrors.set(field, messages.join(" "));
      }
      if (rowErrors.size === 0)
        errors.push({ row, column: "", message: Object.values(byKey).flat().join(" ") });
    }
    if (rowErrors.size > 0 || !parsed.success) {
      const ordered = [...rowErrors].sort((a, b) => (columns.get(a[0]) ?? 999) - (columns.get(b[0]) ?? 999));
      for (const [field, message] of ordered) errors.push({ row, column: columnName(field), message });
      return;
    }
    records.push(build(parsed.data as never));
  });
  return { records, errors, rowCount };
}
