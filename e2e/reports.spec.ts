import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

// The elected official of the Mulhouse-like network reads the 2014 yearly review from Rapports,
// downloads it as a PDF that carries the figures the page shows; a partner is refused it.

/** pdf.js and the page may break lines or use narrow spaces: compare on single plain spaces. */
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").trim();

async function pdfText(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return { text: (await parser.getText()).text, title: (await parser.getInfo()).info?.Title as string };
  } finally {
    await parser.destroy();
  }
}

test("the elected official opens the 2014 review, downloads its PDF; a partner is refused it", async ({
  page,
  browser,
}) => {
  await signIn(page, demo.elected);
  await page.goto("/n/plp-demo");
  await page.getByRole("link", { name: "Rapports" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapports" })).toBeVisible();
  await page.getByRole("link", { name: "Bilan annuel 2014", exact: true }).click();
  await expect(page).toHaveURL(/\/n\/plp-demo\/reports\/2014$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bilan annuel 2014", exact: true })).toBeVisible();

  // Key figures: the summary, the SERD part and the trained people of the seed (22 in 2014).
  await expect(page.getByRole("heading", { level: 2, name: "Synthèse" })).toBeVisible();
  const participants = flat((await page.getByTestId("review-summary-serd.participants").textContent()) ?? "");
  const actions = flat((await page.getByTestId("review-summary-serd.actions").textContent()) ?? "");
  expect(participants).toMatch(/^\d[\d ]*$/);
  expect(actions).toMatch(/^\d+$/);
  await expect(page.getByTestId("review-value-training.trained")).toHaveText("22");
  await expect(page.getByRole("heading", { level: 2, name: "Structures partenaires" })).toBeVisible();
  await expect(page.getByTestId("review-objectives")).toBeVisible();
  // One h1 on the page: the document's cover title is not a second one.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  // The elected official reads the coordinator's texts but has no form to write them.
  await expect(page.getByRole("heading", { name: "Textes de la coordination" })).toHaveCount(0);
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger le PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bilan-plp-demo-2014.pdf");
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { text, title } = await pdfText(bytes);
  expect(title).toMatch(/^Bilan annuel 2014 — /);
  const pdf = flat(text);
  expect(pdf).toContain("Bilan annuel 2014");
  expect(pdf).toContain("Synthèse");
  expect(pdf).toContain(participants);
  expect(pdf).toContain("Structures partenaires");

  // The coordinator sees the same document, and the form for the year's texts.
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, demo.coordinator);
  await coordinator.goto("/n/plp-demo/reports/2014");
  await expect(coordinator.getByTestId("review-value-training.trained")).toHaveText("22");
  await expect(coordinator.getByRole("heading", { level: 2, name: "Textes de la coordination" })).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.screenshot({ path: test.info().outputPath("review-2014-coordinator.png"), fullPage: true });

  // A partner of the same network has no reports: not found, page and PDF alike.
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, demo.partner);
  expect((await partner.goto("/n/plp-demo/reports/2014"))!.status()).toBe(404);
  expect((await partner.request.get("/api/n/plp-demo/reports/2014/pdf")).status()).toBe(404);
  // Another network's coordinator neither.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, demo.sittomCoordinator);
  expect((await other.request.get("/api/n/plp-demo/reports/2014/pdf")).status()).toBe(404);
});
