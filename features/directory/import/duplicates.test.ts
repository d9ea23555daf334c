import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contacts, organisationStatusChanges, organisations } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { addCommunes, importFile, utf8 } from "@/test/factories/import";


let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let towns: Awaited<ReturnType<typeof addCommunes>>;
let scope: { networkId: string; userId: string };
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "plp-doublons" });
  towns = await addCommunes(db, net.network.id);
  scope = { networkId: net.network.id, userId: net.coordinator.id };
});

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe("duplicates", () => {
  it("finds organisations by name in the same commune and honours merge, skip and create", async () => {
    const networkId = net.network.id;
    const ferry = await createOrganisation(db, {
      networkId,
      name: "École Jules-Ferry",
      actorType: "school",
      communeId: towns.Mulhouse.id,
      address: "3 rue des Écoles",
      status: "potential",
    });
    const atelier = await createOrganisation(db, {
      networkId,
      name: "Atelier vélo",
      actorType: "social_economy",
      communeId: towns.Colmar.id,
      description: "avant",
    });
    const tri = await createOrganisation(db, {
      networkId,
      name: "Tri-Cycle",
      actorType: "social_economy",
      communeId: towns["Saint-Louis"].id,
    });
    const file = utf8(
      [
        "Nom;Type;Statut;Commune;Adresse;Description",
        "ECOLE JULES FERRY;École / collège;engaged;Mulhouse;;Nouvelle description",
        "atelier Vélo !;Structure de l'ESS;;Colmar;;après",
        "Tri Cycle;Structure de l'ESS;;Saint-Louis;;",
        "École Jules-Ferry;École / collège;;Colmar;;autre commune : pas un doublon",
        "Nouvelle structure;Artiste;;;;",
        "nouvelle STRUCTURE;Artiste;;;;deuxième ligne du même nom",
      ].join("\n"),
    );
    const { analysis, commit } = await importFile(db, scope, "organisations", "doublons.csv", file, {
      choices: { "2": "merge", "3": "skip", "4": "create", "7": "merge" },
    });
    expect(analysis.duplicates).toEqual([
      { row: 2, target: { type: "existing", label: "École Jules-Ferry (Mulhouse)" }, allowCreate: true },
      { row: 3, target: { type: "existing", label: "Atelier vélo (Colmar)" }, allowCreate: true },
      { row: 4, target: { type: "existing", label: "Tri-Cycle (Saint-Louis)" }, allowCreate: true },
      { row: 7, target: { type: "file", row: 6, label: "Nouvelle structure" }, allowCreate: true },
    ]);
    expect(await commit()).toEqual({ created: 3, updated: 2, skipped: 1 });

    const [merged] = await db.select().from(organisations).where(eq(organisations.id, ferry.id));
    // Non-empty cells replace the values; empty cells keep them.
    expect(merged).toMatchObject({
      name: "École Jules-Ferry",
      status: "engaged",
      address: "3 rue des Écoles",
      description: "Nouvelle description",
    });
    const history = await db
      .select()
      .from(organisationStatusChanges)
      .where(eq(organisationStatusChanges.organisationId, ferry.id));
    expect(history).toMatchObject([
      { fromStatus: "potential", toStatus: "engaged", changedById: net.coordinator.id },
    ]);
    const [skipped] = await db.select().from(organisations).where(eq(organisations.id, atelier.id));
    expect(skipped).toEqual(atelier);
    const triCycles = await db
      .select()
      .from(organisations)
      .where(eq(organisations.communeId, towns["Saint-Louis"].id));
    expect(triCycles.map((o) => o.name).sort()).toEqual(["Tri Cycle", "Tri-Cycle"]);
    expect(triCycles.find((o) => o.id !== tri.id)!.status).toBe("potential");
    const ferries = await db.select().from(organisations).where(eq(organisations.name, "École Jules-Ferry"));
    expect(ferries.map((o) => o.communeId).sort()).toEqual([towns.Mulhouse.id, towns.Colmar.id].sort());
    // Row 7 merged into the organisation row 6 created.
    const nouvelles = await db
      .select()
      .from(organisations)
      .where(eq(organisations.name, "Nouvelle structure"));
    expect(nouvelles).toMatchObject([{ description: "deuxième ligne du même nom", actorType: "artist" }]);
  });

  it("finds people by email, in the directory and earlier in the file; they merge or are skipped, never created twice", async () => {
    const networkId = net.network.id;
    const [existing] = await db
      .insert(contacts)
      .values({
        networkId,
        firstName: "Nadia",
        lastName: "Roux",
        email: "nadia.roux@exemple.fr",
        jobTitle: "Animatrice",
        phone: "03 89 00 00 00",
      })
      .returning();
    const [kept] = await db
      .insert(contacts)
      .values({ networkId, firstName: "Paul", lastName: "Petit", email: "paul@exemple.fr" })
      .returning();
    const file = utf8(
      [
        "Prénom;Nom;Courriel;Téléphone;Fonction",
        "Nadia;Roux;Nadia.Roux@exemple.fr;06 11 22 33 44;",
        "Paolo;Petit;paul@exemple.fr;;Directeur",
        "Inès;Moreau;ines@exemple.fr;;",
        "Inès;Moreau;INES@exemple.fr;;Bénévole",
      ].join("\n"),
    );
    const attempt = await importFile(db, scope, "contacts", "personnes.csv", file, {
      choices: { "2": "merge", "3": "create" },
    });
    expect(attempt.analysis.duplicates).toEqual([
      {
        row: 2,
        target: { type: "existing", label: "Nadia Roux <nadia.roux@exemple.fr>" },
        allowCreate: false,
      },
      { row: 3, target: { type: "existing", label: "Paul Petit <paul@exemple.fr>" }, allowCreate: false },
      {
        row: 5,
        target: { type: "file", row: 4, label: "Inès Moreau <ines@exemple.fr>" },
        allowCreate: false,
      },
    ]);
    expect((await rejection(attempt.commit())).messageKey).toBe("import.errors.createNotAllowed");

    const { commit } = await importFile(db, scope, "contacts", "personnes.csv", file, {
      choices: { "2": "merge", "3": "skip", "5": "merge" },
    });
    expect(await commit()).toEqual({ created: 1, updated: 2, skipped: 1 });
    const [nadia] = await db.select().from(contacts).where(eq(contacts.id, existing!.id));
    expect(nadia).toMatchObject({ phone: "06 11 22 33 44", jobTitle: "Animatrice", firstName: "Nadia" });
    expect(nadia!.searchText).toContain("animatrice");
    const [paul] = await db.select().from(contacts).where(eq(contacts.id, kept!.id));
    expect(paul).toEqual(kept);
    const ines = await db
      .select()
      .from(contacts)
      .where(and(eq(contacts.networkId, networkId), eq(contacts.email, "ines@exemple.fr")));
    expect(ines).toMatchObject([{ firstName: "Inès", jobTitle: "Bénévole" }]);
  });
});
