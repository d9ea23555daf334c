import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb as db } from "@/test/db";
import { createNetwork, insertCommunes } from "@/test/factories/index";
import { exportSerdEdition, serdExportHeaders } from "./export";
import { insertAction, insertEdition, insertOrganisations } from "@/test/factories/serd-figures";


let ids: { networkId: string; editionId: string; otherEditionId: string; actionId: string };
beforeAll(async () => {
  const network = await createNetwork(db, { slug: "serd-export" });
  const [mulhouse] = await insertCommunes(db, network.id, ["Mulhouse"]);
  const [lead, school, coop] = await insertOrganisations(db, network.id, [
    { name: "Service Déchets", actorType: "internal_service" },
    { name: "Collège Bourtzwiller", actorType: "school" },
    {
      name: 'Écocyclerie; "Le Cercle"',
      actorType: "social_economy",
      ewwrCategoryOverride: "business_industry",
    },
  ]);
  const edition = await insertEdition(db, { networkId: network.id, year: 2026 });
  const { action } = await insertAction(db, {
    networkId: network.id,
    editionId: edition.id,
    leadOrganisationId: lead!.id,
    title: "<script>alert(1)</script> Atelier réparation",
    description: "=1+1 ligne 1\nligne 2",
    themes: ["reuse_repair", "food_waste"],
    targetPublics: ["families", "seniors"],
    format: "repair_cafe",
    coorganiserIds: [school!.id, coop!.id],
    occurrences: [
      {
        date: "2026-11-22",
        startTime: "09:30",
        endTime: "12:00",
        place: "Salle des fêtes",
        address: "1 rue Verte",
        communeId: mulhouse!.id,
        latitude: 47.75,
        longitude: 7.34,
        expectedParticipants: 30,
        actualParticipants: 27,
      },
      { date: "2026-11-21", place: "Marché" },
    ],
  });
  await insertAction(db, {
    networkId: network.id,
    editionId: edition.id,
    leadOrganisationId: school!.id,
    status: "submitted",
    title: "Soumise",
    occurrences: [{ date: "2026-11-23" }],
  });
  const other = await createNetwork(db);
  const [otherOrg] = await insertOrganisations(db, other.id, [{ name: "Ailleurs", actorType: "artist" }]);
  const otherEdition = await insertEdition(db, { networkId: other.id, year: 2026 });
  await insertAction(db, {
    networkId: other.id,
    editionId: otherEdition.id,
    leadOrganisationId: otherOrg!.id,
    occurrences: [{ date: "2026-11-22" }],
  });
  ids = {
    networkId: network.id,
    editionId: edition.id,
    otherEditionId: otherEdition.id,
    actionId: action.id,
  };
});

const expectedRows = () => [
  {
    "Titre de l'action": "<script>alert(1)</script> Atelier réparation",
    Date: "21/11/2026",
    Lieu: "Marché",
    "Heure de début": "",
    Commune: "",
    "Participants réels": "",
  },
  {
    "Titre de l'action": "<script>alert(1)</script> Atelier réparation",
    Date: "22/11/2026",
    Lieu: "Salle des fêtes",
    "Heure de début": "09:30",
    Commune: "Mulhouse",
    "Participants réels": "27",
  },
];

describe("SERD export for ADEME", () => {
  it("writes one CSV row per occurrence of labelled actions, French headers, EWWR category and themes", async () => {
    const file = await exportSerdEdition(db, { ...ids, networkSlug: "serd-export", format: "csv" });
    expect(file!.fileName).toBe("serd-2026-serd-export-ademe.csv");
    expect([...file!.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM, as spreadsheet software does.
    const text = new TextDecoder().decode(file!.body);
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      delimiter: ";",
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...serdExportHeaders]);
    expect(parsed.data).toHaveLength(2);
    parsed.data.forEach((row, i) => expect(row).toMatchObject(expectedRows()[i]!));
    const row = parsed.data[1]!;
    expect(row["Identifiant de l'action"]).toBe(ids.actionId);
    expect(row["Thématiques"]).toBe("Réemploi / réparation, Gaspillage alimentaire");
    expect(row["Type d'action"]).toBe("Repair café");
    expect(row["Publics cibles"]).toBe("Familles, Seniors");
    expect(row["Structure porteuse"]).toBe("Service Déchets");
    expect(row["Catégorie de porteur (EWWR)"]).toBe("Administration / collectivité");
    expect(row["Co-organisateurs"]).toBe('Collège Bourtzwiller, Écocyclerie; "Le Cercle"');
    expect(row["Code INSEE"]).toBe("68000");
    expect(row.Latitude).toBe("47.75");
    expect(row["Heure de fin"]).toBe("12:00");
    expect(row["Entrée gratuite"]).toBe("Oui");
    // A formula-like cell is neutralised for spreadsheet software; line breaks survive quoting.
    expect(row.Description).toBe("'=1+1 ligne 1\nligne 2");
  });

  it("writes the same rows as XLSX", async () => {
    const file = await exportSerdEdition(db, { ...ids, networkSlug: "serd-export", format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.body.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...serdExportHeaders]);
    const values = sheet.getRow(3).values as unknown[];
    expect(values[4]).toBe("<script>alert(1)</script> Atelier réparation");
    expect(values[12]).toBe("22/11/2026");
    expect(values[19]).toBe(47.75);
    expect(values[22]).toBe(27);
  });

  it("refuses another network's edition", async () => {
    expect(
      await exportSerdEdition(db, {
        networkId: ids.networkId,
        editionId: ids.otherEditionId,
        networkSlug: "x",
        format: "csv",
      }),
    ).toBeNull();
  });
});
