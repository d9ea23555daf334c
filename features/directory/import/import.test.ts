import ExcelJS from "exceljs";
import { and, asc, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contacts, importBatches, organisationStatusChanges, organisations } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { addCommunes, cp1252, importFile, t, utf8 } from "@/test/factories/import";


let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let towns: Awaited<ReturnType<typeof addCommunes>>;
let scope: { networkId: string; userId: string };
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "plp-import" });
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

const orgByName = async (name: string) =>
  (
    await db
      .select()
      .from(organisations)
      .where(and(eq(organisations.networkId, net.network.id), eq(organisations.name, name)))
  )[0];

describe("import of a Windows-1252 CSV", () => {
  it("reads semicolons, accents, œ and a quoted line break, and writes the organisations", async () => {
    const file = cp1252(
      [
        "Nom;Type;Statut;Commune;Description;Étiquettes;Site web",
        '"Écocyclerie du Cœur";Structure de l’ESS;Noyau;Mulhouse;"Ressourcerie\natelier vélo";réemploi, vélo;ecocyclerie.fr',
        "Lycée Théodore-Deck;École / collège;contacted;68066;;;",
      ].join("\r\n"),
    );
    const { uploaded, analysis, commit } = await importFile(
      db,
      scope,
      "organisations",
      "structures.csv",
      file,
    );
    expect(uploaded.headers).toEqual([
      "Nom",
      "Type",
      "Statut",
      "Commune",
      "Description",
      "Étiquettes",
      "Site web",
    ]);
    expect(uploaded.mapping).toEqual([
      "name",
      "actorType",
      "status",
      "commune",
      "description",
      "tags",
      "website",
    ]);
    expect(analysis.errors).toEqual([]);
    expect(analysis.preview.rows[0]).toEqual({
      row: 2,
      cells: [
        "Écocyclerie du Cœur",
        "Structure de l’ESS",
        "Noyau",
        "Mulhouse",
        "Ressourcerie\natelier vélo",
        "réemploi, vélo",
        "ecocyclerie.fr",
      ],
    });
    expect(await commit()).toEqual({ created: 2, updated: 0, skipped: 0 });

    const eco = await orgByName("Écocyclerie du Cœur");
    expect(eco).toMatchObject({
      actorType: "social_economy",
      status: "core",
      communeId: towns.Mulhouse.id,
      description: "Ressourcerie\natelier vélo",
      tags: ["réemploi", "vélo"],
      website: "https://ecocyclerie.fr",
    });
    expect(eco!.searchText).toContain("ecocyclerie du coeur");
    expect(await orgByName("Lycée Théodore-Deck")).toMatchObject({
      actorType: "school",
      status: "contacted",
      communeId: towns.Colmar.id,
    });
    const history = await db
      .select()
      .from(organisationStatusChanges)
      .where(eq(organisationStatusChanges.organisationId, eco!.id));
    expect(history).toMatchObject([{ fromStatus: null, toStatus: "core", changedById: net.coordinator.id }]);
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, uploaded.batchId));
    expect(batch).toMatchObject({
      status: "committed",
      createdCount: 2,
      updatedCount: 0,
      skippedCount: 0,
      rows: [],
    });
  });

  it("reads a comma-separated UTF-8 file with a BOM, and reports a row whose bytes are broken", async () => {
    const good = utf8("\ufeffName,Actor type\nRepair Café Colmar,Reuse / repair craftsperson\n");
    const broken = new Uint8Array([
      ...utf8("Nom;Type\nÉcole Jean-Macé;school\nMa"),
      0xff,
      ...utf8("ison;school\n"),
    ]);
    const { analysis } = await importFile(db, scope, "organisations", "a.csv", good);
    expect(analysis.errors).toEqual([]);
    expect(analysis.preview.rows[0]!.cells).toEqual(["Repair Café Colmar", "Reuse / repair craftsperson"]);
    const second = await importFile(db, scope, "organisations", "b.csv", broken);
    expect(second.analysis.errors).toEqual([{ row: 3, column: "Nom", message: t("import.row.encoding") }]);
    expect(second.analysis.preview.rows[0]!.cells[0]).toBe("École Jean-Macé");
  });
});

