import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories";
import { buildFichePdf } from "./fiche-pdf";
import { listResources } from "./queries";
import { publishResource } from "./library";
import { createMethodSheet, getMethodSheet, listMethodSheetAuthors } from "./method-sheets";

async function pdfText(bytes: Uint8Array) {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe("fiches méthodes", () => {
  it("a co-written draft is hidden until published, and prints its sections", async () => {
    const n = await createNetworkWithRoles(db);
    const sections = {
      context: "Huit communes veulent agir sans savoir comment.",
      whatWasDone: "Une journée d'échange où les agents présentent leurs pratiques.",
      means: "Trente-neuf heures de travail.",
      results: "Cinq communes sur huit présentes, onze personnes.",
      tips: "Co-rédiger la fiche avec l'agent avant la réunion.",
      contact: "Service prévention",
    };
    const { id } = await createMethodSheet(db, { networkId: n.network.id, userId: n.ambassador.id }, {
      title: "Gestion différenciée des espaces verts",
      description: null,
      themes: [],
      ownerOrganisationId: null,
      sections,
      coAuthorIds: [n.coordinator.id],
      publish: false,
    });
    const list = () => listResources(db, { networkId: n.network.id, userId: n.partner.id, canModerate: false, filters: {} });
    expect(await list()).toEqual([]);
    await publishResource(db, { networkId: n.network.id, userId: n.coordinator.id }, { id });
    expect((await list()).map((r) => [r.title, r.kind])).toEqual([["Gestion différenciée des espaces verts", "method_sheet"]]);
    const sheet = await getMethodSheet(db, { networkId: n.network.id, resourceId: id });
    const authors = await listMethodSheetAuthors(db, { networkId: n.network.id, resourceId: id });
    expect(authors.sort()).toEqual([n.ambassador.name, n.coordinator.name].sort());
    const text = await pdfText(
      await buildFichePdf({ title: "Gestion différenciée des espaces verts", networkName: n.network.name, authors, sections: sheet! }),
    );
    expect(text).toContain("Gestion différenciée des espaces verts");
    expect(text).toContain("Ce qui a été fait");
    expect(text).toContain("Cinq communes sur huit présentes, onze personnes.");
    expect(await getMethodSheet(db, { networkId: (await createNetworkWithRoles(db)).network.id, resourceId: id })).toBeUndefined();
  });
});
