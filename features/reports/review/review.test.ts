import { and, eq } from "drizzle-orm";
import { createFormatter } from "next-intl";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { networks, reviewSections, users } from "@/db/schema";
import { formatValue } from "@/features/dashboards/components/figure-card";
import { getDashboard, staffTotals } from "@/features/dashboards/queries";
import { seedDemo } from "@/scripts/seed/index";
import { closePdfBrowser } from "@/server/pdf/render";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";

// The yearly review on the seeded Mulhouse-like network: its figures are the dashboard's, its PDF
// carries them, and only the coordinator and the elected official read it (the coordinator alone
// writes its texts). The route and the action run through the real choke point; only the session,
// the language and the database of the request are stood in for.
const request = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth/session", () => ({
  getSessionUser: async () =>
    request.userId
      ? { id: request.userId, email: "x@exemple.test", name: "X", isPlatformAdmin: false }
      : null,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: () => request.db,
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveReviewSectionsAction } = await import("./actions");
const { GET: pdfRoute } = await import("@/app/api/n/[network]/reports/[year]/pdf/route");
const { buildReviewHtml } = await import("./pdf");
const { getReview } = await import("./queries");
request.db = db;

const today = "2026-12-07";
const year = 2014;
let plp: typeof networks.$inferSelect;
const people: Record<string, string> = {};
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;

beforeAll(async () => {
  await seedDemo(db);
  [plp] = (await db.select().from(networks).where(eq(networks.slug, "plp-demo"))) as [typeof plp];
  for (const who of ["coordination", "partenaire", "ambassadeur", "elu"]) {
    const [u] = await db
      .select()
      .from(users)
      .where(eq(users.email, `${who}@plp-demo.test`));
    people[who] = u!.id;
  }
  other = await createNetworkWithRoles(db, { slug: "reseau-bilan-autre" });
}, 120_000);

afterAll(async () => {
  await closePdfBrowser();
});

const as = (id: string | null) => {
  request.userId = id;
};
const download = (network: string, y: string) =>
  pdfRoute(new Request(`http://relais.test/api/n/${network}/reports/${y}/pdf`), {
    params: Promise.resolve({ network, year: y }),
  });
async function pdfText(bytes: Uint8Array) {
  const parser = new PDFParse({ data: bytes });
  try {
    return { text: (await parser.getText()).text, title: (await parser.getInfo()).info?.Title as string };
  } finally {
    await parser.destroy();
  }
}
const format = createFormatter({ locale: "fr", timeZone: "Europe/Paris" });
/** pdf-parse and the HTML may break lines or use narrow spaces: compare on single plain spaces. */
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");

