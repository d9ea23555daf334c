import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networks, users } from "@/db/schema";
import { parisToday } from "@/lib/domain/paris-time";
import { seedDemo } from "@/scripts/seed";
import { closePdfBrowser } from "@/server/pdf/render";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { flat, pdfText } from "@/test/pdf";
import { createFicheAction } from "./actions";
import { buildSavedFiche, getFiche } from "./queries";

// The three other seed cases (Grand Rodez 003, SITTOM-MI 004, Marseille Provence 000/001): each
// network's coordinator generates its fiche from the demo records, and the seed document's figures
// must come out of the text extracted from the PDF (and the Markdown pasted into ADEME's form).

async function generate(slug: string, input: Record<string, string>) {
  const [n] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, `coordination@${slug}.test`));
  const created = await runAction(createFicheAction, { db, userId: u!.id, networkSlug: slug, input });
  if (!created.ok) throw new Error(created.error);
  const fiche = (await getFiche(db, { networkId: n!.id, id: created.data.id }))!;
  const built = await buildSavedFiche(db, fiche, "fr");
  const bytes = await built.pdf();
  expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
  return { pdf: flat(await pdfText(bytes)), markdown: flat(built.markdown) };
}

beforeAll(async () => {
  await seedDemo(db);
}, 120_000);
afterAll(async () => {
  await closePdfBrowser();
});

const both = (f: { pdf: string; markdown: string }) =>
  [
    ["pdf", f.pdf],
    ["markdown", f.markdown],
  ] as const;

describe("Grand Rodez (003): the exchange network of 8 communes, 2011", () => {
  let fiche: { pdf: string; markdown: string };
  beforeAll(async () => {
    fiche = await generate("echanges-demo", {
      title: "Mise en place d'un réseau d'échanges des collectivités de l'agglomération",
      kind: "exchange_network",
      periodStart: "2011-01-01",
      periodEnd: "2011-12-31",
    });
  }, 60_000);

  it("reproduces the seed figures: 1 day, 5 communes of 8, 11 people, the objectives, 39 h ≈ 560 €", () => {
    for (const [which, text] of both(fiche)) {
      expect(text, which).toContain("8 collectivités membres (8 communes)");
      expect(text, which).toContain("Journée d'échange des communes : 1 réunion tenue");
      expect(text, which).toMatch(/1 réunion tenue, \d+ personnes invitées, 11 présentes/);
      expect(text, which).toContain("5 communes sur 8 représentées aux réunions");
      expect(text, which).toContain(
        "6 communes sur 8 impliquées dans le réseau d'échange : cible 6, réalisé 5 — Non atteint",
      );
      expect(text, which).toMatch(
        /1 action concrète par commune et par an[^:]* : cible 8, réalisé 4 — Non atteint/,
      );
      expect(text, which).toContain(
        "Une réunion d'échange de bonnes pratiques par an : cible 1, réalisé 1 — Atteint",
      );
      expect(text, which).toContain(
        "25 nov. 2011 : Journée du réseau d'échanges des communes : 4 actions exemplaires",
      );
      expect(text, which).toContain("dont 4 fiches méthodes");
      expect(text, which).toContain("2011 : 39 h de travail au total");
      expect(text, which).toContain("2011 : temps de travail valorisé à 560 €");
      expect(text, which).toContain("Commune : 5 structures");
    }
  });
});

describe("SITTOM-MI (004): the ambassadors' network of 9 member collectivities", () => {
  let fiche: { pdf: string; markdown: string };
  beforeAll(async () => {
    fiche = await generate("ambassadeurs-demo", {
      title: "Animation du réseau des ambassadeurs du tri et de la prévention",
      kind: "tools",
      periodStart: "2015-01-01",
      periodEnd: parisToday(),
    });
  }, 60_000);

  it("reproduces the seed figures: 9 EPCI of which 1 commune, a meeting every 2 months, 1 visit day of 3 visits, shared tools, 10 % of an FTE", () => {
    for (const [which, text] of both(fiche)) {
      expect(text, which).toContain("9 collectivités membres (8 EPCI, 1 commune)");
      expect(text, which).toContain(
        "Réunion des ambassadeurs : une réunion tous les 2 mois (intervalle médian)",
      );
      expect(text, which).toMatch(/Visite de site : 3 rencontres sur 1 journée/);
      expect(text, which).toMatch(/Outils partagés : [3-9] ressources publiées/);
      expect(text, which).toMatch(/\d+ prêts? de kits? entre collectivités/);
      expect(text, which).toContain("2015 : 10 % d'un ETP");
      // No communes block in a tools fiche: the members are EPCIs.
      expect(text, which).not.toContain("communes sur");
    }
  });
});

describe("Marseille Provence (000, 001): internal departments and partners", () => {
  let fiche: { pdf: string; markdown: string };
  beforeAll(async () => {
    fiche = await generate("directions-demo", {
      title: "Une dynamique interne pilotée par la Direction Générale des Services",
      kind: "actors_mobilisation",
      periodStart: "2011-01-01",
      periodEnd: "2016-12-31",
    });
  }, 60_000);

  it("reproduces the seed figures: the managers' seminar, 4 working groups, 800+ agents, 18 jobs, directions and partners", () => {
    for (const [which, text] of both(fiche)) {
      expect(text, which).toContain("17 nov. 2011 : Séminaire des cadres");
      expect(text, which).toContain("Groupe de travail : 4 groupes distincts réunis sur la période");
      for (const group of [
        "Collectivité exemplaire",
        "Réduction des déchets",
        "Habitat collectif",
        "Financier",
      ])
        expect(text, which).toMatch(
          new RegExp(`2012 au [^:]+ 2016 : Groupe de travail ${group} \\(\\d+ réunions\\)`),
        );
      const agents = /Agents mobilisés par les actions de sensibilisation : (\d[\d ]*) /.exec(text);
      expect(Number(agents![1]!.replace(/ /g, ""))).toBeGreaterThan(800);
      expect(text, which).toContain("Emplois créés par les ressourceries : 18 (au 31 déc. 2016)");
      expect(text, which).toContain("Service de la collectivité : 10 structures");
      expect(text, which).toContain("Bailleur social : 2 structures");
    }
  });
});
