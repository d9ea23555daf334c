import ExcelJS from "exceljs";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { communes, contacts, organisations } from "@/db/schema";
import type { Db } from "@/db/types";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import { parisDateKey } from "@/lib/domain/paris-time";
import { exportDirectory } from "./export";
import { addCommunes, importFile } from "@/test/factories/import";
import { createContact, createOrganisation } from "./mutations";
import { contactSchema, organisationSchema } from "./schemas";


let source: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  source = await createNetworkWithRoles(db, { slug: "plp-demo" });
  const towns = await addCommunes(db, source.network.id);
  const scope = { networkId: source.network.id, userId: source.coordinator.id };
  const eco = await createOrganisation(
    db,
    scope,
    organisationSchema.parse({
      name: "Écocyclerie du Pays",
      actorType: "social_economy",
      ewwrCategoryOverride: "business_industry",
      communeId: towns.Mulhouse.id,
      address: "12 rue de l'Industrie",
      latitude: "47.75",
      longitude: "7.33",
      website: "https://ecocyclerie.fr/atelier",
      description: 'Ressourcerie; atelier "vélo"\nouvert le samedi',
      tags: "réemploi, vélo",
      status: "core",
    }),
  );
  await createOrganisation(
    db,
    scope,
    organisationSchema.parse({
      name: "Service Déchets",
      actorType: "internal_service",
      description: '=HYPERLINK("http://exemple.test")',
      status: "engaged",
      isInternalService: "on",
    }),
  );
  await createOrganisation(
    db,
    scope,
    organisationSchema.parse({
      name: "Lycée Deck",
      actorType: "school",
      communeId: towns.Colmar.id,
      description: "-moins de déchets",
      status: "potential",
    }),
  );
  await createContact(
    db,
    scope,
    contactSchema.parse({
      firstName: "Léa",
      lastName: "Martin",
      email: "lea.martin@exemple.fr",
      phone: "+33 6 12 34 56 78",
      jobTitle: "Chargée de mission",
      organisationId: eco.id,
      isRelayActor: "on",
      legalBasis: "consent",
      consentNewsletter: "on",
      consentPhotos: "on",
      source: "conseil d'acteurs 2025",
    }),
  );
  await createContact(
    db,
    scope,
    contactSchema.parse({ firstName: "Hugo", lastName: "Bernard", isAmbassador: "on" }),
  );
});

/** What a user compares: every field of the rows, with communes and organisations by name. */
async function directoryOf(db: Db, networkId: string) {
  const orgs = await db
    .select({ o: organisations, commune: communes.name })
    .from(organisations)
    .leftJoin(communes, eq(communes.id, organisations.communeId))
    .where(eq(organisations.networkId, networkId))
    .orderBy(asc(organisations.name));
  const people = await db
    .select({ c: contacts, organisation: organisations.name })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(eq(contacts.networkId, networkId))
    .orderBy(asc(contacts.lastName));
  const day = (d: Date | null) => (d ? parisDateKey(d) : null);
  return {
    organisations: orgs.map(({ o, commune }) => ({
      name: o.name,
      actorType: o.actorType,
      ewwrCategoryOverride: o.ewwrCategoryOverride,
      commune,
      address: o.address,
      latitude: o.latitude,
      longitude: o.longitude,
      website: o.website,
      description: o.description,
      tags: o.tags,
      status: o.status,
      isInternalService: o.isInternalService,
      searchText: o.searchText,
    })),
    contacts: people.map(({ c, organisation }) => ({
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      phone: c.phone,
      jobTitle: c.jobTitle,
      organisation,
      isRelayActor: c.isRelayActor,
      isAmbassador: c.isAmbassador,
      legalBasis: c.legalBasis,
      source: c.source,
      consents: [day(c.consentNewsletterAt), day(c.consentPublicListingAt), day(c.consentPhotosAt)],
      searchText: c.searchText,
    })),
  };
}

const exportOf = (
  networkId: string,
  networkSlug: string,
  kind: "organisations" | "contacts",
  format: "csv" | "xlsx",
  locale: "fr" | "en",
) =>
  exportDirectory(db, {
    networkId,
    networkSlug,
    kind,
    format,
    filters: {},
    locale,
    now: new Date("2026-11-21T10:00:00Z"),
  });