describe("yearly review", () => {
  it("shows the dashboard's figures of the same year, its staff time and meetings that add up", async () => {
    const review = await getReview(db, { networkId: plp.id, year, today });
    const dashboard = await getDashboard(db, { networkId: plp.id, year, today });
    expect(review.hasData).toBe(true);
    expect(review.dashboard.figures.map((f) => [f.indicator.id, f.point?.value ?? null])).toEqual(
      dashboard.figures.map((f) => [f.indicator.id, f.point?.value ?? null]),
    );
    expect(review.dashboard.objectives).toEqual(dashboard.objectives);
    expect(review.staff).toEqual(await staffTotals(db, { networkId: plp.id, year }));
    // The seed's Mulhouse 2014 figures, as the dashboard and its tests know them.
    const value = (id: string) => review.dashboard.figures.find((f) => f.indicator.id === id)?.point?.value;
    expect(value("training.trained")).toBe(22);
    expect(review.staff.byRole.find((r) => r.staffRole === "intern")?.days).toBe(6);
    // Meetings by type (the registry's filter) add up to the year's total.
    const held = review.meetingsByType.reduce((s, r) => s + (r.held ?? 0), 0);
    expect(held).toBe(value("meetings.held"));
    expect(review.meetingsByType.length).toBeGreaterThan(0);
    expect(review.partners.length).toBeGreaterThan(10);
  });

  it("prints every figure of the year in the page's HTML as the dashboard formats it", async () => {
    const { html, review } = await buildReviewHtml(db, { network: plp, year, locale: "fr", today });
    for (const f of review.dashboard.figures) {
      if (f.point === null || f.point.value === null) continue;
      const cell = html.match(new RegExp(`data-testid="review-value-${f.indicator.id}">([^<]*)<`))?.[1];
      expect(flat(cell ?? ""), f.indicator.id).toContain(
        flat(formatValue(format, f.indicator.unit, f.point.value)),
      );
    }
  });

  it("downloads as a PDF whose text carries the title and the figures (elected official)", async () => {
    as(people.elu!);
    const response = await download("plp-demo", String(year));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Checked before parsing: pdf.js takes the buffer over.
    expect(Buffer.from(bytes).toString("latin1")).toContain("/StructTreeRoot");
    const { text, title } = await pdfText(bytes);
    expect(title).toBe(`Bilan annuel ${year} — ${plp.name}`);
    const dashboard = await getDashboard(db, { networkId: plp.id, year, today });
    const pdf = flat(text);
    expect(pdf).toContain(`Bilan annuel ${year}`);
    for (const id of [
      "meetings.held",
      "serd.actions",
      "serd.participants",
      "training.trained",
      "staff.hours",
    ]) {
      const f = dashboard.figures.find((x) => x.indicator.id === id)!;
      expect(f.point?.value, id).not.toBeNull();
      expect(pdf, id).toContain(flat(formatValue(format, f.indicator.unit, f.point!.value!)));
    }
    expect(pdf).toContain("Structures partenaires");
  }, 120_000);

  it("says a year without records has no data instead of printing zeros", async () => {
    const { html, review } = await buildReviewHtml(db, { network: plp, year: 2003, locale: "fr", today });
    expect(review.hasData).toBe(false);
    expect(html).toContain("Aucune donnée n&#x27;est enregistrée pour 2003");
    expect(html).not.toContain("review-figures-");
  });

  it("refuses partners, ambassadors, other networks' members, and malformed years", async () => {
    for (const who of [people.partenaire!, people.ambassadeur!, other.coordinator.id]) {
      as(who);
      expect((await download("plp-demo", "2014")).status).toBe(404);
    }
    as(null);
    expect((await download("plp-demo", "2014")).status).toBe(401);
    as(people.coordination!);
    for (const bad of ["abc", "1800", "20141", "2014.5"])
      expect((await download("plp-demo", bad)).status).toBe(404);
    as(other.elected.id);
    expect((await download("reseau-bilan-autre", "2014")).status).toBe(200);
  }, 120_000);

  it("keeps the coordinator's texts per year; the elected official cannot write them", async () => {
    const input = {
      year: "2014",
      introduction: "Une année de mobilisation.",
      highlights: "SERD record.",
      outlook: "",
    };
    as(people.elu!);
    const refused = await saveReviewSectionsAction("plp-demo", input);
    expect(refused.ok).toBe(false);
    as(people.ambassadeur!);
    expect((await saveReviewSectionsAction("plp-demo", input)).ok).toBe(false);
    as(other.coordinator.id);
    expect((await saveReviewSectionsAction("plp-demo", input)).ok).toBe(false);
    expect(await db.$count(reviewSections, eq(reviewSections.networkId, plp.id))).toBe(0);

    as(people.coordination!);
    expect((await saveReviewSectionsAction("plp-demo", input)).ok).toBe(true);
    const review = await getReview(db, { networkId: plp.id, year: 2014, today });
    expect(review.sections.introduction).toBe("Une année de mobilisation.");
    // Kept per year and per network.
    expect((await getReview(db, { networkId: plp.id, year: 2015, today })).sections.introduction).toBe("");
    expect(
      (await getReview(db, { networkId: other.network.id, year: 2014, today })).sections.introduction,
    ).toBe("");
  });

  it("refuses control characters and out-of-range years with field messages, writing nothing", async () => {
    as(people.coordination!);
    const bad = await saveReviewSectionsAction("plp-demo", {
      year: "2014",
      introduction: "Bonjour\u0007",
      highlights: "ok",
      outlook: "",
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.fieldErrors?.introduction?.[0]).toBeTruthy();
    const old = await saveReviewSectionsAction("plp-demo", {
      year: "1800",
      introduction: "",
      highlights: "",
      outlook: "",
    });
    expect(old.ok).toBe(false);
    expect(!old.ok && old.fieldErrors?.year?.[0]).toBeTruthy();
    const [row] = await db
      .select()
      .from(reviewSections)
      .where(and(eq(reviewSections.networkId, plp.id), eq(reviewSections.year, 2014)));
    expect(row?.introduction).toBe("Une année de mobilisation.");
    expect(await db.$count(reviewSections, eq(reviewSections.year, 1800))).toBe(0);
  });
});
