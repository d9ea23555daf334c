import ExcelJS from "exceljs";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { importBatches } from "@/db/schema";
import { runNetworkAction } from "@/server/access/run";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import { uploadImportForm } from "./batches";
import { guessMapping } from "./guess-mapping";
import { uploadImportSchema, type ImportKind } from "./schemas";
import { t, utf8 } from "@/test/factories/import";


let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "plp-upload" });
});

/** The upload action as the page calls it: a form with the kind and the file, as the coordinator by default. */
function uploadAs(userId: string, file: File, kind: ImportKind = "organisations", slug = "plp-upload") {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", file);
  return runNetworkAction(
    {
      db,
      userId,
      networkSlug: slug,
      schema: uploadImportSchema,
      permission: "directory.import",
      t,
      input: form,
    },
    (ctx, input) => uploadImportForm(ctx.db, { networkId: ctx.network.id, userId: ctx.userId }, input),
  );
}

const batchCount = async () =>
  (await db.select({ n: count() }).from(importBatches).where(eq(importBatches.networkId, net.network.id)))[0]!
    .n;

describe("upload refusals, with a clear French message and nothing stored", () => {
  it.each([
    ["an empty file", new File([], "vide.csv"), "Le fichier est vide."],
    ["a file of blank lines", new File(["\r\n\r\n"], "blanc.csv"), "Le fichier est vide."],
    [
      "a header without rows",
      new File(["Nom;Type\r\n"], "entete.csv"),
      "Le fichier ne contient que la ligne des noms de colonnes : aucune ligne à importer.",
    ],
    [
      "an image",
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], "logo.png"),
      "Ce fichier n'est ni un fichier CSV ni un classeur XLSX. Enregistrez-le depuis votre tableur au format CSV (séparateur point-virgule ou virgule) ou XLSX, puis réessayez.",
    ],
    [
      "a PDF renamed .csv",
      new File([utf8("%PDF-1.7\n"), new Uint8Array([0, 1, 2, 3])], "liste.csv"),
      "Ce fichier n'est ni un fichier CSV ni un classeur XLSX. Enregistrez-le depuis votre tableur au format CSV (séparateur point-virgule ou virgule) ou XLSX, puis réessayez.",
    ],
    [
      "an Excel 97 workbook",
      new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], "ancien.xls"),
      "Les classeurs Excel 97-2003 (.xls) ne sont pas lus : enregistrez le fichier au format XLSX ou CSV, puis réessayez.",
    ],
    [
      "a damaged XLSX",
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "abime.xlsx"),
      "Ce classeur XLSX n'a pas pu être lu : il est peut-être endommagé ou protégé par un mot de passe.",
    ],
    [
      "an unclosed quote",
      new File(['Nom;Type\n"Écocyclerie;artist\nB;artist\n'], "guillemet.csv"),
      "Le fichier CSV contient un guillemet qui n'est jamais fermé : ouvrez-le dans votre tableur, vérifiez la cellule concernée et enregistrez-le de nouveau.",
    ],
    [
      "a file above 8 MB",
      new File([new Uint8Array(8 * 1024 * 1024 + 1).fill(0x61)], "gros.csv"),
      "Le fichier dépasse 8 Mo, la taille maximale d'un import : découpez-le en plusieurs fichiers.",
    ],
  ])("refuses %s", async (_label, file, message) => {
    const before = await batchCount();
    const result = await uploadAs(net.coordinator.id, file);
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      error: message,
      fieldErrors: { file: [message] },
    });
    expect(await batchCount()).toBe(before);
  });

  it("refuses 20,001 rows of CSV (the limit is 20,000) and of XLSX", async () => {
    const message =
      "Le fichier compte plus de 20 000 lignes, la limite d'un import : découpez-le en plusieurs fichiers.";
    const rows = Array.from({ length: 20_001 }, (_, i) => `Structure ${i};artist`);
    const csv = await uploadAs(net.coordinator.id, new File([["Nom;Type", ...rows].join("\n")], "grand.csv"));
    expect(csv).toMatchObject({ ok: false, error: message });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Structures");
    sheet.addRows([["Nom", "Type"], ...rows.map((r) => r.split(";"))]);
    const xlsx = await uploadAs(
      net.coordinator.id,
      new File([await workbook.xlsx.writeBuffer()], "grand.xlsx"),
    );
    expect(xlsx).toMatchObject({ ok: false, error: message });
    const exactly = await uploadAs(
      net.coordinator.id,
      new File([["Nom;Type", ...rows.slice(1)].join("\n")], "limite.csv"),
    );
    expect(exactly).toMatchObject({ ok: true, data: { rowCount: 20_000 } });
  });

  it("refuses a request without a file", async () => {
    const form = new FormData();
    form.set("kind", "contacts");
    const result = await runNetworkAction(
      {
        db,
        userId: net.coordinator.id,
        networkSlug: "plp-upload",
        schema: uploadImportSchema,
        permission: "directory.import",
        t,
        input: form,
      },
      async () => null,
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: ["Ce champ est obligatoire."] } });
  });
});

describe("upload access", () => {
  it("lets only a coordinator of the network upload; another network is not found", async () => {
    const file = () => new File(["Nom;Type\nA;artist\n"], "a.csv");
    expect(await uploadAs(net.elected.id, file())).toMatchObject({ ok: false, code: "forbidden" });
    expect(await uploadAs(net.partner.id, file())).toMatchObject({ ok: false, code: "forbidden" });
    const other = await createNetworkWithRoles(db, { slug: "autre-upload" });
    expect(await uploadAs(other.coordinator.id, file())).toMatchObject({ ok: false, code: "not_found" });
    expect(await uploadAs(net.coordinator.id, file())).toMatchObject({
      ok: true,
      data: { rowCount: 1, headers: ["Nom", "Type"] },
    });
  });
});

describe("column mapping guess", () => {
  it("recognises French and English headers whatever their case, accents and punctuation", () => {
    expect(
      guessMapping("contacts", [
        "PRENOM",
        "Nom",
        "E-mail",
        "Téléphone portable",
        "Organisation",
        "Fonction",
        "Remarques",
        "Courriel",
      ]),
    ).toEqual(["firstName", "lastName", "email", "phone", "organisation", "jobTitle", "", ""]);
    expect(
      guessMapping("contacts", ["First name", "Last name", "Email", "Phone", "Job title", "Relay actor"]),
    ).toEqual(["firstName", "lastName", "email", "phone", "jobTitle", "isRelayActor"]);
    expect(
      guessMapping("organisations", [
        "Raison sociale",
        "Type",
        "Statut",
        "Ville",
        "Site web",
        "Étiquettes",
        "Structure",
      ]),
    ).toEqual(["name", "actorType", "status", "commune", "website", "tags", ""]);
    expect(
      guessMapping("organisations", [
        "Name",
        "Actor type",
        "Engagement status",
        "Municipality",
        "Website",
        "Tags",
      ]),
    ).toEqual(["name", "actorType", "status", "commune", "website", "tags"]);
  });
});