describe("export", () => {
  it("writes a semicolon CSV in UTF-8 with a BOM, French headers and labels, and a dated file name", async () => {
    const file = await exportOf(source.network.id, "plp-demo", "organisations", "csv", "fr");
    expect(file.fileName).toBe("structures-plp-demo-2026-11-21.csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(file.body).split("\r\n");
    expect(lines[0]).toBe(
      "Nom;Type d'acteur;Catégorie SERD;Statut d'engagement;Commune;Adresse;Latitude;Longitude;Site web;Description;Étiquettes;Service interne",
    );
    expect(lines.find((l) => l.startsWith("Écocyclerie"))).toBe(
      'Écocyclerie du Pays;Structure de l\'ESS;Entreprise;Noyau;Mulhouse;12 rue de l\'Industrie;47.75;7.33;https://ecocyclerie.fr/atelier;"Ressourcerie; atelier ""vélo""\nouvert le samedi";réemploi, vélo;Non',
    );
    expect(lines.find((l) => l.startsWith("Service"))).toBe(
      'Service Déchets;Service de la collectivité;Administration / collectivité;Engagé;;;;;;"\'=HYPERLINK(""http://exemple.test"")";;Oui',
    );
  });

  it("writes an XLSX in English, every row of the filter and not one page", async () => {
    const scope = { networkId: source.network.id, userId: source.coordinator.id };
    const many = await createNetworkWithRoles(db, { slug: "plp-many" });
    for (let i = 0; i < 60; i++) {
      await createOrganisation(
        db,
        { ...scope, networkId: many.network.id },
        organisationSchema.parse({
          name: `Artiste ${String(i).padStart(2, "0")}`,
          actorType: "artist",
          status: "potential",
        }),
      );
    }
    const file = await exportDirectory(db, {
      networkId: many.network.id,
      networkSlug: "plp-many",
      kind: "organisations",
      format: "xlsx",
      filters: { type: "artist" },
      locale: "en",
      now: new Date("2026-11-21T23:30:00Z"),
    });
    expect(file.fileName).toBe("organisations-plp-many-2026-11-22.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body.buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Organisations");
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Name",
      "Actor type",
      "EWWR category",
      "Engagement status",
      "Municipality",
      "Address",
      "Latitude",
      "Longitude",
      "Website",
      "Description",
      "Tags",
      "Internal service",
    ]);
    expect(sheet.actualRowCount).toBe(61);
    expect(sheet.getRow(2).getCell(2).value).toBe("Artist");
    const filtered = await exportDirectory(db, {
      networkId: many.network.id,
      networkSlug: "plp-many",
      kind: "organisations",
      format: "csv",
      filters: { type: "school" },
      locale: "fr",
    });
    expect(new TextDecoder().decode(filtered.body).trim().split("\r\n")).toHaveLength(1);
  });
});

describe("round trip: export, then import into another network, gives the same rows", () => {
  it.each([
    ["CSV in French", "csv", "fr"],
    ["XLSX in English", "xlsx", "en"],
  ] as const)("%s", async (_label, format, locale) => {
    const target = await createNetworkWithRoles(db, { slug: `copie-${format}` });
    await db.delete(organisations).where(eq(organisations.networkId, target.network.id));
    await addCommunes(db, target.network.id);
    const scope = { networkId: target.network.id, userId: target.coordinator.id };
    for (const kind of ["organisations", "contacts"] as const) {
      const file = await exportOf(source.network.id, "plp-demo", kind, format, locale);
      const { uploaded, analysis, commit } = await importFile(db, scope, kind, file.fileName, file.body);
      expect(uploaded.mapping).toEqual(
        kind === "organisations"
          ? [
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
            ]
          : [
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
            ],
      );
      expect(analysis.errors).toEqual([]);
      expect(analysis.duplicates).toEqual([]);
      await commit();
    }
    expect(await directoryOf(db, target.network.id)).toEqual(await directoryOf(db, source.network.id));
    for (const kind of ["organisations", "contacts"] as const) {
      const again = await exportOf(target.network.id, "plp-demo", kind, "csv", "fr");
      expect(new TextDecoder().decode(again.body)).toBe(
        new TextDecoder().decode((await exportOf(source.network.id, "plp-demo", kind, "csv", "fr")).body),
      );
    }
  });

  it("imports its own export as duplicates that merge without changing anything", async () => {
    const before = await directoryOf(db, source.network.id);
    const scope = { networkId: source.network.id, userId: source.coordinator.id };
    const file = await exportOf(source.network.id, "plp-demo", "organisations", "csv", "fr");
    const { analysis, commit } = await importFile(db, scope, "organisations", file.fileName, file.body, {
      defaultChoice: "merge",
    });
    expect(analysis.duplicateCount).toBe(4);
    expect(await commit()).toEqual({ created: 0, updated: 4, skipped: 0 });
    expect(await directoryOf(db, source.network.id)).toEqual(before);
  });
});
