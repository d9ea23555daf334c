import type { Db } from "@/db/types";
import { insertCommunes } from "./index";
import { looseTranslator } from "@/lib/i18n/messages";
import { analyseImport } from "@/features/directory/import/analyse";
import { uploadImportFile } from "@/features/directory/import/batches";
import { commitImport, type Progress } from "@/features/directory/import/commit";
import { commitImportSchema, type DuplicateChoice, type ImportKind } from "@/features/directory/import/schemas";

// Shared by the import and export tests: the three steps of an import, as the wizard runs them.

export const t = looseTranslator("fr");

/** Windows-1252 bytes, as French spreadsheet software saves a CSV. */
export function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { "€": 0x80, "…": 0x85, "’": 0x92, Œ: 0x8c, œ: 0x9c };
  return Uint8Array.from(
    [...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)),
  );
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export async function addCommunes(db: Db, networkId: string) {
  const rows = await insertCommunes(db, networkId, [
    { name: "Mulhouse", inseeCode: "68224" },
    { name: "Colmar", inseeCode: "68066" },
    { name: "Saint-Louis", inseeCode: "68297" },
  ]);
  return Object.fromEntries(rows.map((c) => [c.name, c])) as Record<
    "Mulhouse" | "Colmar" | "Saint-Louis",
    (typeof rows)[number]
  >;
}

export type Scope = { networkId: string; userId: string };

export async function upload(db: Db, scope: Scope, kind: ImportKind, fileName: string, bytes: Uint8Array) {
  return uploadImportFile(db, scope, { kind, fileName, bytes });
}

export async function importFile(
  db: Db,
  scope: Scope,
  kind: ImportKind,
  fileName: string,
  bytes: Uint8Array,
  options: {
    mapping?: (guess: string[]) => string[];
    choices?: Record<string, DuplicateChoice>;
    defaultChoice?: DuplicateChoice;
    onProgress?: Progress;
  } = {},
) {
  const uploaded = await upload(db, scope, kind, fileName, bytes);
  const mapping = options.mapping ? options.mapping(uploaded.mapping) : uploaded.mapping;
  const analysis = await analyseImport(db, scope, { batchId: uploaded.batchId, mapping }, t);
  const commit = () =>
    commitImport(
      db,
      scope,
      commitImportSchema.parse({
        batchId: uploaded.batchId,
        mapping,
        choices: options.choices ?? {},
        defaultChoice: options.defaultChoice ?? "skip",
      }),
      t,
      options.onProgress,
    );
  return { uploaded, analysis, commit };
}