describe("import of an XLSX workbook", () => {
  it("reads the first sheet written by exceljs: rich text, links, dates and numbers", async () => {
    await createOrganisation(db, { networkId: net.network.id, name: "Maison du Vélo" });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Personnes");
    workbook.addWorksheet("Notes").addRow(["not imported"]);
    sheet.addRow([
      "Prénom",
      "Nom",
      "E-mail",
      "Téléphone",
      "Structure",
      "Acteur relais",
      "Consentement newsletter",
      "Fonction",
    ]);
    sheet.addRow([
      "Léa",
      { richText: [{ text: "Mar" }, { text: "tin", font: { bold: true } }] },
      { text: "Lea.Martin@Exemple.fr", hyperlink: "mailto:Lea.Martin@Exemple.fr" },
      "+33 6 12 34 56 78",
      "maison du velo",
      "oui",
      new Date(Date.UTC(2025, 2, 14)),
      "Chargée de projet",
    ]);
    sheet.addRow([]);
    sheet.addRow(["Hugo", "Bernard", "", 389123456, "", "non", "", ""]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { uploaded, analysis, commit } = await importFile(db, scope, "contacts", "personnes.xlsx", bytes);
    expect(uploaded.mapping).toEqual([
      "firstName",
      "lastName",
      "email",
      "phone",
      "organisation",
      "isRelayActor",
      "consentNewsletter",
      "jobTitle",
    ]);
    expect(uploaded.rowCount).toBe(2);
    expect(analysis.errors).toEqual([]);
    expect(analysis.preview.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(await commit()).toEqual({ created: 2, updated: 0, skipped: 0 });

    const people = await db
      .select()
      .from(contacts)
      .where(eq(contacts.networkId, net.network.id))
      .orderBy(asc(contacts.lastName));
    const maison = await orgByName("Maison du Vélo");
    expect(people).toMatchObject([
      {
        firstName: "Hugo",
        lastName: "Bernard",
        email: null,
        phone: "389123456",
        organisationId: null,
        isRelayActor: false,
        consentNewsletterAt: null,
      },
      {
        firstName: "Léa",
        lastName: "Martin",
        email: "lea.martin@exemple.fr",
        phone: "+33 6 12 34 56 78",
        jobTitle: "Chargée de projet",
        organisationId: maison!.id,
        isRelayActor: true,
        source: "import:personnes.xlsx",
      },
    ]);
    expect(people[1]!.consentNewsletterAt!.toISOString().slice(0, 10)).toBe("2025-03-14");
    expect(people[1]!.searchText).toContain("maison du velo");
  });
});

describe("all or nothing", () => {
  it("reports every bad row by row number and column, and a file with one bad row writes nothing", async () => {
    const countContacts = async () =>
      (await db.select({ n: count() }).from(contacts).where(eq(contacts.networkId, net.network.id)))[0]!.n;
    const countOrganisations = async () =>
      (
        await db.select({ n: count() }).from(organisations).where(eq(organisations.networkId, net.network.id))
      )[0]!.n;
    const before = { contacts: await countContacts(), organisations: await countOrganisations() };
    const file = utf8(
      [
        "Prénom;Nom;Courriel;Téléphone;Structure;Ambassadeur",
        "Chloé;Fabre;chloe@exemple.fr;;;",
        "Marc;Henry;marc@@exemple;abc;Structure inconnue;peut-être",
        "Zoé;Lang;zoe@exemple.fr;;;",
      ].join("\n"),
    );
    const { uploaded, analysis, commit } = await importFile(db, scope, "contacts", "erreurs.csv", file);
    expect(analysis.errorCount).toBe(4);
    expect(analysis.errors).toEqual([
      {
        row: 3,
        column: "Courriel",
        message: "Adresse électronique invalide (exemple : prenom.nom@exemple.fr).",
      },
      { row: 3, column: "Téléphone", message: t("validation.phone") },
      {
        row: 3,
        column: "Structure",
        message:
          "Aucune structure de ce réseau ne s'appelle « Structure inconnue » : créez-la ou importez d'abord les structures.",
      },
      { row: 3, column: "Ambassadeur", message: "Indiquez oui ou non (« peut-être » n'est pas compris)." },
    ]);
    const error = await rejection(commit());
    expect(t(error.messageKey)).toBe(
      "Des lignes comportent des erreurs : corrigez le fichier puis importez-le de nouveau. Rien n'a été enregistré.",
    );
    expect({ contacts: await countContacts(), organisations: await countOrganisations() }).toEqual(before);
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, uploaded.batchId));
    expect(batch!.status).toBe("uploaded");
  });

  it("rolls back the rows already written when the commit fails half-way", async () => {
    const countOrganisations = async () =>
      (
        await db.select({ n: count() }).from(organisations).where(eq(organisations.networkId, net.network.id))
      )[0]!.n;
    const before = await countOrganisations();
    const rows = Array.from({ length: 2500 }, (_, i) => `Structure interrompue ${i};Artiste`);
    let written = 0;
    const { commit } = await importFile(
      db,
      scope,
      "organisations",
      "coupure.csv",
      utf8(["Nom;Type", ...rows].join("\n")),
      {
        onProgress: (done) => {
          written = done;
          // The connection drops after the first 1,000 rows went in.
          if (done >= 1000) throw new Error("connection lost");
        },
      },
    );
    await expect(commit()).rejects.toThrow("connection lost");
    expect(written).toBeGreaterThanOrEqual(1000);
    expect(await countOrganisations()).toBe(before);
  });

  it("refuses a mapping without the required columns, or with a field twice", async () => {
    const file = utf8("Nom;Nom commun\nA;B\n");
    const uploaded = await importFile(db, scope, "organisations", "m.csv", file, {
      mapping: () => ["name", "name"],
    }).catch((e: unknown) => e);
    expect(uploaded).toBeInstanceOf(ActionError);
    expect((uploaded as ActionError).fieldKeys).toEqual({
      "mapping.1": "import.errors.mappingTwice",
      mapping: "import.errors.mappingMissing",
    });
  });
});
