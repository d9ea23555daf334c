import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contacts, importBatches, organisations } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { loadNetworkContext } from "@/server/access/context";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { analyseImport } from "./analyse";
import { commitImport } from "./commit";
import { commitImportStream } from "./commit-stream";
import { commitImportSchema, type CommitLine } from "./schemas";
import { importFile, t, upload, utf8 } from "@/test/factories/import";


let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let maisonA: Awaited<ReturnType<typeof createOrganisation>>;
const scopeA = () => ({ networkId: a.network.id, userId: a.coordinator.id });
const scopeB = () => ({ networkId: b.network.id, userId: b.coordinator.id });

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reseau-a" });
  b = await createNetworkWithRoles(db, { slug: "reseau-b" });
  maisonA = await createOrganisation(db, { networkId: a.network.id, name: "Maison du Vélo" });
  await createOrganisation(db, { networkId: b.network.id, name: "Maison du Vélo" });
  await createOrganisation(db, { networkId: b.network.id, name: "Ressourcerie de B" });
  await db
    .insert(contacts)
    .values({ networkId: b.network.id, firstName: "Ana", lastName: "Lopez", email: "partage@exemple.fr" });
});

async function snapshotOf(networkId: string) {
  return {
    organisations: await db
      .select()
      .from(organisations)
      .where(eq(organisations.networkId, networkId))
      .orderBy(asc(organisations.id)),
    contacts: await db
      .select()
      .from(contacts)
      .where(eq(contacts.networkId, networkId))
      .orderBy(asc(contacts.id)),
  };
}

describe("an import in network A", () => {
  it("never links to, matches or changes network B's rows", async () => {
    const before = await snapshotOf(b.network.id);
    const file = utf8(
      [
        "Prénom;Nom;Courriel;Structure",
        "Ana;Lopez;partage@exemple.fr;Maison du Vélo",
        "Bob;Roy;bob@exemple.fr;Ressourcerie de B",
      ].join("\n"),
    );
    const first = await importFile(db, scopeA(), "contacts", "a.csv", file);
    expect(first.analysis.duplicates).toEqual([]);
    expect(first.analysis.errors).toEqual([
      {
        row: 3,
        column: "Structure",
        message:
          "Aucune structure de ce réseau ne s'appelle « Ressourcerie de B » : créez-la ou importez d'abord les structures.",
      },
    ]);

    const fixed = utf8(
      ["Prénom;Nom;Courriel;Structure", "Ana;Lopez;partage@exemple.fr;Maison du Vélo"].join("\n"),
    );
    const second = await importFile(db, scopeA(), "contacts", "a.csv", fixed);
    expect(await second.commit()).toEqual({ created: 1, updated: 0, skipped: 0 });
    const [ana] = await db.select().from(contacts).where(eq(contacts.networkId, a.network.id));
    expect(ana).toMatchObject({ email: "partage@exemple.fr", organisationId: maisonA.id });

    const organisationsFile = utf8("Nom;Type\nMaison du Vélo;artist\nRessourcerie de B;artist\n");
    const third = await importFile(db, scopeA(), "organisations", "o.csv", organisationsFile, {
      defaultChoice: "merge",
    });
    expect(third.analysis.duplicates).toEqual([
      { row: 2, target: { type: "existing", label: "Maison du Vélo" }, allowCreate: true },
    ]);
    expect(await third.commit()).toEqual({ created: 1, updated: 1, skipped: 0 });
    expect(await snapshotOf(b.network.id)).toEqual(before);
  });

  it("keeps its uploaded file out of network B's reach: not found", async () => {
    const uploaded = await upload(db, scopeA(), "organisations", "a.csv", utf8("Nom;Type\nX;artist\n"));
    const input = { batchId: uploaded.batchId, mapping: uploaded.mapping };
    const asB = await analyseImport(db, scopeB(), input, t).catch((e: unknown) => e);
    expect(asB).toBeInstanceOf(ActionError);
    expect((asB as ActionError).code).toBe("not_found");
    const commitAsB = await commitImport(db, scopeB(), commitImportSchema.parse(input), t).catch(
      (e: unknown) => e,
    );
    expect((commitAsB as ActionError).code).toBe("not_found");
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, uploaded.batchId));
    expect(batch!.status).toBe("uploaded");
    // And a file is imported once only.
    await commitImport(db, scopeA(), commitImportSchema.parse(input), t);
    const again = await commitImport(db, scopeA(), commitImportSchema.parse(input), t).catch(
      (e: unknown) => e,
    );
    expect((again as ActionError).messageKey).toBe("import.errors.alreadyCommitted");
  });
});

async function readLines(stream: ReadableStream<Uint8Array>): Promise<CommitLine[]> {
  const text = await new Response(stream).text();
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as CommitLine);
}

describe("the streamed commit (the route behind the progress bar)", () => {
  it("sends growing {done,total} lines, then the result", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Structure flux ${i};Artiste`);
    const uploaded = await upload(
      db,
      scopeA(),
      "organisations",
      "flux.csv",
      utf8(["Nom;Type", ...rows].join("\n")),
    );
    const ctx = (await loadNetworkContext(db, { userId: a.coordinator.id, networkSlug: "reseau-a" }))!;
    const lines = await readLines(
      commitImportStream(ctx, { batchId: uploaded.batchId, mapping: uploaded.mapping }, t),
    );
    const progress = lines.filter((l): l is { done: number; total: number } => "done" in l);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.every((p) => p.total === 2500)).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((x, y) => x - y));
    expect(progress.at(-1)!.done).toBe(2500);
    expect(lines.at(-1)).toEqual({ result: { ok: true, data: { created: 2500, updated: 0, skipped: 0 } } });
  });

  it("finishes a confirmed import when the browser goes away", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Structure partie ${i};Artiste`);
    const uploaded = await upload(
      db,
      scopeA(),
      "organisations",
      "parti.csv",
      utf8(["Nom;Type", ...rows].join("\n")),
    );
    const ctx = (await loadNetworkContext(db, { userId: a.coordinator.id, networkSlug: "reseau-a" }))!;
    const reader = commitImportStream(
      ctx,
      { batchId: uploaded.batchId, mapping: uploaded.mapping },
      t,
    ).getReader();
    await reader.read();
    await reader.cancel();
    const status = async () =>
      (await db.select().from(importBatches).where(eq(importBatches.id, uploaded.batchId)))[0]!;
    for (let i = 0; i < 100 && (await status()).status !== "committed"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await status()).toMatchObject({ status: "committed", createdCount: 2500 });
  });

  it("ends with the error, in the user's language, when the input is wrong", async () => {
    const ctx = (await loadNetworkContext(db, { userId: a.coordinator.id, networkSlug: "reseau-a" }))!;
    const lines = await readLines(commitImportStream(ctx, { batchId: "pas-un-identifiant", mapping: [] }, t));
    expect(lines).toEqual([
      {
        result: expect.objectContaining({
          ok: false,
          code: "invalid_input",
          error: "Certains champs sont à corriger.",
        }),
      },
    ]);
  });
});
