// Times a 10,000-row import of organisations, then of contacts, through the import's own functions
// (upload = parse + store, analyse, commit), then a re-import of the contacts merging every row.
// npm run bench:import (npx tsx --conditions=react-server scripts/bench/import.ts)
// Uses DATABASE_URL (PostgreSQL: a throw-away network, deleted at the end) or an in-memory PGlite.

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { communes, networks, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { analyseImport } from "@/features/directory/import/analyse";
import { uploadImportFile } from "@/features/directory/import/batches";
import { commitImport } from "@/features/directory/import/commit";
import {
  commitImportSchema,
  type DuplicateChoice,
  type ImportKind,
} from "@/features/directory/import/schemas";
import { actorTypes } from "@/lib/domain/enums";
import { createTranslator } from "use-intl/core";
import core from "@/lib/i18n/messages/fr/core.json";
import importMessages from "@/lib/i18n/messages/fr/import.json";
import type { Translate } from "@/lib/i18n/messages";
import { timeZone } from "@/lib/i18n/config";

const rows = 10_000;
// use-intl's core, not lib/i18n/messages.ts: next-intl's React build does not load outside Next.js.
const t = createTranslator({
  locale: "fr",
  messages: { ...core, ...importMessages },
  timeZone,
}) as unknown as Translate;
const towns = [
  "Mulhouse",
  "Colmar",
  "Saint-Louis",
  "Illzach",
  "Wittenheim",
  "Rixheim",
  "Riedisheim",
  "Kingersheim",
];

function csv(lines: string[][]): Uint8Array {
  const quote = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return new TextEncoder().encode(lines.map((l) => l.map(quote).join(";")).join("\r\n"));
}

const organisationFile = () =>
  csv([
    ["Nom", "Type d'acteur", "Statut", "Commune", "Adresse", "Site web", "Description", "Étiquettes"],
    ...Array.from({ length: rows }, (_, i) => [
      `Structure n°${i} – Écocyclerie`,
      actorTypes[i % actorTypes.length]!,
      ["potential", "contacted", "engaged", "core"][i % 4]!,
      towns[i % towns.length]!,
      `${i} rue de la Paix`,
      `structure-${i}.example.org`,
      `Ressourcerie et atelier\nligne ${i}`,
      "réemploi, vélo",
    ]),
  ]);

const contactFile = (jobTitle: string) =>
  csv([
    ["Prénom", "Nom", "Courriel", "Téléphone", "Fonction", "Structure", "Acteur relais"],
    ...Array.from({ length: rows }, (_, i) => [
      "Camille",
      `Dupré-${i}`,
      `camille.${i}@exemple.fr`,
      "03 89 12 34 56",
      jobTitle,
      `Structure n°${i} – Écocyclerie`,
      i % 3 === 0 ? "oui" : "non",
    ]),
  ]);

async function timed<T>(label: string, run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${label.padEnd(9)} ${seconds.toFixed(2)} s`);
  return { value, seconds };
}

async function importOnce(
  db: Db,
  scope: { networkId: string; userId: string },
  kind: ImportKind,
  bytes: Uint8Array,
  defaultChoice: DuplicateChoice,
) {
  const upload = await timed("upload", () =>
    uploadImportFile(db, scope, { kind, fileName: `${kind}.csv`, bytes }),
  );
  const input = { batchId: upload.value.batchId, mapping: upload.value.mapping };
  const analyse = await timed("analyse", () => analyseImport(db, scope, input, t));
  if (analyse.value.errorCount > 0)
    throw new Error(`Unexpected errors: ${JSON.stringify(analyse.value.errors.slice(0, 3))}`);
  const commit = await timed("commit", () =>
    commitImport(db, scope, commitImportSchema.parse({ ...input, defaultChoice }), t),
  );
  const total = upload.seconds + analyse.seconds + commit.seconds;
  console.log(`  total     ${total.toFixed(2)} s  ${JSON.stringify(commit.value)}`);
  return total;
}

async function main() {
  const url = process.env.DATABASE_URL || undefined;
  const handle = openDb(url ? { url } : { pgliteDir: "memory://" });
  console.log(
    `Import de ${rows} lignes / ${rows}-row import on ${url ? "PostgreSQL" : "PGlite (in memory)"}`,
  );
  let networkId: string | undefined;
  try {
    await migrateDatabase(handle, url);
    const db = handle.db;
    const suffix = randomUUID().slice(0, 8);
    const [network] = await db
      .insert(networks)
      .values({ slug: `bench-import-${suffix}`, name: "Bench import" })
      .returning();
    networkId = network!.id;
    const [user] = await db
      .insert(users)
      .values({ email: `bench-${suffix}@example.test`, name: "Bench" })
      .returning();
    await db
      .insert(communes)
      .values(towns.map((name, i) => ({ networkId: network!.id, name, inseeCode: String(68100 + i) })));
    const scope = { networkId: network!.id, userId: user!.id };

    console.log("Structures / organisations (new):");
    const organisations = await importOnce(db, scope, "organisations", organisationFile(), "skip");
    console.log("Personnes / contacts (new, linked to their organisation by name):");
    const people = await importOnce(db, scope, "contacts", contactFile("Chargée de mission"), "skip");
    console.log("Personnes / contacts (every row a duplicate, merged):");
    const merged = await importOnce(db, scope, "contacts", contactFile("Directrice"), "merge");
    const worst = Math.max(organisations, people, merged);
    console.log(`Pire cas / worst case: ${worst.toFixed(2)} s for ${rows} rows (target < 30 s).`);
    await db.delete(users).where(eq(users.id, user!.id));
  } finally {
    if (url && networkId) await handle.db.delete(networks).where(eq(networks.id, networkId));
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Échec du banc d'essai / bench failed:", error);
  process.exitCode = 1;
});
